import { ApiError, apiRequest } from '../api/client';
import { wholeTransaction } from '../api/whole-transaction';
import { DRAFTS, inOneTransaction, OUTBOX, readAll, readOne } from './device-db';
import { isSharedDevice } from './device-settings';
import { draftTaken } from './drafts';
import type { RequestDraft } from '../../domain/request/draft';
import type { RequestBundle } from '../../domain/request/fhir-bundle';
import { isDue, markFailed, markRejected, markSent, nextDueAt, queued, withLastKnown, type OutboxEntry, type WaitingEntry } from '../../domain/request/outbox-state';
import type { ReplySummary } from '../../domain/request/reply-summary';
import { statusKeyOf, type LastKnownStatus } from '../../domain/request/request-status';
import { rejectionOf, referenceOf } from './outbox-answers';

/**
 * The outbox: a request waits on the device until the practice has it. Send puts it in
 * IndexedDB together with its draft, marked submitted, in one transaction, so a reload at
 * any moment leaves either both or neither (never a submitted draft with no request).
 * It is sent at once, tried again with backoff after a 5xx, a timeout or no connection,
 * at once when the browser is back online, and on every page load. Each request is a FHIR
 * transaction whose entries are conditional creates on identifiers made from its client
 * id, so a send that reached the practice but whose answer was lost is stored once when
 * sent again, and the answer to the resend is the first one. One tab sends at a time (a
 * Web Lock).
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
  /** Tells the other tabs that the outbox changed; calls back when another tab says so. */
  channel: { post(): void; listen(changed: () => void): void } | null;
}

/** How the request was kept when Send was pressed: on the device, or (shared device, storage refused) in this page only. */
export type KeptOn = 'device' | 'page';

const LOCK = 'front-door-outbox';

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
    notify();
    void flush({ force: true });
    return kept;
  }

  /** Stores what a send came to: sent (the draft goes in the same transaction), failed or refused. */
  async function record(next: OutboxEntry) {
    if (onThisPage.has(next.id)) {
      // Sent: only the reference and status stay, in this page; refused: what to fix.
      onThisPage.set(next.id, next.status === 'waiting' ? { ...next, keptOnThisPageOnly: true } : next);
    } else {
      await inOneTransaction([OUTBOX, DRAFTS], (stores) => {
        stores[OUTBOX].put(next);
        if (next.status === 'sent') stores[DRAFTS].delete(next.id);
      });
    }
    notify();
  }

  async function sendOne(waiting: WaitingEntry): Promise<void> {
    let answer: unknown;
    try {
      answer = await setup.post(waiting);
    } catch (error) {
      if (error instanceof ApiError && error.isClientError && error.status !== 408 && error.status !== 429) {
        const { reason, fields } = rejectionOf(error);
        return record(markRejected(waiting, reason, fields, setup.now()));
      }
      const failure = error instanceof ApiError ? 'server' : ((error as { reason?: 'offline' | 'timeout' | 'failed' }).reason ?? 'failed');
      return record(markFailed(waiting, failure, setup.now()));
    }
    const reference = referenceOf(answer, waiting.id);
    // A 2xx without this request's Task and reference is not proof the practice has it: try again (same client id).
    return record(reference ? markSent(waiting, reference, setup.now(), statusKeyOf(answer)) : markFailed(waiting, 'server', setup.now()));
  }

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

  async function flushUnderLock(force: boolean) {
    for (;;) {
      // Read afresh each round: another tab may have sent something meanwhile.
      const due = (await list()).filter((e): e is WaitingEntry => e.status === 'waiting' && (force || isDue(e, setup.now())));
      if (due.length === 0) return;
      for (const candidate of due) {
        const current = await entry(candidate.id);
        if (current?.status === 'waiting') await sendOne(current);
      }
      force = false; // a second round only for what has become due meanwhile
      if (!(await list()).some((e) => isDue(e, setup.now()))) return;
    }
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
      if (setup.locks) await setup.locks.request(LOCK, () => flushUnderLock(force));
      else await flushUnderLock(force);
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

const SEND_TIMEOUT_MS = 30_000;

function browserChannel(): OutboxSetup['channel'] {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel('front-door-outbox');
  return { post: () => channel.postMessage('changed'), listen: (changed) => channel.addEventListener('message', changed) };
}

/** Sends one request: a transaction to the FHIR base, whose answer carries the Task. */
export const sendToPractice: OutboxSetup['post'] = (entry) =>
  apiRequest<unknown>('fhir', {
    method: 'POST',
    body: entry.bundle,
    contentType: 'application/fhir+json',
    headers: { Prefer: 'return=representation' },
    timeoutMs: SEND_TIMEOUT_MS,
  }).then(wholeTransaction);

/** This page's outbox. */
const outbox = createOutbox({
  post: sendToPractice,
  locks: typeof navigator !== 'undefined' && navigator.locks ? navigator.locks : null,
  now: () => new Date(),
  sharedDevice: isSharedDevice,
  channel: browserChannel(),
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
