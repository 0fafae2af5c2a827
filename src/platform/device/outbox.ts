import { DRAFTS, inOneTransaction, OUTBOX, readAll, readOne } from './device-db';
import { isLiteMode, isSharedDevice } from './device-settings';
import { draftTaken } from './drafts';
import { OUTBOX_NAME, postRequest, recordOnDevice, sendDue, underOutboxLock, type Sender } from './outbox-sending';
import type { RequestDraft } from '../../domain/request/draft';
import type { RequestBundle } from '../../domain/request/fhir-bundle';
import { nextDueAt, queued, withLastKnown, type OutboxEntry, type WaitingEntry } from '../../domain/request/outbox-state';
import type { ReplySummary } from '../../domain/request/reply-summary';
import type { LastKnownStatus } from '../../domain/request/request-status';

/**
 * The outbox: a request waits on the device until the practice has it. Send puts it in
 * IndexedDB together with its draft, marked submitted, in one transaction, so a reload at
 * any moment leaves either both or neither (never a submitted draft with no request).
 * It is sent at once, tried again with backoff after a 5xx, a timeout or no connection,
 * at once when the browser is back online, and on every page load. Each request is a FHIR
 * transaction whose entries are conditional creates on identifiers made from its client
 * id, so a send that reached the practice but whose answer was lost is stored once when
 * sent again, and the answer to the resend is the first one. One tab sends at a time (a
 * Web Lock). Where the browser has Background Sync, the service worker also sends what
 * waits on the device when the connection returns, with the page closed, through the
 * same code (outbox-sending.ts) under the same lock.
 *
 * On a shared device nothing personal is written: the request is kept in this page only,
 * and the page says so. Once sent, only the reference, the status key and what the
 * practice last said stay on the device.
 */

export interface OutboxSetup {
  /** Sends one request to the practice; resolves with the practice's answer. */
  post(entry: WaitingEntry): Promise<unknown>;
  /** The origin's Web Locks, shared by every tab; null where the browser has none. */
  locks: Pick<LockManager, 'request'> | null;
  now(): Date;
  sharedDevice(): boolean;
  /** Tells the other tabs that the outbox changed; calls back when another tab (or the worker) says so. */
  channel: { post(): void; listen(changed: () => void): void } | null;
  /**
   * Asks the browser to send what waits on the device once the connection is back, even
   * with the page closed (Background Sync), where it can; never rejects. Asked only for
   * want of a connection: online, the browser would wake its worker at once, to race
   * this page for a request the page is already trying.
   */
  sendWithPageClosed?: () => Promise<void>;
  /** Whether the device has a connection, as far as the browser knows. */
  online?: () => boolean;
}

/** How the request was kept when Send was pressed: on the device, or (shared device, storage refused) in this page only. */
export type KeptOn = 'device' | 'page';

