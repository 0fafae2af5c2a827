import type { Page } from '@playwright/test';
import { atTime, expect, expectPageDrawn, expectNoAxeViolations, MONDAY_MORNING, test, waitForServiceWorker } from './fixtures';

/**
 * Choosing, offline, a language whose words are not on the device: the page says so in
 * its current language and stays exactly as it was (no right-to-left page of English
 * words); when the connection is back, the language changes, without a reload.
 */
const OFFLINE_NOTICE = {
  en: 'اردو is not saved on this phone yet, so this page stays as it is.',
  cy: "Nid yw العربية wedi'i chadw ar y ffôn hwn eto",
  ur: 'ابھی اس فون پر محفوظ نہیں ہے، اس لیے یہ صفحہ ویسا ہی رہے گا', // the name is bidi-isolated
};

/** A mark on the window that only a reload would remove. */
async function markThisPage(page: Page) {
  await page.evaluate(() => ((window as unknown as { samePage: boolean }).samePage = true));
}
const stillThisPage = (page: Page) => page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage === true);

async function readyOffline(page: Page, path: string) {
  await page.goto(path);
  await waitForServiceWorker(page);
  await expectPageDrawn(page);
}

test.beforeEach(async ({ page }) => {
  test.slow(); // a service worker to install, and the network off and on
  await atTime(page, MONDAY_MORNING, { pageClock: false });
});

test('from the picker: Urdu chosen offline is refused in English, then used when back online', async ({ page, context }) => {
  await readyOffline(page, '/Y99001');
  const heading = await page.getByRole('heading', { level: 1 }).textContent();
  await markThisPage(page);

  await context.setOffline(true);
  await page.locator('.fd-language summary').click();
  await page.locator('.fd-language__option[lang="ur"]').click();
  await expect(page.getByRole('alert')).toContainText(OFFLINE_NOTICE.en);
  // The page is as it was: English, left to right, and English is still the saved choice.
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading!);
  expect(await page.evaluate(() => localStorage.getItem('front-door:language'))).not.toBe('ur');
  await expectNoAxeViolations(page);

  await context.setOffline(false);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ur');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('link', { name: 'Front Door' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: OFFLINE_NOTICE.en })).toHaveCount(0);
  expect(await stillThisPage(page)).toBe(true);
  expect(await page.evaluate(() => localStorage.getItem('front-door:language'))).toBe('ur');
});

for (const [from, to, notice] of [
  ['cy', 'ar', OFFLINE_NOTICE.cy],
  ['ur', 'pl', OFFLINE_NOTICE.ur],
] as const) {
  test(`on /settings in ${from}: ${to} chosen offline waits, said in ${from}, and is used back online`, async ({ page, context }) => {
    await page.addInitScript((code) => localStorage.getItem('front-door:language') ?? localStorage.setItem('front-door:language', code), from);
    await readyOffline(page, '/settings');
    await expect(page.locator('html')).toHaveAttribute('lang', from);
    // Only the language in use and English are kept on the device.
    // Two languages of every namespace download after the page is up; a slow machine takes a while.
    await expect
      .poll(() => page.evaluate(async (code) => Boolean(await caches.match(`/locales/${code}/settings.json`, { ignoreSearch: true })), from), {
        timeout: 30_000,
      })
      .toBe(true);
    await markThisPage(page);

    await context.setOffline(true);
    // A click, not check(): the radio is meant to stay as it was.
    await page.locator(`[name="language"][value="${to}"]`).click();
    await expect(page.getByRole('status').filter({ hasText: notice })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', from);
    await expect(page.locator(`[name="language"][value="${from}"]`)).toBeChecked();
    await expectNoAxeViolations(page);

    await context.setOffline(false);
    await expect(page.locator('html')).toHaveAttribute('lang', to);
    await expect(page.locator(`[name="language"][value="${to}"]`)).toBeChecked();
    expect(await stillThisPage(page)).toBe(true);
  });
}
