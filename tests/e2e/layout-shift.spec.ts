import type { Page } from '@playwright/test';
import { atTime, expect, MONDAY_MORNING, test, WITHOUT_SERVICE_WORKER } from './fixtures';

/**
 * Nothing on the page jumps while it loads: the shell keeps its space, so the footer never
 * moves into view and the words a patient starts reading stay where they are. Cumulative
 * layout shift is a count of moved area, not a time, so it is the same on any machine.
 */
async function layoutShiftAfterLoading(page: Page, path: string, heading: string) {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { shifts: number[] }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
        if (!entry.hadRecentInput) shifts.push(entry.value);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  // The practice's words, the NHS App reminder and a booking's services arrive after the
  // heading: wait for them, and for nothing on the page to say it is still loading.
  await expect(page.getByRole('contentinfo')).toBeAttached();
  await expect(page.getByRole('main').getByText('Loading…')).toHaveCount(0);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return page.evaluate(() => (window as unknown as { shifts: number[] }).shifts.reduce((sum, value) => sum + value, 0));
}

test.use(WITHOUT_SERVICE_WORKER);
for (const [path, heading] of [
  ['/', 'Find your GP practice'],
  ['/Y99001', 'Riverside Medical Practice'],
  ['/Y99001/request', 'Ask your GP practice for help'],
  ['/Y99001/appointments', 'Book an appointment'],
] as const) {
  test(`${path}: nothing moves while the page loads (layout shift at most 0.01)`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    await atTime(page, MONDAY_MORNING);
    expect(await layoutShiftAfterLoading(page, path, heading)).toBeLessThanOrEqual(0.01);
  });
}
