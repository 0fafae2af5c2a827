import { atTime, expect, expectNoAxeViolations, MONDAY_MORNING, test } from './fixtures';

const MONDAY_EVENING = '2026-11-23T19:00:00Z';
import { adminForMeToCheck, adminForMeToDescribe, chestPainTo999, CHILD, deviceStorageText, expectNoPersonalData, fillContactToCheck, fillDetails, next, noEmergency, noisePng, PARENT, received, resourcesOf, startRequest } from './request-helpers';

test.describe('online consultation', () => {
  test.beforeEach(async ({ page }) => atTime(page, MONDAY_MORNING));

  test('an admin request for me arrives once with its answers; only the reference stays on the phone', async ({ page, request }) => {
    await adminForMeToCheck(page, { axe: true });
    await expect(page.getByText('999 111 2227')).toBeVisible(); // shown 3-3-4
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect(page.getByTestId('request-state')).toHaveAttribute('data-state', 'sent');
    const reference = (await page.getByTestId('reference').textContent())!;
    expect(reference).toMatch(/^FD-/);
    // Riverside replies within 1 working day: Monday morning → Tuesday 6:30pm.
    await expect(page.getByTestId('reply-by')).toHaveText('The practice will reply by Tuesday 24 November at 6:30pm.');
    await expect(page.getByText('If you get worse before we reply, call 111')).toBeVisible();
    await expectNoAxeViolations(page);

    const { requests, attempts } = await received(request);
    expect(requests).toHaveLength(1);
    const [sent] = requests;
    expect(sent).toMatchObject({ ods: 'Y99001', kind: 'admin', reference });
    expect(attempts[sent!.id]).toBe(1);
    expect(resourcesOf(sent!, 'Patient')[0]).toMatchObject({
      name: [{ given: ['Ada'], family: 'Testperson' }],
      birthDate: '1980-03-07',
      identifier: [{ value: `${sent!.id}/patient` }, { value: '9991112227' }],
      address: [{ postalCode: 'EX1 2AB' }],
    });
    expect(resourcesOf(sent!, 'Task')[0]).toMatchObject({ priority: 'routine', code: { coding: [{ code: 'admin/fit-note' }] } });
    expect(JSON.stringify(resourcesOf(sent!, 'QuestionnaireResponse'))).toContain('I need a fit note for my back');

    await expect.poll(async () => deviceStorageText(page)).not.toContain('Testperson');
    const stored = await deviceStorageText(page);
    expectNoPersonalData(stored);
    expect(stored).toContain(reference);
  });

  test('a medical request for a child, with a photo, arrives once with the answers, disposition and photo', async ({ page, request }) => {
    await startRequest(page);
    await page.getByLabel('A medical problem').check();
    await next(page);
    await page.getByLabel('A new health problem').check();
    await next(page);
    await page.getByLabel('My child, or a child I look after').check();
    await expect(page.getByLabel('Yes', { exact: true })).toBeChecked();
    await next(page);
    // The emergency screen comes before any personal details.
    await expect(page).toHaveURL(/\/request\/questions\/emergency-child\//);
    await expect(page.getByLabel('First name')).toHaveCount(0);
    await noEmergency(page, true);
    await expect(page.getByRole('heading', { level: 1, name: 'About you' })).toBeVisible();
    await page.getByRole('group', { name: 'Do you have the legal rights and duties of a parent for this child?' }).getByLabel('Yes').check();
    await page.getByLabel('Your first name').fill(PARENT.given);
    await page.getByLabel('Your last name').fill(PARENT.family);
    await page.getByLabel('Me', { exact: true }).check();
    await next(page, { axe: true });
    await fillDetails(page, CHILD, 'Female');
    await next(page, { axe: true });
    await page.getByLabel('Sore throat').check();
    await next(page, { axe: true });
    // Her own words come before the topic questions, so every question still to come is known.
    await page.getByLabel('Tell us about the problem in your own words').fill('Her throat hurts when she swallows.');
    await next(page);
    // The questions speak of the child, not of the parent answering.
    await expect(page.getByRole('heading', { level: 1, name: /Is it hard for your child to breathe or swallow/ })).toBeVisible();
    await page.getByLabel('No', { exact: true }).check();
    await next(page, { axe: true });
    await page.getByLabel('No', { exact: true }).check();
    await next(page);
    // No rash (scarlet fever) and no sore throats that keep coming back: Pharmacy First.
    await page.getByLabel('No', { exact: true }).check();
    await next(page);
    await page.getByLabel('No', { exact: true }).check();
    await next(page);
    await page.getByLabel('Less than 1 week').check();
    await next(page);
    // Pharmacy First: advice first, and the patient may still send the request.
    await expect(page.getByTestId('triage-outcome')).toHaveAttribute('data-disposition', 'pharmacy');
    await expect(page.getByRole('link', { name: 'Find a pharmacy' })).toHaveAttribute('href', 'https://www.nhs.uk/service-search/pharmacy/find-a-pharmacy');
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Continue with my request' }).click();
    await fillContactToCheck(page, { photos: 'skip' });
    await page.getByLabel('Yes, add photos').check();
    await page.getByLabel('Add a photo').setInputFiles({ name: 'throat.png', mimeType: 'image/png', buffer: noisePng(400, 300) });
    await expect(page.getByTestId('photo-count')).toHaveText('You have added 1 photo.');
    await expect(page.getByRole('img', { name: 'Photo 1' })).toBeVisible();
    await next(page);
    await expect(page.getByRole('link', { name: 'Confirm your photos do not show private parts' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel(/I confirm these photos/).check();
    await next(page);
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect(page.getByTestId('request-state')).toHaveAttribute('data-state', 'sent');

    const { requests } = await received(request);
    expect(requests).toHaveLength(1);
    const [sent] = requests;
    expect(resourcesOf(sent!, 'Patient')[0]).toMatchObject({ name: [{ family: 'Testchild' }], birthDate: '2019-06-01', gender: 'female' });
    const task = resourcesOf(sent!, 'Task')[0] as unknown as { priority: string; extension: { url: string; valueCode?: string; valueString?: string }[] };
    expect(task.priority).toBe('routine');
    expect(task.extension.find((e) => e.url.endsWith('triage-disposition'))?.valueCode).toBe('pharmacy');
    expect(task.extension.filter((e) => e.url.endsWith('triage-fired-rule')).map((e) => e.valueString)).toContain('st-pharmacy');
    const questionnaires = resourcesOf(sent!, 'QuestionnaireResponse').map((r) => String(r.questionnaire));
    expect(questionnaires.some((q) => q.includes('/emergency-child|'))).toBe(true);
    expect(questionnaires.some((q) => q.includes('/sore-throat|'))).toBe(true);
    const form = JSON.stringify(resourcesOf(sent!, 'QuestionnaireResponse')[0]);
    expect(form).toContain('Testparent');
    const [photo] = sent!.photos;
    expect(photo!.contentType).toBe('image/jpeg');
    expect(Buffer.from(photo!.data, 'base64').subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    // The record keeps where the photo is, not its bytes.
    expect(resourcesOf(sent!, 'DocumentReference')).toMatchObject([{ content: [{ attachment: { contentType: 'image/jpeg', url: photo!.url } }] }]);
  });

  test('offline, a 999 red flag shows the emergency outcome on the next screen and nothing is sent', async ({ page, context, request }) => {
    const posts: string[] = [];
    // The patient's answers must not leave the phone (anonymous NHS App counts may).
    page.on('request', (r) => r.method() === 'POST' && /\/api\/fhir$/.test(r.url()) && posts.push(r.url()));
    await startRequest(page);
    await expect(page.getByLabel('A medical problem')).toBeVisible();
    await page.evaluate(() => navigator.serviceWorker.ready);
    await context.setOffline(true);
    await chestPainTo999(page, { start: false });
    await expect(page.getByRole('heading', { level: 1, name: /Call 999 now/ })).toBeVisible();
    await expect(page.getByTestId('nothing-sent')).toBeVisible();
    await expectNoAxeViolations(page);
    await context.setOffline(false);
    expect(posts).toEqual([]);
    expect((await received(request)).requests).toHaveLength(0);
  });

  test('in a browser without Background Sync (Safari, Firefox): submitted offline, reloaded, browser closed and reopened: sent exactly once when back online', async ({ page, context, request }) => {
    // As Safari and Firefox are: no Background Sync (tests/e2e/background-send.spec.ts has Chromium's).
    await context.addInitScript(() => delete (ServiceWorkerRegistration.prototype as { sync?: unknown }).sync);
    await page.goto('/Y99001');
    await page.evaluate(() => navigator.serviceWorker.ready);
    await adminForMeToCheck(page);
    await context.setOffline(true);
    await expect(page.getByTestId('offline-note')).toBeVisible();
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect(page.getByTestId('request-state')).toHaveAttribute('data-state', 'waiting');
    // Nothing sends with the app closed (no Background Sync): the page promises no more.
    await expect(page.getByText('We will send it when you are back online and Front Door is open. If you close it, open Front Door again when you are back online.')).toBeVisible();
    await expectNoAxeViolations(page);
    const sentUrl = page.url();
    await page.reload();
    await expect(page.getByTestId('request-state')).toHaveAttribute('data-state', 'waiting');
    // Every page load tries to send at once (then waits seconds before the next try). That
    // try is waited for: one still to come as the page closes escapes Playwright's offline
    // emulation (unseen, it reached the practice), which a really offline phone never does.
    const settingsTried = page.waitForEvent('requestfailed', (r) => r.method() === 'POST' && /\/api\/fhir$/.test(r.url()) && r.frame().url().endsWith('/settings'));
    await page.goto('/settings');
    await expect(page.getByTestId('outbox')).toContainText('Waiting to send');
    await settingsTried;
    // "Close the browser": every page of this context goes, the storage stays.
    for (const p of context.pages()) await p.close();
    expect((await received(request)).requests).toHaveLength(0);
    const reopened = await context.newPage();
    await reopened.goto(sentUrl);
    await expect(reopened.getByTestId('request-state')).toHaveAttribute('data-state', 'waiting');
    await context.setOffline(false);
    await expect(reopened.getByTestId('request-state')).toHaveAttribute('data-state', 'sent', { timeout: 15_000 });
    const reference = await reopened.getByTestId('reference').textContent();
    const { requests } = await received(request);
    expect(requests).toHaveLength(1);
    expect(requests[0]!.reference).toBe(reference);
    await reopened.reload();
    await expect(reopened.getByTestId('reference')).toHaveText(reference!);
    expect((await received(request)).requests).toHaveLength(1);
  });

  test('flaky network: a 500 then a timeout, and the request still arrives exactly once', async ({ page, request }) => {
    let calls = 0;
    await page.route('**/api/fhir', async (route) => {
      calls++;
      if (calls === 1) return route.fulfill({ status: 500, contentType: 'application/fhir+json', body: '{"resourceType":"OperationOutcome","issue":[]}' });
      if (calls === 2) return route.abort('timedout');
      return route.continue();
    });
    await adminForMeToCheck(page);
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect(page.getByTestId('request-state')).toHaveAttribute('data-state', 'waiting');
    await expect(page.getByTestId('request-state')).toHaveAttribute('data-state', 'sent', { timeout: 20_000 });
    expect(calls).toBe(3);
    const { requests } = await received(request);
    expect(requests).toHaveLength(1);
  });

  test('a lost answer: the practice stored it, the phone sends again, and it is stored once', async ({ page, request }) => {
    let calls = 0;
    await page.route('**/api/fhir', async (route) => {
      calls++;
      if (calls === 1) {
        await route.fetch(); // it reaches the practice…
        return route.abort('connectionreset'); // …but the answer never comes back
      }
      return route.continue();
    });
    await adminForMeToCheck(page);
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect(page.getByTestId('request-state')).toHaveAttribute('data-state', 'sent', { timeout: 20_000 });
    const { requests, attempts } = await received(request);
    expect(requests).toHaveLength(1);
    expect(attempts[requests[0]!.id]).toBe(2);
  });

  test('Harbour Street takes 2 admin requests an evening: the third, begun while there was room, is told what to do and keeps its answers', async ({ page, request, browser, baseURL }) => {
    test.slow(); // three patients' journeys in one test
    // The cap applies only outside core hours (08:00–18:30 on working days): Monday 7pm.
    await atTime(page, MONDAY_EVENING);
    // The third patient begins while there is still room (a full day stops a patient at the start)…
    await adminForMeToDescribe(page, { ods: 'Y99004', about: 'A letter or a form' });
    await page.getByLabel('Tell us what you need').fill('Letter number 3');
    await next(page);
    await fillContactToCheck(page);
    // …and meanwhile two others send theirs from their own phones.
    const others = await browser.newContext({ baseURL, locale: 'en-GB', timezoneId: 'Europe/London' });
    const other = await others.newPage();
    await atTime(other, MONDAY_EVENING, { backend: false });
    for (let i = 0; i < 2; i++) {
      await adminForMeToDescribe(other, { ods: 'Y99004', about: 'A letter or a form' });
      await other.getByLabel('Tell us what you need').fill(`Letter number ${i + 1}`);
      await next(other);
      await fillContactToCheck(other);
      await other.getByRole('button', { name: 'Send request' }).click();
      await expect(other.getByTestId('request-state')).toHaveAttribute('data-state', 'sent');
    }
    await others.close();
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect(page.getByTestId('request-state')).toHaveAttribute('data-state', 'rejected');
    await expect(page.getByTestId('request-state')).toHaveAttribute('data-reason', 'capacity');
    await expect(page.getByText('The practice has no more room for online requests today.')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Try sending again' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Check your answers before sending your request' })).toBeVisible();
    await expect(page.getByText('Letter number 3')).toBeVisible();
    expect((await received(request)).requests).toHaveLength(2);
  });
});
