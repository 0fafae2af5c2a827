import type { RequestField } from './bundle-schema';
import type { RequestBundle } from './fhir-bundle';
import type { ReplySummary } from './reply-summary';
import type { LastKnownStatus } from './request-status';
import type { RequestKind } from './request-types';

/**
 * One request in the on-device outbox. While waiting it carries the Bundle (the patient's
 * details) and how the practice will reply (kinds of contact and help, no numbers); once
 * sent, only the reference and status stay; once refused, only what to fix. The page that
 * sent it may still show how the practice will reply (`reply`), from its own memory.
 */
export type OutboxEntry = WaitingEntry | SentEntry | RejectedEntry;

interface EntryBase {
  /** The client id: the Bundle's identifier and the Idempotency-Key. */
  id: string;
  ods: string;
  kind: RequestKind;
  queuedAt: string;
  /** Kept while waiting; after that only in the page that sent it. Missing: the confirmation says it in general. */
  reply?: ReplySummary;
}

export interface WaitingEntry extends EntryBase {
  status: 'waiting';
  bundle: RequestBundle;
  attempts: number;
  /** Not before this time, after a failure (backoff); null: as soon as possible. */
  nextAttemptAt: string | null;
  lastFailure?: 'offline' | 'timeout' | 'server' | 'failed';
  /** Held in this page only (a shared device, or storage refused): closing the page loses it. */
  keptOnThisPageOnly?: true;
}

export interface SentEntry extends EntryBase {
  status: 'sent';
  reference: string;
  sentAt: string;
  /** The secret that lets this device ask how the request is going. Missing: sent before there was one, or the backend gives none. */
  statusKey?: string;
  /** What the practice last said, for when the device is offline (never written on a shared device). */
  lastKnown?: LastKnownStatus;
}

export type RejectionReason = 'invalid' | 'capacity' | 'closed' | 'other';

export interface RejectedEntry extends EntryBase {
  status: 'rejected';
  reason: RejectionReason;
  /** Fields to fix (never their values). */
  fields: RequestField[];
  rejectedAt: string;
}

/** Waits between tries: 1 s, 2 s, 4 s … up to 5 minutes. A coming-back connection skips the wait. */
export function backoffMs(attempts: number): number {
  return Math.min(1000 * 2 ** Math.max(0, attempts - 1), 5 * 60_000);
}

export function queued(id: string, ods: string, kind: RequestKind, bundle: RequestBundle, now: Date, reply?: ReplySummary): WaitingEntry {
  return { id, ods, kind, queuedAt: now.toISOString(), ...(reply ? { reply } : {}), status: 'waiting', bundle, attempts: 0, nextAttemptAt: null };
}

/** What stays of a waiting entry once it is sent or refused: nothing about the person or how to reach them. */
function kept(entry: WaitingEntry) {
  return { id: entry.id, ods: entry.ods, kind: entry.kind, queuedAt: entry.queuedAt };
}

/**
 * Sent: the Bundle (name, date of birth, free text, photos) and the reply summary (needs,
 * language) are dropped; the reference and the status key stay. Sent at the first try, the
 * answer is the practice storing it this moment, so its status is known without asking:
 * received, no reply yet. (After a lost answer, the answer may be hours old: not assumed.)
 */
export function markSent(entry: WaitingEntry, reference: string, now: Date, statusKey?: string | null): SentEntry {
  const justStored = statusKey && entry.attempts === 0;
  return {
    ...kept(entry),
    status: 'sent',
    reference,
    sentAt: now.toISOString(),
    ...(statusKey ? { statusKey } : {}),
    ...(justStored ? { lastKnown: { status: 'received', replies: [], checkedAt: now.toISOString() } } : {}),
  };
}

/** How long the status learnt at sending stands in for asking the practice (on the confirmation page). */
const JUST_SENT_MS = 60_000;

/** True when the device learnt this request's status within the last minute: no need to ask again yet. */
export function statusJustLearnt(entry: SentEntry, now: Date): boolean {
  if (!entry.lastKnown) return false;
  const elapsed = now.getTime() - Date.parse(entry.lastKnown.checkedAt);
  // A clock that went back says nothing about how fresh it is: ask.
  return elapsed >= 0 && elapsed < JUST_SENT_MS;
}

/** The practice's latest answer, kept with the sent request. */
export function withLastKnown(entry: SentEntry, lastKnown: LastKnownStatus): SentEntry {
  return { ...entry, lastKnown };
}

/** A 5xx, a timeout or no connection: never counted as sent; tried again later. */
export function markFailed(entry: WaitingEntry, failure: NonNullable<WaitingEntry['lastFailure']>, now: Date): WaitingEntry {
  const attempts = entry.attempts + 1;
  return { ...entry, attempts, lastFailure: failure, nextAttemptAt: new Date(now.getTime() + backoffMs(attempts)).toISOString() };
}

/** A 4xx: sending it again as it is will not help. The draft stays, so the patient can fix it. */
export function markRejected(entry: WaitingEntry, reason: RejectionReason, fields: RequestField[], now: Date): RejectedEntry {
  return { ...kept(entry), status: 'rejected', reason, fields, rejectedAt: now.toISOString() };
}

export function isDue(entry: OutboxEntry, now: Date): entry is WaitingEntry {
  return entry.status === 'waiting' && (entry.nextAttemptAt === null || Date.parse(entry.nextAttemptAt) <= now.getTime());
}

/** When the next waiting entry is due, for the timer; null when nothing waits. */
export function nextDueAt(entries: readonly OutboxEntry[]): number | null {
  const times = entries.filter((e): e is WaitingEntry => e.status === 'waiting').map((e) => (e.nextAttemptAt ? Date.parse(e.nextAttemptAt) : 0));
  return times.length > 0 ? Math.min(...times) : null;
}
