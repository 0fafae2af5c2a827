import { atTime, expect, expectNoAxeViolations, MONDAY_MORNING, test, WITHOUT_SERVICE_WORKER } from './fixtures';
import { activate, expectNoSidewaysScroll, tabTo, typeInto } from './keyboard';

/**
 * Issue 5 must-show: booking by keyboard alone, at 320 px. Manage your referral from
 * sign-in to booked with nothing but key presses (page.keyboard): every control reached
 * shows the NHS.UK focus style, each new page puts focus on its heading, and no page
 * scrolls sideways.
 */

test.use(WITHOUT_SERVICE_WORKER);

test.describe('manage your referral by keyboard alone at 320 px', () => {
  test.beforeEach(async ({ page }) => {
    await atTime(page, MONDAY_MORNING);
    await page.setViewportSize({ width: 320, height: 640 });
  });

  test('sign in → shortlist → slot → confirm → booked', async ({ page }) => {
    await page.goto('/referral');
    await expect(page.getByRole('heading', { level: 1, name: 'Manage your referral' })).toBeVisible();
    await expectNoSidewaysScroll(page);

    // A mistake first: the error summary takes focus and its link leads back to the field.
    await activate(page, page.getByRole('button', { name: 'Continue' }));
    const summary = page.locator('.nhsuk-error-summary');
    await expect(summary).toBeFocused();
    const fix = summary.getByRole('link', { name: 'Enter your booking reference number' });
    await activate(page, fix);
    await expect(page.getByLabel('Booking reference number')).toBeFocused();
    await expectNoSidewaysScroll(page);

    await typeInto(page, page.getByLabel('Booking reference number'), '1000 0000 0001');
    await typeInto(page, page.getByLabel('Password', { exact: true }), 'Otter-Lamp-7');
    await activate(page, page.getByRole('button', { name: 'Continue' }));

    await expect(page.getByTestId('shortlist')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expectNoSidewaysScroll(page);
    await activate(page, page.getByRole('link', { name: 'Choose Dermatology Outpatients' }));

    await expect(page.getByRole('heading', { level: 1, name: /Choose a time/ })).toBeFocused();
    await expectNoSidewaysScroll(page);
    // Not the first time offered: a later one, reached by tabbing through the day's times.
    const later = page.getByRole('link', { name: /^2pm on / }).first();
    const chosen = (await later.textContent())!.trim();
    await activate(page, later);

    await expect(page.getByRole('heading', { level: 1, name: 'Check and book your appointment' })).toBeFocused();
    await expect(page.getByRole('definition').filter({ hasText: chosen.replace(/^2pm on (.*)$/, '$1 at 2pm') })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await activate(page, page.getByRole('button', { name: 'Book this appointment' }));

    await expect(page.getByRole('heading', { level: 1, name: 'Your appointment is booked' })).toBeFocused();
    await expect(page.getByTestId('booking-reference')).toHaveText(/^[A-Z0-9]{8}$/);
    await expectNoSidewaysScroll(page);
    // The booking's own controls are reachable and show focus too.
    await tabTo(page, page.getByTestId('calendar-download'));
    await expectNoAxeViolations(page);
  });
});

test.describe('correcting a booking form by keyboard', () => {
  test.beforeEach(async ({ page }) => {
    await atTime(page, MONDAY_MORNING);
    await page.setViewportSize({ width: 320, height: 640 });
  });

  test('typing a correction keeps focus in the field (practice details and find my appointment)', async ({ page }) => {
    await page.goto('/Y99001/appointments?type=phone');
    await activate(page, page.getByTestId('next-free-slot'));
    await expect(page.getByRole('heading', { level: 1, name: 'Check and book your appointment' })).toBeFocused();
    await activate(page, page.getByRole('button', { name: 'Book this appointment' }));
    await expect(page.locator('.nhsuk-error-summary')).toBeFocused();
    await activate(page, page.getByRole('link', { name: 'Enter your full name' }));
    await expect(page.getByLabel('Full name')).toBeFocused();
    await typeInto(page, page.getByLabel('Full name'), 'Kim Keyboard');
    await expectNoSidewaysScroll(page);

    await page.goto('/Y99001/appointments/manage');
    await activate(page, page.getByRole('button', { name: 'Find my appointment' }));
    await expect(page.locator('.nhsuk-error-summary')).toBeFocused();
    await activate(page, page.getByRole('link', { name: 'Enter your booking reference' }));
    await typeInto(page, page.getByLabel('Booking reference'), 'RV4K 7PQ2');
    await typeInto(page, page.getByLabel('Day'), '14');
    await typeInto(page, page.getByLabel('Month'), '6');
    await typeInto(page, page.getByLabel('Year'), '1985');
    await activate(page, page.getByRole('button', { name: 'Find my appointment' }));
    await expect(page.getByTestId('booking-reference')).toHaveText('RV4K7PQ2');
    await expectNoSidewaysScroll(page);
  });
});
