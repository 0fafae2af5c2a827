import type { Browser, BrowserContext, Page } from '@playwright/test';
import { wireMeter, type WireBytes } from './wire-bytes';
import { BENCH_MOMENT } from './servers';

/** The practice the walk uses (Riverside, a demo practice seeded by server/start.ts). */
const PRACTICE = 'Y99001';
/** Fictional: an NHS number from the never-issued 999 range, an Ofcom drama phone number. */
const ADA = { given: 'Ada', family: 'Testperson', day: '7', month: '3', year: '1980', nhs: '9991112227', postcode: 'EX1 2AB', phone: '07700 900982' };

const next = (page: Page) => page.getByRole('button', { name: 'Continue' }).click();
const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name }).waitFor();

/**
 * A patient's whole admin request (a fit note for herself), from the practice home to
 * "sent", as the browser tests walk it (tests/e2e/request-helpers.ts), written again here
 * with plain Playwright so the bench needs no test runner.
 */
export async function walkAdminRequest(page: Page, origin: string) {
  await page.goto(`${origin}/${PRACTICE}`);
  await page.getByRole('link', { name: 'Ask for help' }).click();
  await heading(page, 'Ask your GP practice for help');
  await page.getByRole('link', { name: 'Start now' }).click();
  await page.getByLabel('Something else, like a fit note or a letter').check();
  await next(page);
  await page.getByLabel('A fit note (sick note)', { exact: true }).check();
  await next(page);
  await page.getByLabel('Me', { exact: true }).check();
  await page.getByLabel('No', { exact: true }).check();
  await next(page);
  await heading(page, 'Your details');
  await page.getByLabel('First name', { exact: true }).fill(ADA.given);
  await page.getByLabel('Last name', { exact: true }).fill(ADA.family);
  await page.getByLabel('Day').fill(ADA.day);
  await page.getByLabel('Month').fill(ADA.month);
  await page.getByLabel('Year').fill(ADA.year);
  await page.getByLabel('NHS number (optional)').fill(ADA.nhs);
  await page.getByLabel('Postcode').fill(ADA.postcode);
  await next(page);
  await page.getByLabel('Tell us what you need').fill('I need a fit note for my back, from 1 to 14 December.');
  await next(page);
  await page.waitForURL(/\/request\/contact$/);
  await page.getByLabel('Phone call').check();
  await page.getByLabel('Phone number').fill(ADA.phone);
  await page.getByLabel('Morning (8am to 12pm)').check();
  await page.getByRole('group', { name: 'Can we leave a message if you do not answer?' }).getByLabel('Yes').check();
  await next(page);
  await page.getByLabel('No, I do not need help').check();
  await next(page);
  await page.getByLabel('No', { exact: true }).check();
  await next(page);
  await heading(page, 'Check your answers before sending your request');
  await page.getByRole('button', { name: 'Send request' }).click();
  await page.locator('[data-testid="request-state"][data-state="sent"]').waitFor({ timeout: 60_000 });
}

/** Lite mode as a phone asks for it: the Save-Data header and the data saver setting. */
async function askToSaveData(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setDataSaverOverride', { dataSaverEnabled: true });
}

export interface RequestBytes {
  firstVisit: WireBytes;
  returnVisit: WireBytes;
}

/**
 * Bytes over the wire for one whole request on a return visit. The first visit is a
 * patient's first request: it walks an admin request to "sent" while the service worker
 * installs (in normal mode it keeps the whole app for offline use; in lite mode only
 * the files that request opened). The return visit, in a new tab, is the same patient's
 * next request: the figure a patient pays each time, and the one lite mode must not
 * exceed. Lite mode's saving is on the first visit, which is reported beside it.
 */
export async function requestBytes(browser: Browser, origin: string, { lite }: { lite: boolean }): Promise<RequestBytes> {
  const context = await browser.newContext({ serviceWorkers: 'allow', locale: 'en-GB', timezoneId: 'Europe/London' });
  const meter = await wireMeter(browser);
  try {
    // The page's clock agrees with the backend's (a weekday morning), then runs on.
    await context.clock.install({ time: new Date(BENCH_MOMENT) });
    await context.clock.resume();
    if (lite) await context.setExtraHTTPHeaders({ 'Save-Data': 'on' });
    const visit = async (walk: (page: Page) => Promise<void>, quietMs: number) => {
      const page = await context.newPage();
      if (lite) await askToSaveData(context, page);
      await meter.ready();
      meter.start();
      await walk(page);
      const bytes = await meter.stop(quietMs);
      await page.close();
      return bytes;
    };
    const firstVisit = await visit(async (page) => {
      await walkAdminRequest(page, origin);
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    }, 4_000);
    const returnVisit = await visit(async (page) => {
      await walkAdminRequest(page, origin);
      // The page the walk ended on is controlled by the worker the first visit installed.
      if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) throw new Error('The return visit was not controlled by the service worker');
    }, 2_000);
    return { firstVisit, returnVisit };
  } finally {
    await meter.close();
    await context.close();
  }
}
