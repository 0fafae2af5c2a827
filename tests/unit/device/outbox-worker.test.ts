import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mockStore } from '../../../mocks/node';
import { ApiError, NetworkError } from '../../../src/platform/api/client';
import { closeDeviceDb, DRAFTS, OUTBOX, readAll } from '../../../src/platform/device/device-db';
import { createOutbox, type OutboxSetup } from '../../../src/platform/device/outbox';
import { OUTBOX_NAME, postRequest } from '../../../src/platform/device/outbox-sending';
import { sendFromWorker, StillWaiting, type WorkerSetup } from '../../../src/platform/device/outbox-worker';
import type { RequestDraft } from '../../../src/domain/request/draft';
import { buildRequestBundle } from '../../../src/domain/request/fhir-bundle';
import type { OutboxEntry } from '../../../src/domain/request/outbox-state';
import { replySummary } from '../../../src/domain/request/reply-summary';
import { lockHub } from '../../setup/web-locks';
import { completeDraft, NOW } from '../request/fixtures';
import '../../setup/mock-backend';

/**
 * Issue 16.6: the service worker sends what waits on the device when the browser fires
 * Background Sync, with the page closed, by the same rules as a page: the same Web Lock,
 * the client id as idempotency key, each answer recorded the same way. A page (a "tab" of
 * the outbox) and the worker share one IndexedDB (fake-indexeddb) and one lock manager;
 * the practice is the mock backend in process.
 */

const ID = '8b1e2c3d-4f5a-4b6c-8d7e-9f0a1b2c3d4e';
const draft: RequestDraft = { ...completeDraft(), id: ID };
const bundle = () => buildRequestBundle(draft, null, [], NOW);

let hub: ReturnType<typeof lockHub>;
const pages: { stop(): void }[] = [];

function openPage(setup: Partial<OutboxSetup> = {}) {
  const outbox = createOutbox({ post: postRequest, locks: hub.tab().locks, now: () => new Date(), sharedDevice: () => false, channel: null, ...setup });
  pages.push(outbox);
  return outbox;
}

/** The worker as the browser wakes it: its own lock handle on the same origin, and what it told open pages. */
function worker(setup: Partial<WorkerSetup> = {}) {
  let announced = 0;
  const run = () => sendFromWorker({ post: postRequest, locks: hub.tab().locks, now: () => new Date(), announce: () => announced++, ...setup });
  return { run, announced: () => announced };
}

/** A request queued while offline: on the device, waiting, its draft marked submitted. */
async function queuedOffline(page = openPage({ post: () => Promise.reject(new NetworkError('offline')) })) {
  await page.submit(draft, bundle(), replySummary(draft));
  await page.flush();
  page.stop();
  return page;
}

const stored = () => [...mockStore.requests.byId.values()];
const posts = (id = ID) => mockStore.requests.attempts.get(id) ?? 0;
async function onDevice() {
  return { outbox: await readAll<OutboxEntry>(OUTBOX), drafts: await readAll<RequestDraft>(DRAFTS) };
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  closeDeviceDb();
  hub = lockHub();
  mockStore.clock.set(NOW);
});

afterEach(() => {
  for (const page of pages.splice(0)) page.stop();
  closeDeviceDb();
});

