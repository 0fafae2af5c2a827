import type { Page } from '@playwright/test';
import { atTime, expect, expectNoAxeViolations, MONDAY_MORNING, test, WITHOUT_SERVICE_WORKER } from './fixtures';

/**
 * The app's own offer to be added to the home screen: on the practice home, to a patient
 * who has come back, never over a form. Headless Chromium never decides a page is
 * installable, so the tests fire the browser's offer (beforeinstallprompt) themselves,
 * with a prompt() that records it was called.
 */
const cameBackAfterTwoDays = (page: Page) =>
  page.addInitScript(() => {
    if (!localStorage.getItem('front-door:install-offer')) {
      localStorage.setItem('front-door:install-offer', JSON.stringify({ firstSeenAt: Date.now() - 2 * 24 * 60 * 60 * 1000 }));
    }
  });

const browserOffersInstall = (page: Page) =>
  page.evaluate(() => {
    const offer = new Event('beforeinstallprompt', { cancelable: true }) as Event & { prompt: () => Promise<void>; userChoice: Promise<unknown> };
    offer.prompt = async () => {
      (window as unknown as { installAsked: boolean }).installAsked = true;
    };
    offer.userChoice = Promise.resolve({ outcome: 'accepted' });
    window.dispatchEvent(offer);
    return offer.defaultPrevented;
  });

const offerCard = (page: Page) => page.getByTestId('install-offer');

test.use(WITHOUT_SERVICE_WORKER);

test('on a return visit, the practice home offers to add Front Door, and the button opens the browser’s dialog', async ({ page }) => {
  await atTime(page, MONDAY_MORNING, { pageClock: false });
  await cameBackAfterTwoDays(page);
  // On a slow connection the browser may offer before the install code has arrived: it
  // is held back here until the offer has been made.
  let letInstallCodeThrough = () => {};
  const offerMade = new Promise<void>((resolve) => (letInstallCodeThrough = resolve));
  await page.route(/\/assets\/install-[\w-]+\.js$/, async (route) => {
    await offerMade;
    await route.continue();
  });
  await page.goto('/Y99001');
  await expect(page.getByRole('heading', { level: 1, name: 'Riverside Medical Practice' })).toBeVisible();
  await expect(offerCard(page)).toHaveCount(0);

  // The browser's own bar is held back (the app asks where it fits).
  expect(await browserOffersInstall(page)).toBe(true);
  letInstallCodeThrough();
  await expect(offerCard(page).getByRole('heading', { name: 'Add Front Door to your home screen' })).toBeVisible();
  await expectNoAxeViolations(page);
  await offerCard(page).getByRole('button', { name: 'Add to home screen' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { installAsked?: boolean }).installAsked)).toBe(true);
  await expect(offerCard(page)).toHaveCount(0);
});

test('"Not now" hides it for 90 days, saying so, and it stays hidden after a reload', async ({ page }) => {
  await atTime(page, MONDAY_MORNING, { pageClock: false });
  await cameBackAfterTwoDays(page);
  await page.goto('/Y99001');
  await expect(page.getByRole('heading', { level: 1, name: 'Riverside Medical Practice' })).toBeVisible();
  await browserOffersInstall(page);
  await offerCard(page).getByRole('button', { name: 'Not now' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'We will not ask again for 90 days' })).toBeFocused();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Riverside Medical Practice' })).toBeVisible();
  await browserOffersInstall(page);
  await expect(page.getByRole('heading', { name: 'Riverside Medical Practice' })).toBeVisible();
  await expect(offerCard(page)).toHaveCount(0);
});

test('on a first visit, and on a request page, there is no offer', async ({ page }) => {
  await atTime(page, MONDAY_MORNING, { pageClock: false });
  await page.goto('/Y99001');
  await expect(page.getByRole('heading', { level: 1, name: 'Riverside Medical Practice' })).toBeVisible();
  await browserOffersInstall(page);
  // The NHS App reminder, loaded after paint like the offer, has arrived: the page is settled.
  await expect(page.getByTestId('nhs-app-nudge')).toBeVisible();
  await expect(offerCard(page)).toHaveCount(0);

  await cameBackAfterTwoDays(page);
  await page.goto('/Y99001/request');
  await expect(page.getByRole('heading', { level: 1, name: 'Ask your GP practice for help' })).toBeVisible();
  await browserOffersInstall(page);
  await expect(offerCard(page)).toHaveCount(0);
});

test.describe('on an iPhone in Safari', () => {
  test.use({
    userAgent:
      'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  });

  test('it says how to add it from the Share button, with no button it cannot keep', async ({ page }) => {
    await atTime(page, MONDAY_MORNING, { pageClock: false });
    await cameBackAfterTwoDays(page);
    await page.goto('/Y99001');
    await expect(offerCard(page)).toContainText('tap the Share button, then "Add to Home Screen"');
    await expect(offerCard(page).getByRole('button', { name: 'Add to home screen' })).toHaveCount(0);
  });
});
