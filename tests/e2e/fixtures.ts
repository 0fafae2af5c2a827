import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test as base, expect, type Frame, type FrameLocator, type Page } from '@playwright/test';
import { backendURL } from '../../playwright.config';

/** A Monday morning in November: Riverside is open, Hillview is closed for a flood. */
export const MONDAY_MORNING = '2026-11-23T10:00:00Z';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Sets the mock backend's clock and reseeds it, and starts the page's clock at the same
 * moment. Time then flows normally (a frozen Date.now would stall throttles and timers).
 * `backend: false` only starts the page's clock: a second browser joining a test whose
 * backend is already set (and must not be reseeded) reads the same time.
 */
export async function atTime(page: Page, iso: string, { pageClock = true, backend = true } = {}) {
  if (backend) {
    const response = await page.request.post('/__test/clock', { data: { now: iso } });
    expect(response.ok()).toBe(true);
  }
  if (!pageClock) return; // the fake clock also fakes `performance`, which some tests read
  await page.clock.install({ time: new Date(iso) });
  await page.clock.resume();
}

/** Runs axe-core in the page or one frame (evaluated, so the app's strict CSP need not be relaxed). */
export async function axeViolations(page: Page | Frame) {
  await page.evaluate(axeSource);
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations as { id: string; help: string; nodes: { target: string[] }[] }[];
  }, AXE_TAGS);
}

export async function expectNoAxeViolations(page: Page | Frame) {
  const violations = await axeViolations(page);
  expect(
    violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
  ).toEqual([]);
}

/**
 * Waits until the app has drawn its page: a level 1 heading shown, and no placeholder
 * left. index.html has a heading of its own ("Contact your GP practice") and a "Loading…"
 * line, shown until the app's first render commits, and a loading page shows the same
 * line: a bare heading check could pass on that placeholder, before the page is there.
 */
export async function expectPageDrawn(page: Page | Frame | FrameLocator) {
  await expect(page.locator('.fd-loading')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** Waits until the service worker controls the page (after the first visit and a reload). */
export async function waitForServiceWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) {
    await page.reload();
  }
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
}

/** Waits until the practice's details are saved in IndexedDB (the cache is saved throttled). */
export async function waitForPracticeSaved(page: Page, ods: string) {
  await expect
    .poll(() =>
      page.evaluate(
        (code) =>
          new Promise<boolean>((resolve) => {
            const open = indexedDB.open('front-door-cache');
            open.onsuccess = () => {
              const get = open.result.transaction('query-cache').objectStore('query-cache').get('front-door-queries');
              get.onsuccess = () => resolve(typeof get.result === 'string' && get.result.includes(`"ods":"${code}"`));
              get.onerror = () => resolve(false);
            };
            open.onerror = () => resolve(false);
          }),
        ods,
      ),
    )
    .toBe(true);
}

/**
 * For a file whose journeys never use the service worker (the pwa, lite-mode, outbox and
 * offline tests do): `test.use(WITHOUT_SERVICE_WORKER)`. Each new browser context then skips
 * installing the worker and precaching ~160 files, about a fifth of such a test's time.
 * A test of offline, the outbox or the caches must keep the worker.
 */
export const WITHOUT_SERVICE_WORKER = { serviceWorkers: 'block' } as const;

export const test = base.extend<{ thirdPartyRequests: string[] }>({
  // Each worker talks to its own backend (playwright.config.ts).
  baseURL: async ({}, use, testInfo) => {
    await use(backendURL(testInfo.parallelIndex));
  },
  // Every test records requests to any host but the app's own: there must be none.
  thirdPartyRequests: async ({ page, baseURL }, use) => {
    const seen: string[] = [];
    const own = new URL(baseURL!).origin;
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol.startsWith('http') && url.origin !== own) seen.push(request.url());
    });
    await use(seen);
    expect(seen, 'requests to hosts other than the app itself').toEqual([]);
  },
});

export { expect };
