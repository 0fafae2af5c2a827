import type { Page } from '@playwright/test';
import { atTime, expect, expectPageDrawn, expectNoAxeViolations, MONDAY_MORNING, test } from './fixtures';

/** Every route and state of the foundation, as a patient can reach it. */
const STATES: { name: string; path: string; ready: (page: Page) => Promise<void> }[] = [
  { name: 'find a practice', path: '/', ready: (p) => expectPageDrawn(p) },
  { name: 'search results', path: '/?q=sampleford', ready: (p) => expect(p.getByRole('heading', { level: 2 }).first()).toBeVisible() },
  { name: 'search error', path: '/?q=x', ready: (p) => expect(p.locator('.nhsuk-error-message')).toBeVisible() },
  { name: 'no results', path: '/?q=nowhere', ready: (p) => expect(p.getByRole('heading', { level: 2 })).toBeVisible() },
  { name: 'practice open', path: '/Y99001', ready: (p) => expect(p.getByTestId('requests-status')).toBeVisible() },
  { name: 'practice closed', path: '/Y99002', ready: (p) => expect(p.getByTestId('requests-status')).toBeVisible() },
  { name: 'journeys off', path: '/Y99003', ready: (p) => expect(p.getByTestId('requests-status')).toBeVisible() },
  { name: 'tiny capacity', path: '/Y99004', ready: (p) => expect(p.getByTestId('requests-status')).toBeVisible() },
  { name: 'practice not found', path: '/Z12345', ready: (p) => expectPageDrawn(p) },
  { name: 'page not found', path: '/no/such/page', ready: (p) => expectPageDrawn(p) },
];

async function useLanguage(page: Page, code: string) {
  await page.addInitScript((language) => localStorage.setItem('front-door:language', language), code);
}

type FocusStop = { id: string | null; html: string; visible: boolean };

/**
 * Presses Tab `presses` times and notes each element focus lands on, whether focus shows
 * there, and which of the numbered elements (data-fd-focus-id) were reached.
 */
async function tabThrough(page: Page, presses: number) {
  const stops: FocusStop[] = [];
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const visible =
        (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
        style.boxShadow !== 'none' ||
        style.backgroundColor === 'rgb(255, 235, 59)';
      return { id: el.getAttribute('data-fd-focus-id'), html: el.outerHTML.slice(0, 80), visible };
    });
    if (stop) stops.push(stop);
  }
  const reached = new Set(stops.flatMap((stop) => (stop.id ? [stop.id] : [])));
  return { stops, reached };
}

for (const language of ['en', 'cy']) {
  test.describe(`accessibility in ${language}`, () => {
    test.beforeEach(async ({ page }) => {
      await atTime(page, MONDAY_MORNING);
      await useLanguage(page, language);
    });

    for (const state of STATES) {
      test(`${state.name} has no axe violations`, async ({ page }) => {
        await page.goto(state.path);
        await state.ready(page);
        await expect(page.locator('html')).toHaveAttribute('lang', language);
        await expectNoAxeViolations(page);
      });
    }

    test('the language picker open and the offline banner shown have no axe violations', async ({ page, context }) => {
      await page.goto('/Y99001');
      await expect(page.getByTestId('requests-status')).toBeVisible();
      await page.locator('summary').first().click();
      await context.setOffline(true);
      await expect(page.getByTestId('offline-indicator')).toBeVisible();
      await expectNoAxeViolations(page);
      await context.setOffline(false);
    });
  });
}

test.describe('keyboard', () => {
  test.beforeEach(async ({ page }) => atTime(page, MONDAY_MORNING));

  for (const path of ['/', '/?q=sampleford', '/Y99001']) {
    test(`every link and control on ${path} is reachable by Tab with a visible focus`, async ({ page }) => {
      await page.goto(path);
      await expectPageDrawn(page);
      // Number every visible focusable element, then Tab through the page and tick them off.
      const total = await page
        .locator('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])')
        .evaluateAll((elements) =>
          elements
            .filter((e) => e.getClientRects().length > 0 && !e.closest('details:not([open]) > :not(summary)'))
            .map((e, i) => e.setAttribute('data-fd-focus-id', String(i))).length,
        );
      const { stops, reached } = await tabThrough(page, total + 3);
      for (const stop of stops) expect(stop.visible, `focus is visible on ${stop.html}`).toBe(true);
      expect(reached.size).toBe(total);
    });
  }
});
