import type { Browser, Page } from '@playwright/test';
import * as OTPAuth from 'otpauth';
import { DEMO_STAFF, type DemoStaff } from '../../server/rules/seed/staff';
import { atTime, expect, expectNoAxeViolations, MONDAY_MORNING, test } from './fixtures';
import { adminForMeToCheck, answerTopicQuestions, fillContactToCheck, medicalForAdaToTopic, next } from './request-helpers';
import { tabTo } from './keyboard';

/**
 * Issue 15: the practice side, with the patient and the staff member in separate browser
 * contexts against the real backend. The backend's clock is the test's: TOTP codes are
 * made for the backend's time, which started at MONDAY_MORNING when the test set it.
 */
let clockSetAt = 0;

/** The last TOTP step each staff member signed in with since the backend's clock was set (which forgets them). */
const stepsUsed = new Map<string, number>();

async function atMondayMorning(page: Page) {
  await atTime(page, MONDAY_MORNING);
  clockSetAt = Date.now();
  stepsUsed.clear();
}

/**
 * The code the staff member's authenticator app shows now, by the backend's clock. A code
 * works once, so a second sign-in in the same 30 seconds takes the next one, as the
 * staff member would wait for it (the backend allows one step either side).
 */
function codeFor(staff: DemoStaff) {
  const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(staff.totpSecret), digits: 6, period: 30, algorithm: 'SHA1' });
  const now = Math.floor((Date.parse(MONDAY_MORNING) + (Date.now() - clockSetAt)) / 30_000);
  const step = Math.max(now, (stepsUsed.get(staff.email) ?? -Infinity) + 1);
  stepsUsed.set(staff.email, step);
  return totp.generate({ timestamp: step * 30_000 });
}

async function signIn(page: Page, staff: DemoStaff) {
  await page.goto('/practice');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to the practice area' })).toBeVisible();
  await page.getByLabel('Email address').fill(staff.email);
  await page.getByLabel('Password').fill(staff.password);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Enter your security code' })).toBeVisible();
  await page.getByLabel('Security code').fill(codeFor(staff));
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Requests' })).toBeVisible();
}

/** Ada's earache with something stuck in her ear: "contact the practice today", then sent. */
async function sendEarachePracticeToday(page: Page) {
  await medicalForAdaToTopic(page);
  await page.getByLabel('Earache', { exact: true }).check();
  await next(page);
  await page.getByLabel('Tell us about the problem in your own words').fill('A bead is stuck in my ear <b>since</b> this morning.');
  await next(page);
  await answerTopicQuestions(page, {
    'swelling-behind-ear': 'No',
    'object-in-ear': 'Yes',
    'hot-shivery': 'No',
    'very-unwell': 'No',
    'discharge-or-hearing': 'No',
    'how-long': 'Less than 3 days',
  });
  await expect(page.getByTestId('triage-outcome')).toHaveAttribute('data-disposition', 'practice-today');
  await page.getByRole('link', { name: 'Continue with my request' }).click();
  await fillContactToCheck(page);
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(page.getByTestId('request-state')).toHaveAttribute('data-state', 'sent');
  return (await page.getByTestId('reference').textContent())!.trim();
}

async function staffPage(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({ baseURL });
  return { context, page: await context.newPage() };
}

