import type { Page } from '@playwright/test';
import { atTime, expect, expectPageDrawn, expectNoAxeViolations, MONDAY_MORNING, test } from './fixtures';
import { expectNoSidewaysScroll, tabTo } from './keyboard';

const DAY = 24 * 60 * 60_000;
const ANDROID = 'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36';
const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148';

const nudge = (page: Page) => page.getByTestId('nhs-app-nudge');

async function openHome(page: Page) {
  await page.goto('/Y99001');
  await expect(page.getByRole('heading', { level: 1, name: 'Riverside Medical Practice' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Get help with the NHS App' })).toBeVisible();
}

/** The nudge's chunk, asked for by each page (seen as the page asks, even when a worker answers). */
const nudgeChunkAsked = new WeakMap<Page, number>();
function watchNudgeChunk(page: Page) {
  nudgeChunkAsked.set(page, 0);
  page.on('request', (request) => {
    if (/\/nudge-when-due-[^/]*\.js$/.test(new URL(request.url()).pathname)) nudgeChunkAsked.set(page, (nudgeChunkAsked.get(page) ?? 0) + 1);
  });
}

test.beforeEach(({ page }) => watchNudgeChunk(page));

/**
 * The nudge decides whether it is due once its own chunk has loaded, after the page paints:
 * wait for that chunk and one more frame before saying it is absent.
 */
async function expectNoNudge(page: Page) {
  await expect.poll(() => (nudgeChunkAsked.get(page) ?? 0) > 0).toBe(true);
  await page.waitForLoadState('load');
  await page.evaluate(() => new Promise((settled) => requestAnimationFrame(() => setTimeout(settled, 0))));
  await expect(nudge(page)).toHaveCount(0);
}

async function staffCounts(page: Page) {
  const response = await page.request.get('/api/practices/Y99001/nhs-app-counts');
  return (await response.json()) as { nudges: Record<string, Record<string, number>>; linkOpens: Record<string, number> };
}

test.describe('NHS App guide', () => {
  test.beforeEach(async ({ page }) => atTime(page, MONDAY_MORNING));

  test('explains the NHS App step by step, with the practice’s ODS code for people without photo ID', async ({ page, thirdPartyRequests }) => {
    await openHome(page);
    await page.getByRole('link', { name: 'Get help with the NHS App' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Get help with the NHS App/ })).toBeFocused();
    await expect(page).toHaveURL(/\/Y99001\/nhs-app$/);
    for (const heading of ['Who can use it', 'What you need', 'Step by step', 'If you do not have photo ID', 'What you can do in the app']) {
      await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
    }
    await expect(page.getByText('You can get the NHS App if you are 13 or older.')).toBeVisible();
    await expect(page.getByTestId('ods-code')).toHaveText('Y99001');
    await expect(page.getByText('an account ID')).toBeVisible();
    await expect(page.getByText('a linkage key')).toBeVisible();
    await expect(page.getByText(/do not last for ever/)).toBeVisible();
    await expect(page.getByText(/Staff may call this P5/)).toBeVisible();
    await expect(page.getByText(/see your GP health record and your test results/)).toBeVisible();
    // The "No photo ID?" link jumps to that section.
    await page.getByRole('link', { name: 'If you do not have photo ID' }).click();
    await expect(page).toHaveURL(/#no-photo-id$/);
    expect(thirdPartyRequests).toEqual([]);
  });

  test('on a computer it shows a QR code of the page to carry on on a phone', async ({ page, baseURL }) => {
    await page.goto('/Y99001/nhs-app');
    const carryOn = page.getByTestId('carry-on-on-phone');
    await expect(carryOn.getByRole('img', { name: `QR code. It opens ${baseURL}/Y99001/nhs-app` })).toBeVisible();
    await expect(carryOn.locator('svg')).toHaveAttribute('data-qr-text', `${baseURL}/Y99001/nhs-app`);
  });

  for (const [device, userAgent, first] of [
    ['an iPhone', IPHONE, 'appStore'],
    ['an Android phone', ANDROID, 'googlePlay'],
  ] as const) {
    test(`on ${device} the right app store comes first and there is no QR code`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ userAgent, baseURL, viewport: { width: 375, height: 700 } });
      const page = await context.newPage();
      await page.goto('/Y99001/nhs-app');
      await expect(page.getByTestId('store-links').getByRole('link').first()).toHaveAttribute('data-store', first);
      await expect(page.getByTestId('carry-on-on-phone')).toHaveCount(0);
      await context.close();
    });
  }

  test('works offline after a first visit', async ({ page, context }) => {
    await page.goto('/Y99001/nhs-app');
    await expect(page.getByTestId('ods-code')).toBeVisible();
    await page.evaluate(async () => navigator.serviceWorker.ready);
    await page.reload();
    await expect(page.getByTestId('ods-code')).toBeVisible();
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 2, name: 'Step by step' })).toBeVisible();
    await expect(page.getByTestId('ods-code')).toHaveText('Y99001');
    await context.setOffline(false);
  });

  test('an unknown practice gets a clear page', async ({ page }) => {
    await page.goto('/Z12345/nhs-app');
    await expect(page.getByRole('heading', { level: 1, name: 'We could not find that practice' })).toBeVisible();
  });
});

