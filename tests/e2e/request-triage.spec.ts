import type { Page } from '@playwright/test';
import { atTime, expect, expectNoAxeViolations, MONDAY_MORNING, test, WITHOUT_SERVICE_WORKER } from './fixtures';
import { ADA, fillContactToCheck, fillDetails, next, noEmergency, received, resourcesOf, startRequest } from './request-helpers';

/**
 * Issue 12 and issue 16 items 7 and 8: triage as the app composes it. A journey stops
 * only when no question still to come could raise the outcome; Check your answers shows
 * every triage answer and a change runs triage again; outcome links open outside a frame.
 */

/** A medical request for Ada, through the emergency screen and her details, to "What is the problem about?". */
async function medicalForMeToTopic(page: Page, { start = true } = {}) {
  if (start) await startRequest(page);
  await page.getByLabel('A medical problem').check();
  await next(page);
  await page.getByLabel('A new health problem').check();
  await next(page);
  await page.getByLabel('Me', { exact: true }).check();
  await page.getByLabel('No', { exact: true }).check();
  await next(page);
  await noEmergency(page);
  await fillDetails(page, ADA, 'Female');
  await next(page);
  await expect(page.getByRole('heading', { level: 1, name: 'What is the problem about?' })).toBeVisible();
}

async function answer(page: Page, question: string | RegExp, choice: string) {
  await expect(page.getByRole('heading', { level: 1, name: question })).toBeVisible();
  await page.getByLabel(choice, { exact: true }).check();
  await next(page);
}

/** A headache for today, answered "no" to every red flag: self-care advice. */
async function headacheToSelfCare(page: Page) {
  await medicalForMeToTopic(page);
  await page.getByLabel('Headache', { exact: true }).check();
  await next(page);
  await page.getByLabel('Tell us about the problem in your own words').fill('A dull headache since this morning.');
  await next(page);
  for (const question of [/very bad headache start suddenly/, /new weakness or numbness/, /high temperature/, /stiff neck/, /bright light hurt/, /red and very painful/, /knock to your head/]) {
    await answer(page, question, 'No');
  }
  await answer(page, 'With the headache, do you have any of these?', 'None of these');
  await answer(page, 'How long have you had the headache?', 'Less than 3 days');
  // Asked of every headache: a usual migraine tempers one warning sign, so it comes last.
  await answer(page, /Has a doctor told you that you get migraines/, 'No');
  await expect(page.getByTestId('triage-outcome')).toHaveAttribute('data-disposition', 'self-care');
}

test.use(WITHOUT_SERVICE_WORKER);

