import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mockStore } from '../../../mocks/node';
import { ApiError, NetworkError } from '../../../src/platform/api/client';
import { closeDeviceDb, DEVICE_DB, DRAFTS, OUTBOX, readAll } from '../../../src/platform/device/device-db';
import { createOutbox, type OutboxSetup } from '../../../src/platform/device/outbox';
import { postRequest as sendToPractice } from '../../../src/platform/device/outbox-sending';
import { referenceOf } from '../../../src/platform/device/outbox-answers';
import type { RequestDraft } from '../../../src/domain/request/draft';
import { buildRequestBundle } from '../../../src/domain/request/fhir-bundle';
import type { OutboxEntry, WaitingEntry } from '../../../src/domain/request/outbox-state';
import { replySummary } from '../../../src/domain/request/reply-summary';
import { lockHub } from '../../setup/web-locks';
import { completeDraft, NOW } from '../request/fixtures';
import '../../setup/mock-backend';

/**
 * The outbox against a real IndexedDB implementation (fake-indexeddb) and the mock
 * practice backend (MSW, in process): each "tab" is an outbox of its own on the same
 * database and the same Web Locks, as two tabs of one origin are.
 */

const ID = '4d0f1b2a-6c3e-4a5b-9c8d-7e6f5a4b3c2d';
const draft: RequestDraft = { ...completeDraft(), id: ID };
const bundle = () => buildRequestBundle(draft, null, [], NOW);

type Post = OutboxSetup['post'];
// The app's own send (src/platform/device/outbox.ts): a FHIR transaction to the FHIR base.
const realPost: Post = sendToPractice;

let hub: ReturnType<typeof lockHub>;
const tabs: { stop(): void }[] = [];

function openTab({ post = realPost, shared = false, locks = true } = {}) {
  const tab = hub.tab();
  const outbox = createOutbox({ post, locks: locks ? tab.locks : null, now: () => new Date(), sharedDevice: () => shared, channel: null });
  tabs.push(outbox);
  return { outbox, close: tab.close };
}

/** What the practice has, and how many POSTs each request took. */
const stored = () => [...mockStore.requests.byId.values()];
const attempts = (id = ID) => mockStore.requests.attempts.get(id) ?? 0;

async function onDevice() {
  return { outbox: await readAll<OutboxEntry>(OUTBOX), drafts: await readAll<RequestDraft>(DRAFTS) };
}

beforeEach(() => {
  // A new device: an empty IndexedDB, and no connection open from the last test.
  globalThis.indexedDB = new IDBFactory();
  closeDeviceDb();
  hub = lockHub();
  mockStore.clock.set(NOW);
});

afterEach(() => {
  for (const tab of tabs.splice(0)) tab.stop();
  closeDeviceDb();
});

describe('Send', () => {
  it('puts the request and its draft, marked submitted, on the device before it answers', async () => {
    const { outbox } = openTab({ post: () => new Promise(() => undefined) }); // the practice never answers
    expect(await outbox.submit(draft, bundle(), replySummary(draft))).toBe('device');
    closeDeviceDb(); // read as the next page load would
    const device = await onDevice();
    expect(device.outbox).toEqual([expect.objectContaining({ id: ID, status: 'waiting', bundle: bundle() })]);
    expect(device.drafts).toEqual([expect.objectContaining({ id: ID, submittedAt: expect.any(String) })]);
  });

  it('is one transaction: if the draft cannot be written, the request is not queued either', async () => {
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === DRAFTS) throw new DOMException('the page went away', 'AbortError');
      return put.apply(this, args);
    });
    const { outbox } = openTab({ post: () => new Promise(() => undefined) });
    // Nothing on the device: this page keeps it, and says so.
    expect(await outbox.submit(draft, bundle())).toBe('page');
    vi.restoreAllMocks();
    expect((await onDevice()).outbox).toEqual([]);
    expect(await outbox.entry(ID)).toMatchObject({ status: 'waiting', keptOnThisPageOnly: true });
  });

  it('once sent, only the reference, the status and the status key stay: no Bundle, no reply summary, no draft', async () => {
    const { outbox } = openTab();
    await outbox.submit(draft, bundle(), replySummary({ ...draft, needs: { needs: ['interpreter'], language: 'Tigrinya' } }));
    await outbox.flush();
    const device = await onDevice();
    expect(device.drafts).toEqual([]);
    expect(device.outbox).toEqual([{ id: ID, ods: 'Y99001', kind: 'admin', queuedAt: expect.any(String), status: 'sent', reference: stored()[0]!.reference, sentAt: expect.any(String), statusKey: expect.stringMatching(/^[0-9a-f]{32}$/), lastKnown: { status: 'received', replies: [], checkedAt: expect.any(String) } }]);
    expect(JSON.stringify(device)).not.toContain('Tigrinya');
    // The page that sent it can still say how the practice will reply.
    expect((await outbox.entry(ID))?.reply?.language).toBe('Tigrinya');
  });
});

