import type { Page } from '@playwright/test';
import { atTime, expect, expectNoAxeViolations, MONDAY_MORNING, test, WITHOUT_SERVICE_WORKER } from './fixtures';
import { ADA, fillDetails, next, noEmergency, received, startRequest, adminForMeToDescribe } from './request-helpers';

/** Issue 5, build item 3: a routine triage outcome offers a practice appointment as well as the request. */
test.use(WITHOUT_SERVICE_WORKER);

test.describe('routine outcome: book an appointment instead', () => {
  test.beforeEach(async ({ page }) => atTime(page, MONDAY_MORNING));

  async function toRoutineOutcome(page: Page) {
    await startRequest(page);
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
    await page.getByLabel('Something else').check();
    await next(page);
    await page.getByLabel('Tell us about the problem in your own words').fill('A dry patch of skin on my elbow for a month.');
    await next(page);
    // The words point to a topic; the patient keeps "Something else".
    await page.getByLabel('No, none of these').check();
    await next(page);
    await page.getByLabel('A bit unwell, but managing').check();
    await next(page);
    await page.getByLabel('It is staying the same').check();
    await next(page);
    await page.getByLabel('No', { exact: true }).check();
    await next(page);
    await page.getByLabel('More than 4 weeks').check();
    await next(page);
    // Not more confused; none of the GP or pharmacy problems listed.
    await page.getByLabel('No', { exact: true }).check();
    await next(page);
    await page.getByLabel('None of these').check();
    await next(page);
    await page.getByLabel('None of these').check();
    await next(page);
    // Every medical request sees its advice; routine is no exception.
    await expect(page.getByTestId('triage-outcome')).toHaveAttribute('data-disposition', 'routine');
  }

  test('a routine outcome offers the practice appointment link, which opens the booking page; the request can still be sent', async ({ page, request }) => {
    await toRoutineOutcome(page);
    const offer = page.getByRole('link', { name: 'Book an appointment instead' });
    await expect(offer).toBeVisible();
    await expect(offer).toHaveAttribute('href', '/Y99001/appointments');
    // The request stays open: Continue is still there.
    await expect(page.getByRole('link', { name: 'Continue with my request' })).toBeVisible();
    await expectNoAxeViolations(page);

    await offer.click();
    await expect(page).toHaveURL(/\/Y99001\/appointments$/);
    await expect(page.getByRole('heading', { level: 1, name: /Book an appointment/ })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Phone call' })).toBeVisible();

    // Back to the request: the answers are kept and the patient can carry on.
    await page.goBack();
    await expect(page.getByTestId('triage-outcome')).toHaveAttribute('data-disposition', 'routine');
    await page.getByRole('link', { name: 'Continue with my request' }).click();
    await expect(page).toHaveURL(/\/request\/contact$/);
    expect((await received(request)).requests).toHaveLength(0);
  });

  test('the routine outcome page offers the appointment too, beside "Continue with my request"', async ({ page }) => {
    await toRoutineOutcome(page);
    await page.goto('/Y99001/request/outcome/routine');
    await expect(page.getByTestId('triage-outcome')).toHaveAttribute('data-disposition', 'routine');
    await expect(page.getByRole('link', { name: 'Continue with my request' })).toBeVisible();
    await page.getByRole('link', { name: 'Book an appointment instead' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Book an appointment/ })).toBeVisible();
  });

  test('in Welsh the offer reads in Welsh', async ({ page }) => {
    await toRoutineOutcome(page);
    await page.evaluate(() => localStorage.setItem('front-door:language', 'cy'));
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
    await expect(page.getByRole('link', { name: 'Trefnu apwyntiad yn lle hynny' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('an urgent outcome and an admin request offer no appointment', async ({ page }) => {
    await adminForMeToDescribe(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Tell us what you need' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Book an appointment instead' })).toHaveCount(0);
    await page.goto('/Y99001/request/outcome/practice-today');
    await expect(page.getByTestId('triage-outcome')).toHaveAttribute('data-disposition', 'practice-today');
    await expect(page.getByRole('link', { name: 'Book an appointment instead' })).toHaveCount(0);
  });
});
