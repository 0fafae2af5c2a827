import type { Page } from '@playwright/test';
import { atTime, expect, expectNoAxeViolations, MONDAY_MORNING, test } from './fixtures';
import { toSlotThatDoesNotExist } from './booking-api';

/** Journey 4: Manage your referral, against the mock backend's seeded referrals (docs/booking-api.md). */

async function signIn(page: Page, ubrn: string, { password }: { password: string }) {
  await page.getByLabel('Booking reference number').fill(ubrn);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Continue' }).click();
}

/** A labelled fact of one service on the shortlist: its term, and what the definition beside it says. */
async function expectServiceFact(page: Page, service: string, term: string, definition: string | RegExp) {
  const item = page.getByTestId('shortlist').getByRole('listitem').filter({ hasText: service }).first();
  const row = item.locator('.nhsuk-summary-list__row').filter({ has: page.getByRole('term').filter({ hasText: term }) });
  await expect(row.getByRole('definition')).toHaveText(definition);
}

test.describe('manage your referral', () => {
  test.beforeEach(async ({ page }) => atTime(page, MONDAY_MORNING));

  test('sign in → shortlist → slot → booked → change → cancel', async ({ page, thirdPartyRequests }) => {
    await page.goto('/referral');
    await expect(page.getByRole('heading', { level: 1, name: 'Manage your referral' })).toBeVisible();
    await expectNoAxeViolations(page);
    await signIn(page, '1000 0000 0001', { password: 'Otter-Lamp-7' });

    await expect(page.getByRole('heading', { level: 1, name: /Choose where to go/ })).toBeVisible();
    await expect(page.getByTestId('referral-priority')).toHaveText('Routine');
    await expectServiceFact(page, 'Northgate General Hospital', 'Distance', '2.1 miles from your home postcode');
    await expectServiceFact(page, 'Northgate General Hospital', 'Usual wait', 'Most people wait about 6 weeks to be seen');
    await expectServiceFact(page, 'Northgate General Hospital', 'Getting there', /Step-free entrance from the main car park/);
    await expectServiceFact(page, 'Northgate General Hospital', 'Earliest free appointment', /^Tuesday 24 November at /);
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Choose Dermatology Outpatients' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Choose a time/ })).toBeVisible();
    await expect(page.getByTestId('next-free-slot')).toHaveText(/Choose Tuesday 24 November at (9am|9:40am|10:20am)/);
    await expectNoAxeViolations(page);
    await page.getByTestId('next-free-slot').click();

    await expect(page.getByRole('heading', { level: 1, name: 'Check and book your appointment' })).toBeVisible();
    await expect(page).toHaveURL(/\/referral\?service=derm-northgate&slot=derm-northgate-20261124-/);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Book this appointment' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Your appointment is booked' })).toBeVisible();
    await expect(page.getByTestId('booking-reference')).toHaveText(/^[A-Z0-9]{8}$/);
    await expect(page).toHaveURL(/\/referral$/);
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Change or cancel this appointment' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Change or cancel your appointment' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Choose a new time' }).click();
    await page.getByRole('link', { name: 'Choose Skin Clinic' }).click();
    await page.getByRole('link', { name: /^2pm on Wednesday 25 November$/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Check your new appointment time' })).toBeVisible();
    await page.getByRole('button', { name: 'Change to this time' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your appointment is booked' })).toBeVisible();
    await expect(page.getByRole('definition').filter({ hasText: 'Wednesday 25 November at 2pm' })).toBeVisible();
    await expect(page.getByRole('definition').filter({ hasText: 'Skin Clinic' })).toBeVisible();

    await page.getByRole('button', { name: 'Change or cancel this appointment' }).click();
    await page.getByRole('button', { name: 'Cancel appointment' }).click();
    await expect(page.getByRole('link', { name: 'Choose why you are cancelling' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel('I cannot go at that time').check();
    await page.getByRole('button', { name: 'Cancel appointment' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your appointment is cancelled' })).toBeVisible();
    await expect(page.getByText('Wednesday 25 November at 2pm')).toBeVisible();
    await expectNoAxeViolations(page);
    expect(thirdPartyRequests).toEqual([]);
  });
});

test.describe('manage your referral: other paths', () => {
  test.beforeEach(async ({ page }) => atTime(page, MONDAY_MORNING));

  test('no free slots: the service will contact you, and the referral is deferred', async ({ page }) => {
    await page.goto('/referral');
    await signIn(page, '100000000004', { password: 'Quiet-Bridge-5' });
    await expect(page.getByRole('heading', { level: 1, name: 'There are no free appointments right now' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Ask the service to contact me' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'The service will contact you' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('five wrong passwords lock the referral and say what to do', async ({ page }) => {
    await page.goto('/referral');
    for (let attempt = 1; attempt <= 4; attempt++) {
      await signIn(page, '100000000001', { password: `wrong-${attempt}` });
      await expect(page.locator('.nhsuk-error-summary')).toContainText(`${5 - attempt} more tr`);
    }
    await expectNoAxeViolations(page);
    await signIn(page, '100000000001', { password: 'wrong-5' });
    await expect(page.getByRole('heading', { level: 1, name: 'You cannot sign in for now' })).toBeVisible();
    await expect(page.getByTestId('unlocks-at')).toContainText('You can try again after Monday 23 November at 10:30am');
    await expect(page.getByText('contact the practice that referred you')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('bad input gets a clear message, never a crash', async ({ page }) => {
    await page.goto('/referral');
    await signIn(page, '1000 0000 000A', { password: 'x' });
    await expect(page.locator('.nhsuk-error-summary')).toBeFocused();
    await expect(page.getByRole('link', { name: 'Your booking reference number must only use the numbers 0 to 9' })).toBeVisible();
    await signIn(page, '1000 0000 001', { password: 'x' });
    await expect(page.getByRole('link', { name: /too short. It must be 12 numbers/ })).toBeVisible();
    await expectNoAxeViolations(page);

    await signIn(page, '100000000005', { password: 'Amber-Cloud-2' });
    await expect(page.locator('.nhsuk-error-summary')).toContainText('This referral has expired');

    await signIn(page, '100000000006', { password: 'Silver-Pond-8' });
    await expect(page.getByText('This referral is already booked. Your appointment is below.')).toBeVisible();
    await expect(page.getByTestId('booking-reference')).toHaveText('HB7K2M9P');
    await page.getByRole('button', { name: 'Sign out' }).click();

    // A slot id edited by hand in the URL.
    await signIn(page, '100000000001', { password: 'Otter-Lamp-7' });
    await expect(page.getByTestId('shortlist')).toBeVisible();
    await page.goto('/referral'); // a reload forgets the sign-in: nothing is kept on the device
    await signIn(page, '100000000001', { password: 'Otter-Lamp-7' });
    await page.getByRole('link', { name: 'Choose Skin Clinic' }).click();
    await expect(page.getByTestId('next-free-slot')).toBeVisible();
    await page.evaluate(() => {
      history.pushState(null, '', '/referral?service=derm-westfield&slot=derm-westfield-20991231-0900');
      dispatchEvent(new PopStateEvent('popstate'));
    });
    await expect(page.getByTestId('slot-unknown')).toContainText('We could not find that appointment time');
    await expectNoAxeViolations(page);

    // A slot id changed in the request itself: the backend says no, the page explains.
    await page.route('**/api/fhir', toSlotThatDoesNotExist);
    await page.getByTestId('next-free-slot').click();
    await page.getByRole('button', { name: 'Book this appointment' }).click();
    await expect(page.getByTestId('booking-problem')).toContainText('We could not find that appointment time');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Check and book your appointment' })).toBeVisible();
  });

  test('the last slot: two patients at once, one booking, the other gets fresh slots', async ({ browser, baseURL }) => {
    const contexts = await Promise.all([browser.newContext({ baseURL }), browser.newContext({ baseURL })]);
    const [first, second] = await Promise.all(contexts.map((c) => c.newPage()));
    // Both patients' phones read the same Monday morning as the backend: without this they
    // ran on the real date, and once that passed the seeded last slot the page hid it.
    await Promise.all([first!, second!].map((page) => atTime(page, MONDAY_MORNING, { backend: false })));
    const racers = [
      { page: first!, ubrn: '100000000002', password: 'Kettle-Fern-3' },
      { page: second!, ubrn: '100000000003', password: 'Harbour-Moth-9' },
    ];
    for (const { page, ubrn, password } of racers) {
      await page.goto('/referral');
      await signIn(page, ubrn, { password });
      await page.getByRole('link', { name: 'Choose Eye Clinic' }).click();
      await page.getByTestId('next-free-slot').click();
      await expect(page.getByRole('button', { name: 'Book this appointment' })).toBeVisible();
    }
    await expect(first!.getByTestId('referral-priority')).toHaveCount(0);
    await Promise.all(racers.map(({ page }) => page.getByRole('button', { name: 'Book this appointment' }).click()));
    const outcomes = await Promise.all(
      racers.map(async ({ page }) => {
        const heading = page.getByRole('heading', { level: 1 });
        await expect(heading).toHaveText(/Your appointment is booked|That time has just been taken/);
        return (await heading.textContent())?.includes('just been taken') ? 'taken' : 'booked';
      }),
    );
    expect([...outcomes].sort()).toEqual(['booked', 'taken']);
    const loserPage = racers[outcomes.indexOf('taken')]!.page;
    await expect(loserPage.getByTestId('slot-taken')).toContainText('Someone else booked');
    // Eastgate now has nothing free: the fresh list says so, and another service can be chosen.
    await expect(loserPage.getByText('There are no free times here at the moment')).toBeVisible();
    await expectNoAxeViolations(loserPage);
    await Promise.all(contexts.map((c) => c.close()));
  });

  test('offline: booking actions are off, the booking stays on screen, nothing is queued', async ({ page, context }) => {
    await page.goto('/referral');
    await signIn(page, '100000000001', { password: 'Otter-Lamp-7' });
    await page.getByRole('link', { name: 'Choose Dermatology Outpatients' }).click();
    await page.getByTestId('next-free-slot').click();
    await context.setOffline(true);
    await expect(page.getByTestId('booking-offline')).toContainText('You cannot book, change or cancel');
    await expect(page.getByRole('button', { name: 'Book this appointment' })).toBeDisabled();
    await expectNoAxeViolations(page);
    await context.setOffline(false);
    await expect(page.getByTestId('booking-offline')).toHaveCount(0);
    await page.getByRole('button', { name: 'Book this appointment' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your appointment is booked' })).toBeVisible();
    const reference = await page.getByTestId('booking-reference').textContent();

    const sent: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/')) sent.push(request.url());
    });
    await context.setOffline(true);
    await expect(page.getByTestId('booking-offline')).toContainText('Your appointment is shown below. It is still booked.');
    await expect(page.getByTestId('booking-reference')).toHaveText(reference!);
    await expect(page.getByRole('button', { name: 'Change or cancel this appointment' })).toBeDisabled();
    await expectNoAxeViolations(page);
    await context.setOffline(false);
    await expect(page.getByRole('button', { name: 'Change or cancel this appointment' })).toBeEnabled();
    expect(sent).toEqual([]);
  });
});

/** Slots either side of the clock changes: the page and the .ics must agree with the instant. */
/** Hospital clinic times (mocks/data/booking-store.ts) as the page writes them, to the London wall clock. */
const LONDON_TIMES: Record<string, string> = {
  '9am': '0900', '9:40am': '0940', '10:20am': '1020', '11am': '1100', '2pm': '1400', '2:40pm': '1440', '3:20pm': '1520',
};

for (const { name, now, day, date, offsetHours } of [
  // Spring: clocks go forward on Sunday 29 March 2026. Friday 27 March is GMT (UTC+0)…
  { name: 'before the spring change', now: '2026-03-26T10:00:00Z', day: 'Friday 27 March', date: '20260327', offsetHours: 0 },
  // …and Monday 30 March is BST (UTC+1).
  { name: 'after the spring change', now: '2026-03-27T16:00:00Z', day: 'Monday 30 March', date: '20260330', offsetHours: 1 },
  // Autumn: clocks go back on Sunday 25 October 2026. Friday 23 October is BST…
  { name: 'before the autumn change', now: '2026-10-22T10:00:00Z', day: 'Friday 23 October', date: '20261023', offsetHours: 1 },
  // …and Monday 26 October is GMT.
  { name: 'after the autumn change', now: '2026-10-23T16:00:00Z', day: 'Monday 26 October', date: '20261026', offsetHours: 0 },
]) {
  test(`a slot ${name} shows London time and the .ics has the right instant`, async ({ page }) => {
    await atTime(page, now);
    await page.goto('/referral');
    await signIn(page, '100000000008', { password: 'Cedar-Kite-6' });
    await expect(page.getByTestId('referral-priority')).toHaveText('Urgent – suspected cancer (2-week wait)');
    await expect(page.getByText('You need to be seen within 2 weeks')).toBeVisible();
    await page.getByRole('link', { name: 'Choose Breast Clinic' }).click();
    const dayTimes = page.locator('section').filter({ has: page.getByRole('heading', { level: 3, name: day }) });
    // The first free time that day (about a third of clinic times are already taken).
    const link = dayTimes.getByRole('link').first();
    const shown = ((await link.textContent()) ?? '').replace(` on ${day}`, '').trim();
    const wall = LONDON_TIMES[shown];
    expect(wall, `a clinic time, got "${shown}"`).toBeDefined();
    await link.click();
    await page.getByRole('button', { name: 'Book this appointment' }).click();
    await expect(page.getByRole('definition').filter({ hasText: `${day} at ${shown}` })).toBeVisible();
    const startUtc = `${date}T${String(Number(wall!.slice(0, 2)) - offsetHours).padStart(2, '0')}${wall!.slice(2)}00Z`;
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('calendar-download').click()]);
    const path = await download.path();
    const ics = (await import('node:fs')).readFileSync(path, 'utf8');
    expect(ics).toContain(`DTSTART:${startUtc}\r\n`);
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*BEGIN:VEVENT[\s\S]*END:VEVENT\r\nEND:VCALENDAR\r\n$/);
    expect(download.suggestedFilename()).toMatch(/^appointment-[A-Z0-9]{8}\.ics$/);
  });
}