export function createOutbox(setup: OutboxSetup) {
  const listeners = new Set<() => void>();
  /** Requests kept in this page only (shared device, or storage refused). */
  const onThisPage = new Map<string, OutboxEntry>();
  /** How the practice will reply, for this page's confirmation: never written once sent. */
  const replies = new Map<string, ReplySummary>();
  let flushing: Promise<void> | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function notifyHere() {
    for (const listener of listeners) listener();
  }
  setup.channel?.listen(notifyHere);
  function notify() {
    notifyHere();
    setup.channel?.post();
  }

  const withReply = (entry: OutboxEntry): OutboxEntry => {
    const reply = entry.reply ?? replies.get(entry.id);
    return reply ? { ...entry, reply } : entry;
  };

  async function list(): Promise<OutboxEntry[]> {
    const stored = await readAll<OutboxEntry>(OUTBOX).catch(() => []);
    const all = new Map(stored.map((entry) => [entry.id, entry]));
    for (const [id, entry] of onThisPage) all.set(id, entry);
    return [...all.values()].map(withReply).sort((a, b) => b.queuedAt.localeCompare(a.queuedAt));
  }

  async function entry(id: string): Promise<OutboxEntry | undefined> {
    const found = onThisPage.get(id) ?? (await readOne<OutboxEntry>(OUTBOX, id).catch(() => undefined));
    return found && withReply(found);
  }

  /**
   * Send: the request, and its draft marked submitted, in one transaction. Resolves once
   * they are on the device (or, where nothing may be written, in this page), so the page
   * acknowledges Send only when a reload can no longer lose it.
   */
  async function submit(draft: RequestDraft, bundle: RequestBundle, reply?: ReplySummary): Promise<KeptOn> {
    const now = setup.now();
    const waiting = queued(draft.id, draft.ods, draft.kind!, bundle, now, reply);
    if (reply) replies.set(draft.id, reply);
    draftTaken(draft.id);
    let kept: KeptOn = 'page';
    if (!setup.sharedDevice()) {
      try {
        await inOneTransaction([OUTBOX, DRAFTS], (stores) => {
          const existing = stores[OUTBOX].get(draft.id);
          existing.onsuccess = () => {
            if ((existing.result as OutboxEntry | undefined)?.status === 'sent') return; // with the practice already: never twice
            stores[OUTBOX].put(waiting);
            stores[DRAFTS].put({ ...draft, submittedAt: now.toISOString() });
          };
        });
        kept = 'device';
      } catch {
        // Storage refused (full, blocked, private mode): this page keeps it, and says so.
      }
    }
    if (kept === 'page') onThisPage.set(draft.id, { ...waiting, keptOnThisPageOnly: true });
    // Offline: asked before the page says where the request is, so it can say who sends it.
    else if (setup.online?.() === false) await setup.sendWithPageClosed?.();
    notify();
    void flush({ force: true });
    return kept;
  }

  /** Stores what a send came to: in this page for a request kept here, on the device otherwise. */
  async function record(next: OutboxEntry) {
    if (onThisPage.has(next.id)) {
      // Sent: only the reference and status stay, in this page; refused: what to fix.
      onThisPage.set(next.id, next.status === 'waiting' ? { ...next, keptOnThisPageOnly: true } : next);
    } else {
      await recordOnDevice(next);
      // No connection: asked again each time (the browser may have given up, or this is a later visit).
      if (next.status === 'waiting' && next.lastFailure === 'offline') await setup.sendWithPageClosed?.();
    }
    notify();
  }

  const sender: Sender = { post: setup.post, now: setup.now, list, entry, record };

  /**
   * Keeps the practice's latest answer with a sent request, so it still shows offline.
   * Written to the device only where the request itself is: on a shared device (or
   * once the patient says it is shared) it stays in this page.
   */
  async function rememberStatus(id: string, lastKnown: LastKnownStatus): Promise<void> {
    const here = onThisPage.get(id);
    if (here) {
      if (here.status === 'sent') onThisPage.set(id, withLastKnown(here, lastKnown));
      return;
    }
    if (setup.sharedDevice()) return;
    await inOneTransaction([OUTBOX], (stores) => {
      const existing = stores[OUTBOX].get(id);
      existing.onsuccess = () => {
        const entry = existing.result as OutboxEntry | undefined;
        if (entry?.status === 'sent') stores[OUTBOX].put(withLastKnown(entry, lastKnown));
      };
    }).catch(() => undefined);
  }

  function schedule(entries: OutboxEntry[]) {
    clearTimeout(timer);
    const due = nextDueAt(entries);
    if (due === null) return;
    timer = setTimeout(() => void flush(), Math.max(250, due - setup.now().getTime()));
  }

  /** Sends whatever is due (everything waiting, when `force`); one run at a time across tabs. */
  function flush({ force = false } = {}): Promise<void> {
    if (flushing) return flushing.then(() => (force ? flush({ force }) : undefined));
    const run = async () => {
      await underOutboxLock(setup.locks, () => sendDue(sender, force));
      schedule(await list());
    };
    flushing = run()
      .catch(() => undefined)
      .finally(() => {
        flushing = null;
      });
    return flushing;
  }

  async function remove(id: string): Promise<void> {
    onThisPage.delete(id);
    replies.delete(id);
    await inOneTransaction([OUTBOX], (stores) => stores[OUTBOX].delete(id)).catch(() => undefined);
    notify();
  }

  async function clear(): Promise<void> {
    onThisPage.clear();
    replies.clear();
    await inOneTransaction([OUTBOX], (stores) => stores[OUTBOX].clear()).catch(() => undefined);
    notify();
  }

  function onChange(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }

  return { submit, list, entry, flush, remove, clear, rememberStatus, onChange, stop: () => clearTimeout(timer) };
}

export type Outbox = ReturnType<typeof createOutbox>;

function browserChannel(): OutboxSetup['channel'] {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(OUTBOX_NAME);
  return { post: () => channel.postMessage('changed'), listen: (changed) => channel.addEventListener('message', changed) };
}

/**
 * Background Sync's page side, loaded only once a request waits on the device: most visits
 * never need it. Lite mode's small worker has none, so there it is neither loaded nor
 * asked; where it cannot load (offline, never fetched), the browser is neither asked nor
 * said to send, and the page says to open Front Door again.
 */
const backgroundSync = () => (isLiteMode() ? Promise.resolve(null) : import('../pwa/background-sync').catch(() => null));
const askBrowserToSend = () => backgroundSync().then((sync) => sync?.askBrowserToSend()).catch(() => undefined);
/** Whether the browser will send what waits on this device with Front Door closed. */
export const browserWillSend = () => backgroundSync().then((sync) => sync?.browserWillSend() ?? false);

/** This page's outbox. */
const outbox = createOutbox({
  post: postRequest,
  locks: typeof navigator !== 'undefined' && navigator.locks ? navigator.locks : null,
  now: () => new Date(),
  sharedDevice: isSharedDevice,
  channel: browserChannel(),
  sendWithPageClosed: askBrowserToSend,
  online: () => navigator.onLine,
});

export const submitRequest = outbox.submit;
export const listOutbox = outbox.list;
export const outboxEntry = outbox.entry;
export const flushOutbox = outbox.flush;
export const removeFromOutbox = outbox.remove;
export const clearOutbox = outbox.clear;
export const rememberRequestStatus = outbox.rememberStatus;
export const onOutboxChange = outbox.onChange;

let started = false;

/** Called once per page load: sends what is waiting now, and again whenever the connection returns. */
export function startOutbox() {
  if (started) return;
  started = true;
  window.addEventListener('online', () => void flushOutbox({ force: true }));
  void flushOutbox({ force: true });
}