describe('the service worker, woken by Background Sync with every page closed', () => {
  it('sends what waits on the device and records it as a page would: reference and status key kept, Bundle and draft gone', async () => {
    await queuedOffline();
    expect((await onDevice()).outbox).toEqual([expect.objectContaining({ status: 'waiting', lastFailure: 'offline' })]);

    const sync = worker();
    await sync.run();
    expect(stored()).toHaveLength(1);
    const device = await onDevice();
    expect(device.outbox).toEqual([
      { id: ID, ods: 'Y99001', kind: 'admin', queuedAt: expect.any(String), status: 'sent', reference: stored()[0]!.reference, sentAt: expect.any(String), statusKey: expect.stringMatching(/^[0-9a-f]{32}$/) },
    ]);
    expect(device.drafts).toEqual([]);
    expect(sync.announced()).toBe(1); // an open page would show it sent
  });

  it('sends at once when woken, whatever the backoff: the browser wakes it because the connection is back', async () => {
    const page = openPage({ post: () => Promise.reject(new NetworkError('offline')) });
    await page.submit(draft, bundle());
    for (let i = 0; i < 5; i++) await page.flush({ force: true });
    page.stop();
    const [waiting] = (await onDevice()).outbox;
    // Several failures: the page would wait a while before its next try.
    expect(waiting).toMatchObject({ status: 'waiting', lastFailure: 'offline' });
    expect(Date.parse((waiting as { nextAttemptAt: string }).nextAttemptAt)).toBeGreaterThan(Date.now() + 10_000);
    await worker().run();
    expect(stored()).toHaveLength(1);
  });

  it('still without a connection: keeps the request waiting and fails the sync, so the browser tries again; the next try sends it once', async () => {
    await queuedOffline();
    const offline = worker({ post: () => Promise.reject(new NetworkError('failed')) });
    await expect(offline.run()).rejects.toBeInstanceOf(StillWaiting);
    expect((await onDevice()).outbox[0]).toMatchObject({ status: 'waiting', lastFailure: 'failed' });

    await worker().run();
    expect(stored()).toHaveLength(1);
    expect((await onDevice()).outbox[0]).toMatchObject({ status: 'sent' });
  });

  it('a 5xx fails the sync too (never "sent"), and the retry carries the same client id', async () => {
    await queuedOffline();
    const busy = worker({ post: () => Promise.reject(new ApiError(503)) });
    await expect(busy.run()).rejects.toBeInstanceOf(StillWaiting);
    expect((await onDevice()).outbox[0]).toMatchObject({ status: 'waiting', lastFailure: 'server' });
    await worker().run();
    expect([...mockStore.requests.byId.keys()]).toEqual([ID]);
  });

  it('a refusal (4xx) is kept for the patient to fix, with its draft, and ends the sync: sending it again as it is would not help', async () => {
    const bad: RequestDraft = { ...draft, patient: { ...draft.patient, postcode: 'nope' } };
    const page = openPage({ post: () => Promise.reject(new NetworkError('offline')) });
    await page.submit(bad, buildRequestBundle(bad, null, [], NOW));
    await page.flush();
    page.stop();

    await worker().run(); // resolves: nothing is left to try
    const device = await onDevice();
    expect(device.outbox).toEqual([expect.objectContaining({ status: 'rejected', reason: 'invalid', fields: ['postcode'] })]);
    expect(device.drafts).toEqual([expect.objectContaining({ id: ID, submittedAt: expect.any(String) })]);
    expect(stored()).toEqual([]);
  });

  it('fired while a page is sending the same request: it waits for the lock, finds it sent, and posts nothing', async () => {
    let practiceAnswers!: () => void;
    const held = new Promise<void>((resolve) => (practiceAnswers = resolve));
    let pagePosted!: () => void;
    const pageSending = new Promise<void>((resolve) => (pagePosted = resolve));
    const page = openPage({
      post: async (entry) => {
        pagePosted();
        await held;
        return postRequest(entry);
      },
    });
    await page.submit(draft, bundle());
    await pageSending; // the page holds the lock, its POST on its way

    let workerPosted = false;
    const synced = worker({
      post: (entry) => {
        workerPosted = true;
        return postRequest(entry);
      },
    }).run();
    // The worker has either queued for the lock or (were there none) posted its own copy.
    await vi.waitFor(() => expect(workerPosted || hub.pending(OUTBOX_NAME) === 1).toBe(true));
    practiceAnswers();
    await Promise.all([synced, page.flush()]);
    expect(workerPosted).toBe(false);
    expect(posts()).toBe(1);
    expect(stored()).toHaveLength(1);
    expect(await page.entry(ID)).toMatchObject({ status: 'sent', reference: stored()[0]!.reference });
  });

  it('has nothing to send from a shared device: its request was never written, only kept in its page', async () => {
    const page = openPage({ sharedDevice: () => true, post: () => Promise.reject(new NetworkError('offline')) });
    await page.submit(draft, bundle());
    await page.flush();
    await worker().run();
    expect(posts()).toBe(0);
    expect(await page.entry(ID)).toMatchObject({ status: 'waiting', keptOnThisPageOnly: true });
  });
});

describe('asking the browser to send with the page closed', () => {
  /** A page whose asks are counted, with each ask noting how many requests were then on the device. */
  function countingPage(setup: Partial<OutboxSetup>) {
    const asks: number[] = [];
    const page = openPage({ sendWithPageClosed: async () => void asks.push((await readAll<OutboxEntry>(OUTBOX)).length), ...setup });
    return { page, asks };
  }

  it('offline, asks once the request is on the device and before Send is acknowledged', async () => {
    const { page, asks } = countingPage({ online: () => false, post: () => new Promise(() => undefined) });
    let askedWhenTold: number | null = null;
    page.onChange(() => (askedWhenTold ??= asks.length));
    await page.submit(draft, bundle());
    expect(asks).toEqual([1]);
    expect(askedWhenTold).toBe(1);
  });

  it('asks each time a try fails for want of a connection (the browser may have given up, or this is a later visit)', async () => {
    const { page, asks } = countingPage({ online: () => true, post: () => Promise.reject(new NetworkError('offline')) });
    await page.submit(draft, bundle());
    await page.flush({ force: true });
    await page.flush({ force: true });
    expect(asks.length).toBeGreaterThanOrEqual(2);
    expect(asks.every((onDevice) => onDevice === 1)).toBe(true);
  });

  it('online, does not ask: the browser would wake the worker at once to race this page, and a failing practice would get every try twice', async () => {
    const { page, asks } = countingPage({ online: () => true, post: () => Promise.reject(new ApiError(503)) });
    await page.submit(draft, bundle());
    await page.flush({ force: true });
    expect(await page.entry(ID)).toMatchObject({ status: 'waiting', lastFailure: 'server' });
    expect(asks).toEqual([]);
  });

  it('never asks for a shared device: nothing there for the worker to send', async () => {
    const { page, asks } = countingPage({ sharedDevice: () => true, online: () => false, post: () => Promise.reject(new NetworkError('offline')) });
    await page.submit(draft, bundle());
    await page.flush({ force: true });
    expect(asks).toEqual([]);
  });
});
