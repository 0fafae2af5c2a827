import type { Page } from '@playwright/test';
import { atTime, expect, expectNoAxeViolations, MONDAY_MORNING, test } from './fixtures';

/** Journey 5: practice appointments, and the booking pages in Welsh, by keyboard and at 320 px. */

/** Alex Imaginary, on Riverside's list (mocks/data/registered-patients.ts). */
async function fillPatient(page: Page) {
  await page.getByLabel('What is the appointment for?').fill('Cough for 3 weeks');
  await page.getByLabel('Full name').fill('Alex Imaginary');
  await page.getByLabel('Day').fill('2');
  await page.getByLabel('Month').fill('4');
  await page.getByLabel('Year').fill('1990');
  await page.getByLabel('NHS number').fill('999 000 1006');
}

test.describe('practice appointments', () => {
  test.beforeEach(async ({ page }) => atTime(page, MONDAY_MORNING));

  test('the practice home links to booking; a phone appointment is booked, then changed and cancelled by reference and date of birth', async ({ page }) => {
    await page.goto('/Y99001');
    await page.getByRole('link', { name: 'Book or change an appointment' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Book an appointment/ })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Phone call' }).click();
    await expect(page).toHaveURL(/\/Y99001\/appointments\?type=phone$/);
    await page.getByTestId('next-free-slot').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Check and book your appointment' })).toBeVisible();
    await expect(page.getByRole('definition').filter({ hasText: 'Phone call' })).toBeVisible();

    await page.getByRole('button', { name: 'Book this appointment' }).click();
    await expect(page.locator('.nhsuk-error-summary')).toBeFocused();
    await expect(page.getByRole('link', { name: 'Enter your full name' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Enter a phone number so we can call you' })).toBeVisible();
    await expectNoAxeViolations(page);
    await fillPatient(page);
    await page.getByLabel('Phone number').fill('01632 960999');
    await page.getByRole('button', { name: 'Book this appointment' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your appointment is booked' })).toBeVisible();
    const reference = (await page.getByTestId('booking-reference').textContent())!;
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Change or cancel this appointment' }).click();
    await expect(page).toHaveURL(/\/Y99001\/appointments\/manage$/);
    await expect(page.getByLabel('Booking reference')).toHaveValue(reference);
    await page.getByLabel('Day').fill('2');
    await page.getByLabel('Month').fill('4');
    await page.getByLabel('Year').fill('1990');
    await page.getByRole('button', { name: 'Find my appointment' }).click();
    await expect(page.getByTestId('booking-reference')).toHaveText(reference);

    await page.getByRole('button', { name: 'Change or cancel this appointment' }).click();
    await page.getByRole('button', { name: 'Choose a new time' }).click();
    await page.getByRole('link', { name: 'Video call' }).click();
    await page.getByTestId('next-free-slot').click();
    await page.getByRole('button', { name: 'Change to this time' }).click();
    await expect(page.getByRole('definition').filter({ hasText: 'Video call' })).toBeVisible();
    await expect(page.getByTestId('booking-reference')).toHaveText(reference);

    await page.getByRole('button', { name: 'Change or cancel this appointment' }).click();
    await page.getByLabel('I feel better').check();
    await page.getByRole('button', { name: 'Cancel appointment' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your appointment is cancelled' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('a seeded booking is found by reference and date of birth; wrong details say so; five lock it', async ({ page }) => {
    await page.goto('/Y99004/appointments/manage');
    await page.getByLabel('Booking reference').fill('hs9t 3wxc');
    await page.getByLabel('Day').fill('3');
    await page.getByLabel('Month').fill('11');
    await page.getByLabel('Year').fill('1972');
    await page.getByRole('button', { name: 'Find my appointment' }).click();
    await expect(page.getByTestId('booking-reference')).toHaveText('HS9T3WXC');
    await expect(page.getByRole('definition').filter({ hasText: 'Face to face at the practice' })).toBeVisible();

    await page.goto('/Y99001/appointments/manage');
    await page.getByLabel('Booking reference').fill('RV4K7PQ2');
    await page.getByLabel('Day').fill('31');
    await page.getByLabel('Month').fill('2');
    await page.getByLabel('Year').fill('1985');
    await page.getByRole('button', { name: 'Find my appointment' }).click();
    await expect(page.getByRole('link', { name: 'Date of birth must be a real date' })).toBeVisible();
    for (let attempt = 1; attempt <= 5; attempt++) {
      await page.getByLabel('Day').fill(String(attempt));
      await page.getByRole('button', { name: 'Find my appointment' }).click();
      if (attempt < 5) await expect(page.locator('.nhsuk-error-summary')).toContainText(`${5 - attempt} more tr`);
    }
    await expect(page.getByRole('heading', { level: 1, name: 'You cannot sign in for now' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('a link with a type the practice does not offer, or a slot edited by hand, gets a clear message', async ({ page }) => {
    await page.goto('/Y99001/appointments?type=home-visit');
    await expect(page.getByTestId('service-unknown')).toContainText('not one this practice offers online');
    await page.goto('/Y99001/appointments?type=video&slot=Y99001-video-20200101-1000');
    await expect(page.getByTestId('slot-unknown')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto('/Y99003/appointments');
    await expect(page.getByRole('heading', { level: 1, name: 'This practice does not take appointment bookings online' })).toBeVisible();
  });

  test('offline: no booking, a plain message', async ({ page, context }) => {
    await page.goto('/Y99001/appointments?type=face-to-face');
    await expect(page.getByTestId('next-free-slot')).toBeVisible();
    await context.setOffline(true);
    await expect(page.getByTestId('booking-offline')).toContainText('You cannot book, change or cancel');
    await expect(page.getByTestId('next-free-slot')).toHaveCount(0);
    await expectNoAxeViolations(page);
    await context.setOffline(false);
    await expect(page.getByTestId('next-free-slot')).toBeVisible();
  });

  test('booking by keyboard alone, at 320 px wide', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/Y99004/appointments?type=face-to-face');
    await expect(page.getByTestId('next-free-slot')).toBeVisible();
    const tabTo = async (locator: ReturnType<Page['locator']>) => {
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press('Tab');
        if (await locator.evaluate((el) => el === document.activeElement)) return;
      }
      throw new Error('could not reach it by Tab');
    };
    await tabTo(page.getByTestId('next-free-slot'));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Check and book your appointment' })).toBeFocused();
    await tabTo(page.getByLabel('What is the appointment for?'));
    await page.keyboard.type('Ear ache');
    await tabTo(page.getByLabel('Full name'));
    await page.keyboard.type('Kim Keyboard');
    await page.keyboard.press('Tab');
    await page.keyboard.type('9');
    await page.keyboard.press('Tab');
    await page.keyboard.type('9');
    await page.keyboard.press('Tab');
    await page.keyboard.type('1999');
    await page.keyboard.press('Tab');
    await page.keyboard.type('999 000 1057');
    await tabTo(page.getByRole('button', { name: 'Book this appointment' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Your appointment is booked' })).toBeFocused();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
  });
});

test.describe('booking pages in Welsh', () => {
  test.beforeEach(async ({ page }) => {
    await atTime(page, MONDAY_MORNING);
    await page.addInitScript(() => localStorage.setItem('front-door:language', 'cy'));
  });

  test('referral sign-in, errors, shortlist, slots and booking have no axe violations', async ({ page }) => {
    await page.goto('/referral');
    await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
    await expectNoAxeViolations(page);
    await page.getByRole('button').filter({ hasText: /Parhau/ }).click();
    await expect(page.locator('.nhsuk-error-summary')).toBeFocused();
    await expectNoAxeViolations(page);
    await page.locator('#ubrn').fill('100000000001');
    await page.locator('#password').fill('Otter-Lamp-7');
    await page.getByRole('button').filter({ hasText: /Parhau/ }).click();
    await expect(page.getByTestId('shortlist')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByTestId('shortlist').getByRole('link').first().click();
    await page.getByTestId('next-free-slot').click();
    await expectNoAxeViolations(page);
    await page.locator('form button[type=submit]').click();
    await expect(page.getByTestId('booking-reference')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('practice booking pages have no axe violations', async ({ page }) => {
    await page.goto('/Y99001/appointments');
    await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
    await expectNoAxeViolations(page);
    await page.goto('/Y99001/appointments/manage');
    await expectNoAxeViolations(page);
  });
});
