import { catalogueNamespaces } from '../../scripts/vite-catalogues';
import { atTime, expect, MONDAY_MORNING, test, waitForPracticeSaved, waitForServiceWorker } from './fixtures';

/** How many catalogues of a language the device keeps: every patient namespace. */
const NAMESPACES_KEPT = catalogueNamespaces().length;

test.describe('installable and offline', () => {
  test.beforeEach(async ({ page }) => atTime(page, MONDAY_MORNING));

  test('links a complete web app manifest with real icons', async ({ page, request }) => {
    await page.goto('/');
    const link = page.locator('link[rel="manifest"]');
    await expect(link).toHaveAttribute('href', /./);
    const manifest = await (await request.get((await link.getAttribute('href'))!)).json();
    expect(manifest).toMatchObject({
      name: expect.stringContaining('Front Door'),
      short_name: 'Front Door',
      description: expect.any(String),
      start_url: '/',
      scope: '/',
      display: 'standalone',
      lang: 'en-GB',
      theme_color: '#005eb8',
      background_color: expect.any(String),
    });
    const purposes = manifest.icons.map((icon: { sizes: string; purpose: string }) => `${icon.sizes} ${icon.purpose}`);
    expect(purposes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
    for (const icon of manifest.icons as { src: string; sizes: string }[]) {
      const response = await request.get(icon.src);
      expect(response.headers()['content-type']).toBe('image/png');
      const bytes = await response.body();
      // A PNG's IHDR holds width and height at bytes 16–23.
      const size = `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
      expect(size).toBe(icon.sizes);
    }
    expect((await request.get('/favicon.ico')).ok()).toBe(true);
    expect(await (await request.get('/robots.txt')).text()).toContain('User-agent');
  });

  test('the service worker controls the page, and after one visit the practice works offline', async ({ page, context }) => {
    await page.goto('/Y99001');
    await expect(page.getByRole('heading', { level: 1, name: 'Riverside Medical Practice' })).toBeVisible();
    await waitForServiceWorker(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Riverside Medical Practice' })).toBeVisible();
    await waitForPracticeSaved(page, 'Y99001');
    // The page's words are kept as the worker fetches them; going offline before that
    // finishes would test the race, not the app.
    await expect
      .poll(() => page.evaluate(async () => (await (await caches.open('front-door-languages')).keys()).some((r) => r.url.includes('/locales/en/practice.json'))))
      .toBe(true);

    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Riverside Medical Practice' })).toBeVisible();
    await expect(page.getByTestId('offline-indicator')).toContainText("You're offline");
    await expect(page.getByTestId('saved-at')).toContainText('saved on this device on Monday');
    await expect(page.getByRole('row', { name: /Monday/ })).toContainText('8am to 6:30pm');

    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Find your GP practice' })).toBeVisible();
    await expect(page.getByTestId('offline-indicator')).toBeVisible();
    await page.getByRole('link', { name: 'Riverside Medical Practice' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Riverside Medical Practice' })).toBeVisible();

    await page.goto('/?q=harbour');
    await expect(page.getByText('Searching needs a connection')).toBeVisible();
    await context.setOffline(false);
  });
});

test.describe('languages offline', () => {
  test.beforeEach(async ({ page }) => atTime(page, MONDAY_MORNING, { pageClock: false }));

  test('only the language in use is kept for offline; it still works offline after a reload', async ({ page, context }) => {
    await page.goto('/Y99001');
    await page.getByText('Language:').click();
    await page.getByRole('button', { name: 'Cymraeg' }).click();
    await expect(page.getByRole('table', { name: 'Oriau agor' })).toBeVisible();
    await waitForServiceWorker(page);
    const cachedLanguages = () =>
      page.evaluate(async () => {
        const precached = (await Promise.all((await caches.keys()).map(async (name) => (await caches.open(name)).keys())))
          .flat()
          .map((request) => new URL(request.url).pathname)
          .filter((path) => path.startsWith('/locales/'));
        const count: Record<string, number> = {};
        for (const path of new Set(precached)) count[path.split('/')[2]!] = (count[path.split('/')[2]!] ?? 0) + 1;
        return count;
      });
    // Welsh (in use) and English (the fallback for any missing key) only, every namespace
    // of each: the files arrive one by one (a dropped signal keeps those that came).
    await expect.poll(cachedLanguages, { timeout: 30_000 }).toEqual({ cy: NAMESPACES_KEPT, en: NAMESPACES_KEPT });
    await waitForPracticeSaved(page, 'Y99001');
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('table', { name: 'Oriau agor' })).toBeVisible();
    await context.setOffline(false);
  });
});