test.describe('the practice area', () => {
  test.beforeEach(async ({ page }) => atMondayMorning(page));

  test('a request that must be seen today reaches the top of the inbox with its rules; the reply reaches the patient', async ({ page, browser, baseURL }) => {
    test.slow(); // a whole request, a sign-in and a reply, in two browsers
    const reference = await sendEarachePracticeToday(page);

    const staff = await staffPage(browser, baseURL);
    await signIn(staff.page, DEMO_STAFF.riversideStaff);
    const first = staff.page.getByTestId('inbox-item').first();
    await expect(first).toContainText(reference);
    await expect(first).toContainText('Urgent');
    await expectNoAxeViolations(staff.page);

    await first.getByRole('link').first().click();
    await expect(staff.page.getByRole('heading', { level: 1, name: `Request ${reference}` })).toBeVisible();
    // The rule that fired, with its NHS source, and every answer in English.
    await expect(staff.page.getByText('Earache: ea object in ear')).toBeVisible();
    await expect(staff.page.getByRole('term').filter({ hasText: 'questionnaires.' })).toHaveCount(0);
    await expect(staff.page.getByRole('link', { name: /NHS source/ }).first()).toHaveAttribute('href', /^https:\/\/www\.nhs\.uk\//);
    // The patient's own words are text, never markup.
    await expect(staff.page.getByText('A bead is stuck in my ear <b>since</b> this morning.').first()).toBeVisible();
    await expectNoAxeViolations(staff.page);

    await staff.page.getByLabel('Your reply').fill('Please come to the practice at 2pm today and we will take it out.');
    await staff.page.getByRole('button', { name: 'Send reply' }).click();
    await expect(staff.page.getByText('Your reply has been sent.')).toBeVisible();

    await page.goto('/settings');
    await expect(page.getByText('Replied. The practice has sent you a reply.')).toBeVisible();
    await expect(page.getByText('Please come to the practice at 2pm today and we will take it out.')).toBeVisible();
    await expectNoAxeViolations(page);
    await staff.context.close();
  });

  test('the practice admin closes online requests for an afternoon with a reason, and the practice home says so', async ({ page, browser, baseURL }) => {
    test.slow();
    const admin = await staffPage(browser, baseURL);
    await signIn(admin.page, DEMO_STAFF.riversideAdmin);
    await admin.page.getByRole('link', { name: 'Practice settings' }).click();
    await expect(admin.page.getByRole('heading', { level: 1, name: 'Practice settings' })).toBeVisible();
    await admin.page.getByRole('button', { name: 'Add a closure' }).click();
    const closure = admin.page.getByRole('group', { name: /Closure \d+/ }).last();
    // Monday 23 November 2026, 1pm to 6:30pm UK time (GMT).
    await closure.getByLabel('Closed from').fill('2026-11-23T13:00');
    await closure.getByLabel('Closed until').fill('2026-11-23T18:30');
    await closure.getByLabel('Reason').fill('Staff training afternoon. Phone us if it is urgent.');
    await admin.page.getByRole('button', { name: 'Save settings' }).click();
    await expect(admin.page.getByText(/Settings saved\. This is now version \d+\./)).toBeVisible();
    await expectNoAxeViolations(admin.page);

    // In the afternoon the practice home says why, and when requests open again.
    expect((await page.request.post('/__test/clock', { data: { now: '2026-11-23T14:00:00Z', keep: true } })).ok()).toBe(true);
    await page.clock.setSystemTime(new Date('2026-11-23T14:00:00Z'));
    await page.goto('/Y99001');
    await expect(page.getByTestId('requests-status')).toHaveAttribute('data-state', 'closed');
    await expect(page.getByTestId('requests-status')).toContainText('Staff training afternoon. Phone us if it is urgent.');
    await admin.context.close();
  });

  test('staff pages send frame-ancestors none, and a staff session leaves no patient data in any cache of the device', async ({ page, request }) => {
    const response = await request.get('/practice/inbox');
    expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await signIn(page, DEMO_STAFF.riversideStaff);
    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      const urls: string[] = [];
      for (const name of names) for (const key of await (await caches.open(name)).keys()) urls.push(key.url);
      return urls;
    });
    expect(cached.filter((url) => /\/api\//.test(url) || /practice-area/.test(url))).toEqual([]);
  });
});

test.describe('the practice area, by keyboard alone, at 320 px, with axe on every page and state', () => {
  test.beforeEach(async ({ page }) => atMondayMorning(page));

  test('sign-in and its errors, the inbox, a request, settings with errors, and staff accounts', async ({ page, browser, baseURL }) => {
    test.slow();
    await adminForMeToCheck(page);
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect(page.getByTestId('request-state')).toHaveAttribute('data-state', 'sent');
    const reference = (await page.getByTestId('reference').textContent())!.trim();

    const staff = await staffPage(browser, baseURL);
    const desk = staff.page;
    await desk.setViewportSize({ width: 320, height: 640 });
    const noSidewaysScroll = async (what: string) =>
      expect(await desk.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), what).toBeLessThanOrEqual(0);

    // Sign-in, by keyboard: a wrong password first, then the right one and the code.
    await desk.goto('/practice');
    await tabTo(desk, desk.getByLabel('Email address'));
    await desk.keyboard.type(DEMO_STAFF.riversideAdmin.email);
    await tabTo(desk, desk.getByLabel('Password'));
    await desk.keyboard.type('not-the-password');
    await tabTo(desk, desk.getByRole('button', { name: 'Continue' }));
    await desk.keyboard.press('Enter');
    await expect(desk.getByText('The email address or password is not right. Check them and try again.').first()).toBeVisible();
    await expect(desk.getByLabel('Email address')).toHaveValue(DEMO_STAFF.riversideAdmin.email);
    await expectNoAxeViolations(desk);
    await noSidewaysScroll('sign-in with an error');
    await tabTo(desk, desk.getByLabel('Password'));
    await desk.keyboard.type(DEMO_STAFF.riversideAdmin.password);
    await desk.keyboard.press('Enter');
    await expect(desk.getByRole('heading', { level: 1, name: 'Enter your security code' })).toBeVisible();
    await expectNoAxeViolations(desk);
    await tabTo(desk, desk.getByLabel('Security code'));
    await desk.keyboard.type(codeFor(DEMO_STAFF.riversideAdmin));
    await desk.keyboard.press('Enter');
    await expect(desk.getByRole('heading', { level: 1, name: 'Requests' })).toBeVisible();
    await expectNoAxeViolations(desk);
    await noSidewaysScroll('inbox');

    // The request page, reached by keyboard.
    await tabTo(desk, desk.getByTestId('inbox-item').filter({ hasText: reference }).getByRole('link').first());
    await desk.keyboard.press('Enter');
    await expect(desk.getByRole('heading', { level: 1, name: `Request ${reference}` })).toBeVisible();
    await expectNoAxeViolations(desk);
    await noSidewaysScroll('request');
    // An empty reply is refused with a message, and the page stays accessible.
    await tabTo(desk, desk.getByRole('button', { name: 'Send reply' }));
    await desk.keyboard.press('Enter');
    await expect(desk.getByText('Enter a reply').first()).toBeVisible();
    await expectNoAxeViolations(desk);

    // Settings, with a problem: a closure without its reason.
    await desk.goto('/practice/settings');
    await expect(desk.getByRole('heading', { level: 1, name: 'Practice settings' })).toBeVisible();
    await expectNoAxeViolations(desk);
    await noSidewaysScroll('settings');
    await desk.getByRole('button', { name: 'Add a closure' }).click();
    await desk.getByRole('button', { name: 'Save settings' }).click();
    await expect(desk.getByText('Enter a reason for the closure (up to 200 characters)').first()).toBeVisible();
    await expectNoAxeViolations(desk);

    // Staff accounts: a new account's one-time password and set-up code.
    await desk.goto('/practice/staff');
    await expect(desk.getByRole('heading', { level: 1, name: 'Staff accounts' })).toBeVisible();
    await expectNoAxeViolations(desk);
    await noSidewaysScroll('staff accounts');
    await desk.getByLabel('Full name').fill('Alex Morgan');
    await desk.getByLabel('Email address').fill('alex.morgan@riverside.example');
    await desk.getByRole('radio', { name: 'Staff', exact: true }).check();
    await desk.getByRole('button', { name: 'Add account' }).click();
    await expect(desk.getByRole('heading', { name: 'Account made for Alex Morgan' })).toBeVisible();
    await expectNoAxeViolations(desk);
    await noSidewaysScroll('new account');
    await staff.context.close();
  });
});
