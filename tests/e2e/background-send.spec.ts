import type { BrowserContext, Page } from '@playwright/test';
import { atTime, expect, expectNoAxeViolations, MONDAY_MORNING, test, waitForServiceWorker } from './fixtures';
import { draftForTest, openCheckWithDraft, storedCopies } from './outbox-helpers';
import { received } from './request-helpers';

/**
 * Issue 16.6: a request saved offline is sent by the service worker when the connection
 * returns, with every page of Front Door closed (Background Sync), exactly once; and the
 * waiting page promises that only where the browser has taken it on.
 */

const SENDS_ITSELF = 'We will send it when you are back online, even if you close Front Door.';
const OPEN_AGAIN = 'We will send it when you are back online and Front Door is open. If you close it, open Front Door again when you are back online.';
const TAG = 'send-requests';

/** The Background Sync tags the browser holds for this origin's worker. */
const syncTags = (page: Page) =>
  page.evaluate(async () => {
    const registration = (await navigator.serviceWorker.getRegistration()) as (ServiceWorkerRegistration & { sync?: { getTags(): Promise<string[]> } }) | undefined;
    return registration?.sync ? registration.sync.getTags() : [];
  });

/**
 * Fires our sync event in the origin's service worker through the DevTools protocol, as
 * the browser does when the connection returns. Attached to a blank page, so it works with
 * every page of the app closed.
 */
async function fireSync(context: BrowserContext, origin: string) {
  const blank = context.pages().find((p) => p.url() === 'about:blank') ?? (await context.newPage());
  const cdp = await context.newCDPSession(blank);
  const registrations: { registrationId: string; scopeURL: string; isDeleted: boolean }[] = [];
  cdp.on('ServiceWorker.workerRegistrationUpdated', (event) => registrations.push(...event.registrations));
  await cdp.send('ServiceWorker.enable');
  await expect.poll(() => registrations.some((r) => r.scopeURL === `${origin}/` && !r.isDeleted)).toBe(true);
  const { registrationId } = registrations.filter((r) => r.scopeURL === `${origin}/` && !r.isDeleted).at(-1)!;
  await cdp.send('ServiceWorker.dispatchSyncEvent', { origin, registrationId, tag: TAG, lastChance: false });
  await cdp.detach();
}

test.describe('sending with Front Door closed (Background Sync)', () => {
  test.beforeEach(async ({ page }) => atTime(page, MONDAY_MORNING));

  test('offline, Send, every page closed: back online, the service worker sends it once, and the app shows it sent with its reference', async ({ page, context, request, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    await page.goto('/Y99001');
    await waitForServiceWorker(page);
    const draft = draftForTest();
    await openCheckWithDraft(page, draft);

    await context.setOffline(true);
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect(page.getByTestId('request-state')).toHaveAttribute('data-state', 'waiting');
    // The browser has taken it on, so the page may say so, and still that it is not at once.
    await expect(page.getByTestId('request-state').getByRole('status')).toHaveText(
      `${SENDS_ITSELF} Your phone decides when, so it may not be straight away. Opening Front Door again sends it too.`,
    );
    expect(await syncTags(page)).toEqual([TAG]);
    await expectNoAxeViolations(page);
    const sentUrl = page.url();

    // Every page of the app closed; only a blank tab is left to reach DevTools through.
    const appPages = context.pages();
    await context.newPage();
    for (const p of appPages) await p.close();
    expect((await storedCopies(request, draft)).byId).toBe(0);

    await context.setOffline(false);
    await fireSync(context, origin);
    await expect.poll(async () => (await storedCopies(request, draft)).byId).toBe(1);
    const { reference } = await storedCopies(request, draft);
    expect((await received(request)).attempts[draft.id]).toBe(1);

    const reopened = await context.newPage();
    await reopened.goto(sentUrl);
    await expect(reopened.getByTestId('request-state')).toHaveAttribute('data-state', 'sent');
    await expect(reopened.getByTestId('reference')).toHaveText(reference!);
    expect((await storedCopies(request, draft)).byWords).toBe(1);
  });

  test('a sync fired while a page is sending the same request: the worker waits for the Web Lock, finds it sent, and the practice gets one copy', async ({ page, context, request, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    await page.goto('/Y99001');
    await waitForServiceWorker(page);
    const draft = draftForTest();
    await openCheckWithDraft(page, draft);

    // The page's POST waits here, with the outbox lock held, until the worker is in line for it.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/fhir', async (route) => {
      await released;
      await route.continue();
    });
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect.poll(() => page.evaluate(async () => (await navigator.locks.query()).held?.map((l) => l.name) ?? [])).toContain('front-door-outbox');

    await fireSync(context, origin);
    await expect.poll(() => page.evaluate(async () => (await navigator.locks.query()).pending?.map((l) => l.name) ?? [])).toContain('front-door-outbox');
    release();

    await expect(page.getByTestId('request-state')).toHaveAttribute('data-state', 'sent');
    await expect.poll(async () => (await page.evaluate(async () => (await navigator.locks.query()).pending?.length ?? 0))).toBe(0);
    expect(await storedCopies(request, draft)).toMatchObject({ byId: 1, byWords: 1 });
    expect((await received(request)).attempts[draft.id]).toBe(1);
  });

  test('in lite mode (its small worker has no Background Sync) the browser is not asked, and the page says to open Front Door again', async ({ page, context }) => {
    await page.goto('/settings');
    await page.getByRole('group', { name: 'Lite mode' }).getByLabel('On').check();
    await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.ready).active?.scriptURL ?? '')).toMatch(/\/sw-lite\.js$/);
    const draft = draftForTest();
    // Lite mode keeps only pages opened: open the confirmation page once, while online.
    await page.goto(`/Y99001/request/sent/${draft.id}`);
    await expect(page.getByText('We could not find this request on this phone.')).toBeVisible();
    await openCheckWithDraft(page, draft);

    await context.setOffline(true);
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect(page.getByTestId('request-state')).toHaveAttribute('data-state', 'waiting');
    await expect(page.getByTestId('request-state').getByRole('status')).toHaveText(OPEN_AGAIN);
    expect(await syncTags(page)).toEqual([]);
    await context.setOffline(false);
    await expect(page.getByTestId('request-state')).toHaveAttribute('data-state', 'sent');
  });
});
