import { chromium, type Browser } from '@playwright/test';
import { CHROME, CHROME_FLAGS } from './lighthouse';
import { whenStopping } from './stop-list';

/** Debian's Chromium (or CHROME_PATH), headless, closed when the bench stops. */
export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_FLAGS });
  whenStopping(() => browser.close());
  return browser;
}