test.describe('NHS App nudge', () => {
  test.beforeEach(async ({ page }) => atTime(page, MONDAY_MORNING));

  test('shows once on the practice home, below the journey links, and is counted', async ({ page }) => {
    await openHome(page);
    await expect(nudge(page).getByRole('heading', { level: 2, name: 'Get the NHS App' })).toBeVisible();
    const below = await page.evaluate(() => {
      const links = document.querySelector('.fd-journeys');
      const card = document.querySelector('[data-testid="nhs-app-nudge"]');
      return Boolean(links && card && links.compareDocumentPosition(card) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(below).toBe(true);
    await nudge(page).getByRole('link', { name: 'How to get the NHS App' }).click();
    await expect(page).toHaveURL(/\/Y99001\/nhs-app$/);
    await expect(page.getByRole('heading', { level: 2, name: 'Step by step' })).toBeVisible();
    // Never twice in a visit: back on the home page it stays away.
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: 'Riverside Medical Practice' })).toBeVisible();
    await expectNoNudge(page);
    await page.reload();
    await expectNoNudge(page);
    await expect.poll(async () => (await staffCounts(page)).nudges['practice-home']).toEqual({ shown: 1, clicked: 1, dismissed: 0 });
  });

  test('dismissed, it stays hidden across reloads for 30 days, then may come back', async ({ page }) => {
    await openHome(page);
    await nudge(page).getByRole('button', { name: 'Hide this' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'We will not show this again for 30 days.' })).toBeFocused();
    await expect(nudge(page)).toHaveCount(0);
    await expect.poll(async () => (await staffCounts(page)).nudges['practice-home']?.dismissed).toBe(1);

    await page.clock.setSystemTime(new Date(Date.parse(MONDAY_MORNING) + DAY));
    await page.reload();
    await expectPageDrawn(page);
    await expectNoNudge(page);

    await page.clock.setSystemTime(new Date(Date.parse(MONDAY_MORNING) + 29 * DAY));
    await page.reload();
    await expectPageDrawn(page);
    await expectNoNudge(page);

    await page.clock.setSystemTime(new Date(Date.parse(MONDAY_MORNING) + 31 * DAY));
    await page.reload();
    await expect(nudge(page)).toBeVisible();
  });

  test('turned off on this device, it never shows', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('front-door:nhs-app-nudge', JSON.stringify({ off: true })));
    await openHome(page);
    await expectNoNudge(page);
  });

  test('inside the NHS App it never shows', async ({ browser, baseURL }) => {
    for (const userAgent of [`${ANDROID} nhsapp-android/2.0`, `${IPHONE} nhsapp-ios/2.1.0`]) {
      const context = await browser.newContext({ userAgent, baseURL });
      const page = await context.newPage();
      watchNudgeChunk(page);
      await page.request.post('/__test/clock', { data: { now: MONDAY_MORNING } });
      await openHome(page);
      await expectNoNudge(page);
      await page.reload();
      await expectNoNudge(page);
      await context.close();
    }
  });

  test('a practice that has switched the NHS App journey off shows no nudge', async ({ page }) => {
    await page.goto('/Y99003');
    await expect(page.getByRole('heading', { level: 1, name: 'Meadow Lane Health Centre' })).toBeVisible();
    await expectNoNudge(page);
  });

  test('works by keyboard alone', async ({ page }) => {
    await openHome(page);
    await expect(nudge(page)).toBeVisible();
    const link = nudge(page).getByRole('link', { name: 'How to get the NHS App' });
    await tabTo(page, link);
    await page.keyboard.press('Tab');
    await expect(nudge(page).getByRole('button', { name: 'Hide this' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByText('We will not show this again for 30 days.')).toBeFocused();
  });
});

for (const language of ['en', 'cy']) {
  test.describe(`NHS App pages in ${language}`, () => {
    test.beforeEach(async ({ page }) => {
      await atTime(page, MONDAY_MORNING);
      await page.addInitScript((code) => localStorage.setItem('front-door:language', code), language);
    });

    test('the guide has no axe violations', async ({ page }) => {
      await page.goto('/Y99001/nhs-app');
      await expect(page.getByTestId('ods-code')).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expectNoAxeViolations(page);
    });

    test('the nudge, shown and dismissed, has no axe violations', async ({ page }) => {
      await page.goto('/Y99001');
      await expect(nudge(page)).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expectNoAxeViolations(page);
      await nudge(page).getByRole('button').click();
      await expect(page.getByRole('status').filter({ hasText: '30' })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  });
}

test.describe('NHS App guide at 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test.beforeEach(async ({ page }) => atTime(page, MONDAY_MORNING));

  test('nothing is cut off or scrolls sideways, nudge included', async ({ page }) => {
    await page.goto('/Y99001/nhs-app');
    await expectPageDrawn(page);
    await expectNoSidewaysScroll(page);
    await page.goto('/Y99001');
    await expect(nudge(page)).toBeVisible();
    await expectNoSidewaysScroll(page);
  });
});