describe('exactly once', () => {
  it('an answer lost after the practice stored it: the resend carries the same client id and is stored once', async () => {
    let dropAnswer = true;
    const answers: unknown[] = [];
    const { outbox } = openTab({
      post: async (entry) => {
        const answer = await realPost(entry);
        answers.push(answer);
        if (dropAnswer) throw new NetworkError('failed'); // stored, but the answer never arrived
        return answer;
      },
    });
    await outbox.submit(draft, bundle());
    await outbox.flush();
    expect(stored()).toHaveLength(1);
    expect(await outbox.entry(ID)).toMatchObject({ status: 'waiting', lastFailure: 'failed', attempts: 1 });

    dropAnswer = false;
    await outbox.flush({ force: true });
    expect(await outbox.entry(ID)).toMatchObject({ status: 'sent', reference: stored()[0]!.reference });
    expect(stored()).toHaveLength(1);
    expect(attempts()).toBe(2);
    // The resend's answer is the first one, so the reference the patient is given is the one the practice filed.
    expect(answers).toHaveLength(2);
    expect(answers[1]).toEqual(answers[0]);
    expect(referenceOf(answers[1], ID)).toBe(stored()[0]!.reference);
  });

  it('a 5xx is never "sent": it waits, then goes again with the same client id', async () => {
    let failures = 2;
    const { outbox } = openTab({
      post: async (entry) => {
        if (failures-- > 0) throw new ApiError(503);
        return realPost(entry);
      },
    });
    await outbox.submit(draft, bundle());
    await outbox.flush();
    expect(await outbox.entry(ID)).toMatchObject({ status: 'waiting', lastFailure: 'server' });
    await outbox.flush({ force: true });
    await outbox.flush({ force: true });
    expect(await outbox.entry(ID)).toMatchObject({ status: 'sent' });
    expect(stored()).toHaveLength(1);
  });

  it('two tabs flushing at once: the Web Lock lets one send, and the other finds it sent', async () => {
    const posts: string[] = [];
    const counting: Post = (entry) => {
      posts.push(entry.id);
      return realPost(entry);
    };
    const first = openTab({ post: counting });
    await first.outbox.submit(draft, bundle());
    const second = openTab({ post: counting });
    await Promise.all([first.outbox.flush({ force: true }), second.outbox.flush({ force: true }), first.outbox.flush({ force: true })]);
    expect(posts).toEqual([ID]);
    expect(await second.outbox.entry(ID)).toMatchObject({ status: 'sent' });
    expect(stored()).toHaveLength(1);
  });

  it('without the lock the same two tabs would both send: the lock is what keeps it to one POST', async () => {
    const posts: string[] = [];
    let bothInFlight!: () => void;
    const together = new Promise<void>((resolve) => (bothInFlight = resolve));
    const counting: Post = async (entry) => {
      posts.push(entry.id);
      if (posts.length === 2) bothInFlight();
      await together;
      return realPost(entry);
    };
    const first = openTab({ post: counting, locks: false });
    await first.outbox.submit(draft, bundle());
    const second = openTab({ post: counting, locks: false });
    await Promise.all([first.outbox.flush({ force: true }), second.outbox.flush({ force: true })]);
    expect(posts).toEqual([ID, ID]);
    expect(stored()).toHaveLength(1); // the conditional creates on the client id still store it once
  });

  it('a tab that crashes between the practice storing it and marking it sent: the next tab sends it again, stored once', async () => {
    let practiceStoredIt!: () => void;
    const storedNow = new Promise<void>((resolve) => (practiceStoredIt = resolve));
    const crashing = openTab({
      post: async (entry) => {
        await realPost(entry);
        practiceStoredIt();
        return new Promise(() => undefined); // the tab is gone before it can record the answer
      },
    });
    await crashing.outbox.submit(draft, bundle());
    void crashing.outbox.flush();
    await storedNow;
    crashing.close();
    expect(stored()).toHaveLength(1);
    expect((await onDevice()).outbox[0]).toMatchObject({ status: 'waiting' });

    const reopened = openTab();
    await reopened.outbox.flush({ force: true });
    expect(await reopened.outbox.entry(ID)).toMatchObject({ status: 'sent', reference: stored()[0]!.reference });
    expect(stored()).toHaveLength(1);
    expect(attempts()).toBe(2);
    expect((await onDevice()).drafts).toEqual([]);
  });

  it('a request refused as invalid keeps its draft to fix, and nothing about how to reply', async () => {
    const bad: RequestDraft = { ...draft, patient: { ...draft.patient, postcode: 'nope' } };
    const { outbox } = openTab();
    await outbox.submit(bad, buildRequestBundle(bad, null, [], NOW), replySummary(bad));
    await outbox.flush();
    const device = await onDevice();
    expect(device.outbox).toEqual([expect.objectContaining({ status: 'rejected', reason: 'invalid', fields: ['postcode'] })]);
    expect(device.outbox[0]).not.toHaveProperty('reply');
    expect(device.drafts).toEqual([expect.objectContaining({ id: ID, submittedAt: expect.any(String) })]);
    expect(stored()).toEqual([]);
  });
});

