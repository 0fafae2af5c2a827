import type { BrowserContext, Page } from '@playwright/test';
import { atTime, expect, expectNoAxeViolations, MONDAY_MORNING, test, waitForPracticeSaved } from './fixtures';
import { draftForTest, openCheckWithDraft } from './outbox-helpers';

/**
 * Lite mode: a browser that asks to save data (Save-Data) gets it without asking, and
 * nothing is downloaded ahead: not the rest of the app, not other words.
 */
async function saveData(context: BrowserContext, page: Page) {
  await context.setExtraHTTPHeaders({ 'Save-Data': 'on' });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setDataSaverOverride', { dataSaverEnabled: true });
}

/** Every same-origin request, from the page and from its service worker. */
function requestsOf(context: BrowserContext) {
  const urls: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.hostname === '127.0.0.1') urls.push(url.pathname);
  });
  return urls;
}

/** Every app file and catalogue this page loaded is in the lite worker's caches (it stores them as they load). */
/** Every app file and catalogue the page asked for (seen as it asks, even when the worker answers). */
const openedFiles = new WeakMap<Page, Set<string>>();
function watchOpenedFiles(page: Page) {
  const opened = new Set<string>();
  openedFiles.set(page, opened);
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.hostname === '127.0.0.1' && /^\/(assets|locales)\//.test(url.pathname)) opened.add(url.href);
  });
}

/** Every app file and catalogue this page loaded is in the lite worker's caches (it stores them as they load). */
const expectEveryFileOpenedKept = (page: Page) =>
  expect
    .poll(async () => {
      const opened = [...(openedFiles.get(page) ?? [])];
      const kept = await page.evaluate(async (urls) => Promise.all(urls.map(async (url) => Boolean(await caches.match(url)))), opened);
      return opened.length > 0 && kept.every(Boolean);
    })
    .toBe(true);

const liteWorkerControls = (page: Page) =>
  expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? '')).toMatch(/\/sw-lite\.js$/);

test('with Save-Data, lite mode is on and nothing is fetched ahead', async ({ context, page }) => {
  await saveData(context, page);
  const urls = requestsOf(context);
  await atTime(page, MONDAY_MORNING);
  await page.goto('/Y99001');
  await expect(page.getByRole('heading', { level: 1, name: 'Riverside Medical Practice' })).toBeVisible();
  await page.evaluate(() => navigator.serviceWorker.ready);
  await liteWorkerControls(page);
  // This test proves an absence (nothing fetched ahead), so it must wait for the network
  // to fall quiet: no event marks "everything the app would fetch on its own is done".
  // eslint-disable-next-line playwright/no-networkidle
  await page.waitForLoadState('networkidle');

  // No full offline download, no pages the patient did not open, and only the words
  // this page shows (the practice home has an NHS App reminder).
  expect(urls).not.toContain('/sw.js');
  const chunks = urls.filter((u) => u.startsWith('/assets/'));
  for (const unopened of ['staff-page', 'referral-page', 'book-appointment-page', 'check-page', 'photos-page', 'settings-page', 'nhs-app-guide-page']) {
    expect(chunks.filter((c) => c.includes(`/${unopened}-`)), unopened).toEqual([]);
  }
  const words = urls.filter((u) => u.startsWith('/locales/'));
  expect(words.every((u) => /^\/locales\/en\/(common|practice|nhs-app-nudge)\.json$/.test(u)), words.join(' ')).toBe(true);

  // The settings page shows lite mode on, chosen by the browser, and what it saved.
  await page.goto('/settings');
  await expect(page.getByRole('group', { name: 'Lite mode' }).getByLabel('On')).toBeChecked();
  await expect(page.getByTestId('data-saved')).toContainText(/Lite mode has saved about \d/);
  await expectNoAxeViolations(page);
});

test('in lite mode, a page opened once still opens offline', async ({ context, page }) => {
  await saveData(context, page);
  watchOpenedFiles(page);
  await atTime(page, MONDAY_MORNING);
  await page.goto('/Y99001');
  await expect(page.getByRole('heading', { level: 1, name: 'Riverside Medical Practice' })).toBeVisible();
  await page.evaluate(() => navigator.serviceWorker.ready);
  await liteWorkerControls(page);
  // Opened once under the lite worker, so its files are kept as they load.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Riverside Medical Practice' })).toBeVisible();
  await expectEveryFileOpenedKept(page);
  await waitForPracticeSaved(page, 'Y99001');
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Riverside Medical Practice' })).toBeVisible();
  await expect(page.getByText('In an emergency, call 999', { exact: false }).first()).toBeVisible();
  await context.setOffline(false);
});

