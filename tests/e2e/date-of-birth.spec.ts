import type { Page } from '@playwright/test';
import { atTime, expect, MONDAY_MORNING, test, WITHOUT_SERVICE_WORKER } from './fixtures';
import { next, startRequest } from './request-helpers';

/**
 * Issue 18 item 3 and issue 13 item 4: one set of rules for a date of birth and one way
 * of saying what is wrong, on every journey. The same day typed into the request, the
 * practice booking and "find my appointment" gets the same message in the error summary.
 */

async function typeDate(page: Page, [day, month, year]: readonly [string, string, string]) {
  await page.getByLabel('Day').fill(day);
  await page.getByLabel('Month').fill(month);
  await page.getByLabel('Year').fill(year);
}

const summary = (page: Page) => page.locator('.nhsuk-error-summary');

const CASES = [
  { typed: ['1', '1', '1890'], says: 'Date of birth must be within the last 120 years' },
  { typed: ['30', '2', '2023'], says: 'Date of birth must be a real date, like 15 3 1984' },
  { typed: ['1', '1', '2030'], says: 'Date of birth must be in the past' },
] as const;

test.use(WITHOUT_SERVICE_WORKER);

test.describe('a wrong date of birth is told the same way everywhere', () => {
  test.beforeEach(async ({ page }) => atTime(page, MONDAY_MORNING));

  for (const { typed, says } of CASES) {
    test(`${typed.join(' ')}: "${says}" in the request, the booking and "find my appointment"`, async ({ page }) => {
      await startRequest(page);
      await page.getByLabel('Something else, like a fit note or a letter').check();
      await next(page);
      await page.getByLabel('A fit note (sick note)', { exact: true }).check();
      await next(page);
      await page.getByLabel('Me', { exact: true }).check();
      await page.getByLabel('No', { exact: true }).check();
      await next(page);
      await page.getByLabel('First name', { exact: true }).fill('Ada');
      await page.getByLabel('Last name', { exact: true }).fill('Testperson');
      await typeDate(page, typed);
      await page.getByLabel('Postcode').fill('EX1 2AB');
      await next(page);
      await expect(summary(page).getByRole('link', { name: says, exact: true })).toBeVisible();

      await page.goto('/Y99001/appointments?type=face-to-face');
      await page.getByTestId('next-free-slot').click();
      await page.getByLabel('Full name').fill('Alex Imaginary');
      await typeDate(page, typed);
      await page.getByRole('button', { name: 'Book this appointment' }).click();
      await expect(summary(page).getByRole('link', { name: says, exact: true })).toBeVisible();

      await page.goto('/Y99001/appointments/manage');
      await page.getByLabel('Booking reference').fill('RV4K7PQ2');
      await typeDate(page, typed);
      await page.getByRole('button', { name: 'Find my appointment' }).click();
      await expect(summary(page).getByRole('link', { name: says, exact: true })).toBeVisible();
    });
  }
});
