import type { Browser } from '@playwright/test';

declare global {
  interface Window {
    /** performance.now() at the first frame that shows the awaited heading. */
    __benchHeadingAt?: number;
  }
}

/**
 * The in-page watcher, as source text: tsx would wrap a function's inner functions in a
 * helper the page does not have.
 */
const headingWatch = (heading: string) => `(() => {
  const name = ${JSON.stringify(heading)};
  const shown = () => [...document.querySelectorAll('h1')].some((h1) => h1.textContent.trim() === name && h1.getClientRects().length > 0);
  const observer = new MutationObserver(() => {
    if (!shown()) return;
    observer.disconnect();
    requestAnimationFrame(() => { window.__benchHeadingAt = performance.now(); });
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
})();`;

/**
 * Milliseconds from navigation start until the page's level 1 heading `heading` is on
 * screen, with the CPU slowed 4 times (CDP Emulation.setCPUThrottlingRate), in a fresh
 * context: empty HTTP cache, no service worker yet. Timed inside the page: an observer
 * sees the heading arrive and the next animation frame (the one that paints it) is the time.
 */
export async function headingTime(browser: Browser, url: string, heading: string): Promise<number> {
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  try {
    const page = await context.newPage();
    await page.addInitScript(headingWatch(heading));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(url, { waitUntil: 'commit' });
    const at = await page.waitForFunction(() => window.__benchHeadingAt, undefined, { timeout: 120_000 });
    return Math.round((await at.jsonValue()) as number);
  } finally {
    await context.close();
  }
}