test('without Save-Data, the full app is kept for offline use', async ({ context, page }) => {
  const urls = requestsOf(context);
  await atTime(page, MONDAY_MORNING);
  await page.goto('/Y99001');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => urls.some((u) => /\/assets\/staff-page-/.test(u))).toBe(true);
  await expect.poll(() => urls.filter((u) => u.startsWith('/locales/en/')).length).toBeGreaterThan(5);
});

/** Same-origin requests that went over the network: from the service worker, or not through it. */
function networkRequestsOf(context: BrowserContext) {
  const paths: string[] = [];
  context.on('requestfinished', async (request) => {
    const url = new URL(request.url());
    if (url.hostname !== '127.0.0.1') return;
    const response = await request.response();
    if (request.serviceWorker() || !response?.fromServiceWorker()) paths.push(url.pathname);
  });
  return paths;
}

test('in lite mode, a return visit downloads no page shell, app file, icon or words again', async ({ context, page }) => {
  await saveData(context, page);
  await atTime(page, MONDAY_MORNING);
  await page.goto('/Y99001');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await liteWorkerControls(page);
  // The first visit's page loaded before the worker: the worker keeps its shell from the
  // browser's cache, so even the first return visit downloads no shell.
  await expect.poll(() => page.evaluate(async () => Boolean(await caches.match('/index.html')))).toBe(true);
  // This test proves an absence (nothing downloaded again), so it waits for the network to
  // fall quiet: no event marks "everything the page would fetch on its own is done".
  // eslint-disable-next-line playwright/no-networkidle
  await page.waitForLoadState('networkidle');
  // What the page starts once it is drawn (src/platform/first-page.ts) waits for an idle
  // moment, and the worker keeps the files loaded before it took control one by one, from
  // the browser's cache (no network, so "networkidle" waits for neither). Wait until the
  // page has loaded no new file for a second and the worker has every one.
  await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 5000 })));
  let filesBefore = -1;
  await expect
    .poll(
      async () => {
        const { files, kept } = await page.evaluate(async () => {
          const ours = performance
            .getEntriesByType('resource')
            .map((entry) => new URL(entry.name))
            .filter((url) => url.origin === location.origin && /^\/(assets|locales)\//.test(url.pathname));
          return { files: ours.length, kept: (await Promise.all(ours.map((url) => caches.match(url.href)))).every(Boolean) };
        });
        const settled = files === filesBefore && kept;
        filesBefore = files;
        return settled;
      },
      // A slow machine may take a while to fall quiet; this waits, it does not judge.
      { intervals: [1000], timeout: 20_000 },
    )
    .toBe(true);

  const network = networkRequestsOf(context);
  for (let visit = 0; visit < 3; visit++) {
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Riverside Medical Practice' })).toBeVisible();
    // eslint-disable-next-line playwright/no-networkidle -- proving an absence, as above
    await page.waitForLoadState('networkidle');
  }
  // Only the practice's own details (opening hours change) may come from the network.
  expect(network.filter((path) => !path.startsWith('/api/')), network.join(' ')).toEqual([]);
  // A file the worker has not kept does go to the network, and is seen here.
  await page.evaluate(() => fetch('/robots.txt'));
  await expect.poll(() => network).toContain('/robots.txt');
});

test('in lite mode, signal lost at Check your answers: Send still opens the page that says the request waits on the phone', async ({ context, page }) => {
  await saveData(context, page);
  await atTime(page, MONDAY_MORNING);
  const draft = draftForTest();
  await openCheckWithDraft(page, draft);
  await liteWorkerControls(page);
  // Lite mode keeps only pages opened, and the patient has never opened this one.
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Saved on this phone' })).toBeVisible();
  await expect(page.getByTestId('request-state')).toHaveAttribute('data-state', 'waiting');
  await context.setOffline(false);
  await expect(page.getByTestId('request-state')).toHaveAttribute('data-state', 'sent');
});
