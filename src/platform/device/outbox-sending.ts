import { ApiError, apiRequest } from '../api/client';
import { wholeTransaction } from '../api/whole-transaction';
import { DRAFTS, inOneTransaction, OUTBOX } from './device-db';
import { markFailed, markRejected, markSent, isDue, type OutboxEntry, type WaitingEntry } from '../../domain/request/outbox-state';
import { statusKeyOf } from '../../domain/request/request-status';
import { rejectionOf, referenceOf } from './outbox-answers';

/**
 * Sending what waits in the outbox, written once for the two places that send: an open
 * page (outbox.ts) and the service worker when the browser says the connection is back
 * (Background Sync, src/platform/pwa/outbox-sync-worker.ts). Both take the same Web Lock, re-read each
 * request under it, post it with its client id as the idempotency key, and record the
 * practice's answer the same way, so a page and the worker sending at once store one copy.
 */

/**
 * The name of the Web Lock every sender of this origin takes (one send at a time across
 * tabs and the worker), and of the BroadcastChannel where a sender says the outbox
 * changed, so open pages show it.
 */
export const OUTBOX_NAME = 'front-door-outbox';

const SEND_TIMEOUT_MS = 30_000;

/** One request to the practice: a FHIR transaction to the FHIR base; the Task comes back in the answer. */
export function postRequest(entry: WaitingEntry): Promise<unknown> {
  return apiRequest<unknown>('fhir', {
    method: 'POST',
    body: entry.bundle,
    contentType: 'application/fhir+json',
    headers: { Prefer: 'return=representation' },
    timeoutMs: SEND_TIMEOUT_MS,
    // A request is the largest thing a patient sends (with photos, megabytes): gzipped.
    gzip: true,
  }).then(wholeTransaction);
}

export interface Sender {
  /** Sends one request to the practice; resolves with the practice's answer. */
  post(entry: WaitingEntry): Promise<unknown>;
  now(): Date;
  /** Every request this sender can see. */
  list(): Promise<OutboxEntry[]>;
  /** One request as it is now (another sender may have sent it meanwhile). */
  entry(id: string): Promise<OutboxEntry | undefined>;
  /** Keeps what a send came to. */
  record(next: OutboxEntry): Promise<void>;
}

/** Runs `send` under the outbox's Web Lock, or as it is where the browser has no Web Locks. */
export async function underOutboxLock(locks: Pick<LockManager, 'request'> | null, send: () => Promise<void>): Promise<void> {
  if (locks) await locks.request(OUTBOX_NAME, send);
  else await send();
}

/** What a request kept on the device came to: sent (its draft goes in the same transaction), failed or refused. */
export function recordOnDevice(next: OutboxEntry): Promise<void> {
  return inOneTransaction([OUTBOX, DRAFTS], (stores) => {
    stores[OUTBOX].put(next);
    if (next.status === 'sent') stores[DRAFTS].delete(next.id);
  });
}

/**
 * One try: a 2xx with this request's Task is sent; a 4xx (but a timeout or too many
 * requests) is refused, kept for the patient to fix or send again; anything else (a 5xx,
 * no connection, a timeout) waits and is tried again with the same client id.
 */
async function sendOne(waiting: WaitingEntry, sender: Sender): Promise<void> {
  let answer: unknown;
  try {
    answer = await sender.post(waiting);
  } catch (error) {
    if (error instanceof ApiError && error.isClientError && error.status !== 408 && error.status !== 429) {
      const { reason, fields } = rejectionOf(error);
      return sender.record(markRejected(waiting, reason, fields, sender.now()));
    }
    const failure = error instanceof ApiError ? 'server' : ((error as { reason?: 'offline' | 'timeout' | 'failed' }).reason ?? 'failed');
    return sender.record(markFailed(waiting, failure, sender.now()));
  }
  const reference = referenceOf(answer, waiting.id);
  // A 2xx without this request's Task and reference is not proof the practice has it: try again (same client id).
  return sender.record(reference ? markSent(waiting, reference, sender.now(), statusKeyOf(answer)) : markFailed(waiting, 'server', sender.now()));
}

/**
 * Sends whatever is due (everything waiting, when `force`). Call it under the outbox lock:
 * each request is read afresh before it goes, so one another sender sent meanwhile is not
 * sent again.
 */
export async function sendDue(sender: Sender, force: boolean): Promise<void> {
  for (;;) {
    const due = (await sender.list()).filter((e): e is WaitingEntry => e.status === 'waiting' && (force || isDue(e, sender.now())));
    if (due.length === 0) return;
    for (const candidate of due) {
      const current = await sender.entry(candidate.id);
      if (current?.status === 'waiting') await sendOne(current, sender);
    }
    force = false; // a second round only for what has become due meanwhile
    if (!(await sender.list()).some((e) => isDue(e, sender.now()))) return;
  }
}