test.describe('triage as the app composes it', () => {
  test.beforeEach(async ({ page }) => atTime(page, MONDAY_MORNING));

  // Whole journeys, page by page: longer than one page's default budget.
  test.slow();

  test('chest pain now that spreads to the arm reaches 999, not 111', async ({ page, request }) => {
    await medicalForMeToTopic(page);
    await page.getByLabel('Chest pain', { exact: true }).check();
    await next(page);
    await page.getByLabel('Tell us about the problem in your own words').fill('It started an hour ago.');
    await next(page);
    // "Chest pain now" alone no longer ends the journey at 111: the 999 questions come next.
    await answer(page, 'Do you have chest pain now?', 'Yes');
    await answer(page, /Does your chest feel heavy or tight/, 'No');
    await answer(page, 'Does the pain spread to your arms, back, neck, jaw or tummy?', 'Yes');
    await expect(page.getByTestId('triage-outcome')).toHaveAttribute('data-disposition', 'call-999');
    await expect(page.getByTestId('nothing-sent')).toBeVisible();
    await expectNoAxeViolations(page);
    expect((await received(request)).requests).toHaveLength(0);
  });

  test('"Something else" with words that name a red flag reaches that red flag\'s outcome', async ({ page }) => {
    await medicalForMeToTopic(page);
    await page.getByLabel('Something else', { exact: true }).check();
    await next(page);
    await page.getByLabel('Tell us about the problem in your own words').fill('Crushing pain in my chest going down my arm');
    await next(page);
    // The words point to a topic: it is offered, and the patient may keep "Something else".
    await expect(page.getByRole('heading', { level: 1, name: 'Does one of these fit what you wrote?' })).toBeVisible();
    await expect(page.getByLabel('Chest pain', { exact: true })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel('No, none of these').check();
    await next(page);
    await answer(page, /Do you have chest pain now that feels like pressure/, 'Yes');
    await expect(page.getByTestId('triage-outcome')).toHaveAttribute('data-disposition', 'call-999');
  });

  test('self-care given on screen is what the practice sees in the Task, with advice that fits the topic', async ({ page, request }) => {
    await headacheToSelfCare(page);
    await expect(page.getByTestId('topic-advice')).toContainText('Most headaches get better in a few days');
    await expect(page.getByTestId('triage-outcome')).not.toContainText('drink lots of fluids');
    await page.getByRole('link', { name: 'Continue with my request' }).click();
    await fillContactToCheck(page);
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect(page.getByTestId('request-state')).toHaveAttribute('data-state', 'sent');
    const [sent] = (await received(request)).requests;
    const task = resourcesOf(sent!, 'Task')[0] as unknown as { extension: { url: string; valueCode?: string }[] };
    expect(task.extension.find((e) => e.url.endsWith('triage-disposition'))?.valueCode).toBe('self-care');
  });

  test('Check your answers shows the emergency checklist and every topic answer; a change keeps the rest and runs triage again', async ({ page }) => {
    await headacheToSelfCare(page);
    await page.getByRole('link', { name: 'Continue with my request' }).click();
    await fillContactToCheck(page);

    const rows = page.locator('.nhsuk-summary-list__row');
    const row = (question: string) => rows.filter({ has: page.locator('dt', { hasText: question }) });
    await expect(row('Is this happening now?').locator('dd').first()).toHaveText('None of these');
    await expect(row('Has any of this happened?').locator('dd').first()).toHaveText('None of these');
    await expect(row('How long have you had the headache?').locator('dd').first()).toHaveText('Less than 3 days');
    await expect(row('Do you have a high temperature, or feel hot and shivery?').locator('dd').first()).toHaveText('No');
    await expectNoAxeViolations(page);

    // Change one answer: the page opens with it, and a changed outcome is shown before going back.
    await page.getByRole('link', { name: 'Change How long have you had the headache?' }).click();
    await expect(page.getByLabel('Less than 3 days')).toBeChecked();
    await page.getByLabel('It comes and goes').check();
    await next(page);
    await expect(page.getByTestId('triage-outcome')).toHaveAttribute('data-disposition', 'routine');
    await page.getByRole('link', { name: 'Continue with my request' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Check your answers before sending your request' })).toBeVisible();
    await expect(row('How long have you had the headache?').locator('dd').first()).toHaveText('It comes and goes');
    await expect(row('Do you have a high temperature, or feel hot and shivery?').locator('dd').first()).toHaveText('No');
    await expect(row('Is this happening now?').locator('dd').first()).toHaveText('None of these');

    // A change to a red flag ends the journey on its outcome, with nothing sent.
    await page.getByRole('link', { name: 'Change Do you have a stiff neck?' }).click();
    await page.getByLabel('Yes', { exact: true }).check();
    await next(page);
    await expect(page.getByTestId('triage-outcome')).toHaveAttribute('data-disposition', 'call-111');
    await expect(page.getByTestId('nothing-sent')).toBeVisible();
  });

  test('in a frame, Find a pharmacy, 111.nhs.uk and NHS 111 BSL open outside it', async ({ page, context }) => {
    // The outside sites are answered here: a test never calls a remote host.
    await context.route(/^https:\/\/(www\.nhs\.uk|111\.nhs\.uk|signvideo\.co\.uk)\//, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Outside</title><h1>Outside</h1>' }),
    );
    await page.goto('/Y99001/request?embed=1');
    await page.getByRole('link', { name: 'Start now' }).click();
    await medicalForMeToTopic(page, { start: false });
    await page.getByLabel('Peeing problems', { exact: true }).check();
    await next(page);
    await page.getByLabel('Tell us about the problem in your own words').fill('It burns when I pee since yesterday.');
    await next(page);
    await answer(page, /cannot pee at all/, 'No');
    await answer(page, 'Do you have any of these?', 'Pain or burning when peeing');
    for (const question of [/pain in your back or side/, /high temperature/, /leak a little pee/, 'Are you pregnant?', /2 urine infections/, 'Do you have a urinary catheter?', 'Do you have a weak immune system?']) {
      await answer(page, question, 'No');
    }
    await expect(page.getByTestId('triage-outcome')).toHaveAttribute('data-disposition', 'pharmacy');

    for (const [name, url] of [
      ['Find a pharmacy', 'https://www.nhs.uk/service-search/pharmacy/find-a-pharmacy'],
      ['Go to 111.nhs.uk', 'https://111.nhs.uk/'],
    ] as const) {
      const link = page.getByRole('link', { name });
      await expect(link).toHaveAttribute('href', url);
      const [tab] = await Promise.all([context.waitForEvent('page'), link.click()]);
      await expect(tab).toHaveURL(url);
      await tab.close();
      await expect(page.getByTestId('triage-outcome')).toBeVisible();
    }

    await page.goto('/Y99001/request/outcome/call-111?embed=1');
    const bsl = page.getByRole('link', { name: 'NHS 111 BSL' });
    await expect(bsl).toHaveAttribute('href', 'https://signvideo.co.uk/nhs111/');
    const [tab] = await Promise.all([context.waitForEvent('page'), bsl.click()]);
    await expect(tab).toHaveURL('https://signvideo.co.uk/nhs111/');
  });
});