describe('a shared device', () => {
  it('keeps a request that cannot go now in this page only, writes nothing, and sends it when it can', async () => {
    let online = false;
    const { outbox } = openTab({
      shared: true,
      post: (entry) => (online ? realPost(entry) : Promise.reject(new NetworkError('offline'))),
    });
    expect(await outbox.submit(draft, bundle(), replySummary(draft))).toBe('page');
    await outbox.flush();
    expect(await outbox.entry(ID)).toMatchObject({ status: 'waiting', keptOnThisPageOnly: true, lastFailure: 'offline' });
    expect(await onDevice()).toEqual({ outbox: [], drafts: [] });

    online = true;
    await outbox.flush({ force: true });
    expect(await outbox.entry(ID)).toMatchObject({ status: 'sent', reference: stored()[0]!.reference });
    expect(await onDevice()).toEqual({ outbox: [], drafts: [] });
  });
});

describe('one database for drafts and the outbox', () => {
  function seedEarlier(database: string, store: string, value: object) {
    return new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(database);
      request.onupgradeneeded = () => request.result.createObjectStore(store);
      request.onsuccess = () => {
        const transaction = request.result.transaction(store, 'readwrite');
        transaction.objectStore(store).put(value, (value as { id: string }).id);
        transaction.oncomplete = () => {
          request.result.close();
          resolve();
        };
        transaction.onerror = () => reject(transaction.error);
      };
    });
  }

  it('moves a request and a draft left by the previous version, so an update loses nothing, and deletes the old databases', async () => {
    const waiting: WaitingEntry = { id: ID, ods: 'Y99001', kind: 'admin', queuedAt: NOW.toISOString(), status: 'waiting', bundle: bundle(), attempts: 0, nextAttemptAt: null };
    await seedEarlier('front-door-outbox', 'requests', waiting);
    await seedEarlier('front-door-drafts', 'drafts', { ...draft, id: 'a-draft' });
    const device = await onDevice();
    expect(device.outbox).toEqual([waiting]);
    expect(device.drafts.map((d) => d.id)).toEqual(['a-draft']);
    await vi.waitFor(async () => expect((await indexedDB.databases()).map((d) => d.name)).toEqual([DEVICE_DB]));

    const { outbox } = openTab();
    await outbox.flush({ force: true });
    expect(stored()).toHaveLength(1);
  });

  it('creates no old database where there was none', async () => {
    await onDevice();
    expect((await indexedDB.databases()).map((d) => d.name)).toEqual([DEVICE_DB]);
  });
});
