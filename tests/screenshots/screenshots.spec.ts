import type { Page } from '@playwright/test';
import { atTime, expect, MONDAY_MORNING, test } from '../e2e/fixtures';
import { next, startRequest } from '../e2e/request-helpers';

const LANGUAGES = ['en', 'cy', 'ur'] as const;
const shot = (page: Page, language: string, what: string) => page.screenshot({ path: `reports/screenshots/${language}-${what}.png`, fullPage: true });

/** What a screenshot can be checked for: the NHS.UK font stack, nothing scrolling sideways, the page's direction. */
async function checkLook(page: Page, language: string) {
  const font = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
  expect(font).toMatch(/\barial\b/i);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await expect(page.locator('html')).toHaveAttribute('dir', language === 'ur' ? 'rtl' : 'ltr');
}

/** Changes language with the header's picker, as a patient would, keeping the page. */
async function useLanguage(page: Page, language: string) {
  if ((await page.locator('html').getAttribute('lang')) === language) return;
  await page.locator('.fd-language summary').click();
  await page.locator(`.fd-language__option[lang="${language}"]`).click();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  // Closed again, so the picture shows the page rather than the list of languages.
  if (await page.locator('.fd-language').evaluate((el) => (el as HTMLDetailsElement).open)) await page.locator('.fd-language summary').click();
}

/** The walks between screenshots read English labels: the saved choice, then a fresh page. */
async function backToEnglish(page: Page) {
  await page.evaluate(() => localStorage.setItem('front-door:language', 'en'));
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
}

test.describe('screenshots at 360 px', () => {
  test.beforeEach(async ({ page }) => {
    await atTime(page, MONDAY_MORNING);
    await page.setViewportSize({ width: 360, height: 740 });
  });

  for (const language of LANGUAGES) {
    test(`${language}: practice home, a question, an outcome and a booking confirmation`, async ({ page }) => {
      await page.goto('/Y99001');
      await useLanguage(page, language);
      await expect(page.getByTestId('requests-status')).toBeVisible();
      await checkLook(page, language);
      await shot(page, language, 'practice-home');

      // A question page: the request starts in English (its helpers read English labels).
      await backToEnglish(page);
      await startRequest(page);
      await page.getByLabel('A medical problem').check();
      await next(page);
      await page.getByLabel('A new health problem').check();
      await next(page);
      await page.getByLabel('Me', { exact: true }).check();
      await page.getByLabel('No', { exact: true }).check();
      await next(page);
      await expect(page).toHaveURL(/\/questions\/emergency-/);
      await useLanguage(page, language);
      await checkLook(page, language);
      await shot(page, language, 'question');

      await page.goto('/Y99001/request/outcome/practice-today');
      await expect(page.getByTestId('triage-outcome')).toBeVisible();
      await checkLook(page, language);
      await shot(page, language, 'outcome');

      await backToEnglish(page);
      await page.goto('/Y99004/appointments?type=face-to-face');
      await page.getByTestId('next-free-slot').click();
      await page.getByLabel('What is the appointment for?').fill('Ear ache');
      await page.getByLabel('Full name').fill('Kim Keyboard');
      await page.getByLabel('Day').fill('9');
      await page.getByLabel('Month').fill('9');
      await page.getByLabel('Year').fill('1999');
      await page.getByLabel('NHS number').fill('999 000 1057');
      await page.getByRole('button', { name: 'Book this appointment' }).click();
      await expect(page.getByTestId('booking-reference')).toBeVisible();
      await useLanguage(page, language);
      await checkLook(page, language);
      await shot(page, language, 'booking-confirmation');
    });
  }
});
