import type { Page } from '@playwright/test';
import { atTime, expect, expectNoAxeViolations, MONDAY_MORNING, test, WITHOUT_SERVICE_WORKER } from './fixtures';
import { adminForMeToDescribe, fillContactToCheck, next } from './request-helpers';

/**
 * Where the "Get the NHS App" reminder shows besides the practice home: after a request is
 * sent and after a booking; and the switch on /settings that turns it off and on.
 *
 * The reminder shows once a visit, and the practice home shows it first, so these journeys
 * start where a link from the practice's own website lands (not on the practice home).
 */

const nudge = (page: Page) => page.getByTestId('nhs-app-nudge');
const remindersGroup = (page: Page, name: string) => page.getByRole('group', { name });

/** Waits for the page to fetch the reminder's lazily loaded code (it decides there), for checking it stays away. */
const nudgeCodeLoaded = (page: Page) => page.waitForResponse((response) => /\/assets\/nudge-when-due-[^/]*\.js$/.test(response.url()));

async function expectNoNudgeAfter(page: Page, loaded: ReturnType<typeof nudgeCodeLoaded>) {
  await loaded;
  // Let React render what the loaded code decided.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
  await expect(nudge(page)).toHaveCount(0);
}

/** An admin request for me, sent, starting from the practice's "ask for help" link. */
async function sendRequest(page: Page) {
  await page.goto('/Y99001/request');
  await expect(page.getByRole('heading', { level: 1, name: 'Ask your GP practice for help' })).toBeVisible();
  await page.getByRole('link', { name: 'Start now' }).click();
  await adminForMeToDescribe(page, { start: false });
  await page.getByLabel('Tell us what you need').fill('I need a fit note for my back, from 1 to 14 December.');
  await next(page);
  await fillContactToCheck(page);
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(page.getByTestId('request-state')).toHaveAttribute('data-state', 'sent');
}

/** A phone appointment at Riverside, booked from the practice's booking link. */
async function bookPracticeAppointment(page: Page) {
  await page.goto('/Y99001/appointments?type=phone');
  await page.getByTestId('next-free-slot').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check and book your appointment' })).toBeVisible();
  await page.getByLabel('What is the appointment for?').fill('Blood pressure check');
  await page.getByLabel('Full name').fill('Alex Imaginary');
  await page.getByLabel('Day').fill('2');
  await page.getByLabel('Month').fill('4');
  await page.getByLabel('Year').fill('1990');
  await page.getByLabel('NHS number').fill('9990001006');
  await page.getByLabel('Phone number').fill('01632 960999');
  await page.getByRole('button', { name: 'Book this appointment' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your appointment is booked' })).toBeVisible();
}

async function expectNudgeLinkingToRiverside(page: Page) {
  await expect(nudge(page).getByRole('heading', { level: 2, name: 'Get the NHS App' })).toBeVisible();
  await expect(nudge(page).getByRole('link', { name: 'How to get the NHS App' })).toHaveAttribute('href', '/Y99001/nhs-app');
}

test.use(WITHOUT_SERVICE_WORKER);

test.describe('NHS App reminder after a request and after a booking', () => {
  test.beforeEach(async ({ page }) => atTime(page, MONDAY_MORNING));

  test('appears after a request is sent', async ({ page }) => {
    await sendRequest(page);
    await expectNudgeLinkingToRiverside(page);
    await expectNoAxeViolations(page);
  });

  test('appears after a practice appointment is booked', async ({ page }) => {
    await bookPracticeAppointment(page);
    await expectNudgeLinkingToRiverside(page);
    await expectNoAxeViolations(page);
  });

  test('appears after a referral is booked from a link naming the practice', async ({ page }) => {
    await page.goto('/referral?practice=Y99001');
    await page.getByLabel('Booking reference number').fill('1000 0000 0001');
    await page.getByLabel('Password', { exact: true }).fill('Otter-Lamp-7');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('link', { name: 'Choose Dermatology Outpatients' }).click();
    await page.getByTestId('next-free-slot').click();
    await page.getByRole('button', { name: 'Book this appointment' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your appointment is booked' })).toBeVisible();
    await expect(page).toHaveURL(/\/referral\?practice=Y99001$/);
    await expectNudgeLinkingToRiverside(page);
  });

  test('turned off on /settings, it never shows; turned on again, it comes back', async ({ page }) => {
    await page.goto('/settings');
    const reminders = remindersGroup(page, 'NHS App reminders');
    await expect(reminders.getByLabel('On')).toBeChecked();
    await reminders.getByLabel('Off').check();
    await page.reload();
    await expect(remindersGroup(page, 'NHS App reminders').getByLabel('Off')).toBeChecked();

    let loaded = nudgeCodeLoaded(page);
    await sendRequest(page);
    await expectNoNudgeAfter(page, loaded);

    loaded = nudgeCodeLoaded(page);
    await bookPracticeAppointment(page);
    await expectNoNudgeAfter(page, loaded);

    loaded = nudgeCodeLoaded(page);
    await page.goto('/Y99001');
    await expect(page.getByRole('heading', { level: 1, name: 'Riverside Medical Practice' })).toBeVisible();
    await expectNoNudgeAfter(page, loaded);

    await page.goto('/settings');
    await remindersGroup(page, 'NHS App reminders').getByLabel('On').check();
    await page.goto('/Y99001');
    await expect(nudge(page)).toBeVisible();
  });
});

for (const [language, legend, off] of [
  ['en', 'NHS App reminders', 'Off'],
  ['cy', 'Nodiadau atgoffa am Ap GIG', 'I ffwrdd'],
] as const) {
  test(`the settings page with the NHS App reminders switch has no axe violations in ${language}`, async ({ page }) => {
    await atTime(page, MONDAY_MORNING);
    await page.addInitScript((code) => localStorage.setItem('front-door:language', code), language);
    await page.goto('/settings');
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    const reminders = remindersGroup(page, legend);
    await expect(reminders).toBeVisible();
    await expectNoAxeViolations(page);
    await reminders.getByLabel(off).check();
    await expect(reminders.getByLabel(off)).toBeChecked();
    await expectNoAxeViolations(page);
  });
}
