import { clear, del, entries, get, set } from 'idb-keyval';
import { ApiError, apiRequest } from '../api/client';
import { REQUEST_FIELDS, type RequestField } from '../../domain/request/bundle-schema';
import { outboxStore } from './device-store';
import { deleteDraft } from './drafts';
import type { RequestBundle } from '../../domain/request/fhir-bundle';
import { REQUEST_CLIENT_ID_SYSTEM, REQUEST_FIELD_SYSTEM, REQUEST_PROBLEM_SYSTEM, REQUEST_REFERENCE_SYSTEM } from '../../domain/request/fhir-systems';
import { isDue, markFailed, markRejected, markSent, nextDueAt, queued, type OutboxEntry, type RejectionReason, type WaitingEntry } from '../../domain/request/outbox-state';
import type { ReplySummary } from '../../domain/request/reply-summary';
import type { RequestKind } from '../../domain/request/request-types';

/**
 * The outbox: requests wait in IndexedDB until the practice has them. It starts on every
 * page load (src/main.tsx), tries again with backoff after a 5xx, a timeout or no
 * connection, and at once when the browser says it is back online. Each request is a
 * FHIR transaction whose entries are conditional creates on identifiers made from its
 * client id, so a send that reached the practice but whose answer was lost is stored
 * once when sent again, and the answer to the resend is the first one.
 */
const SEND_TIMEOUT_MS = 30_000;
const listeners = new Set<() => void>();
const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('front-door-outbox');
channel?.addEventListener('message', () => notifyHere());

function notifyHere() {
  for (const listener of listeners) listener();
}

function notify() {
  notifyHere();
  channel?.postMessage('changed'); // other tabs of the app refresh their lists
}

export function onOutboxChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export async function listOutbox(): Promise<OutboxEntry[]> {
  const store = outboxStore();
  if (!store) return [];
  const all = (await entries<string, OutboxEntry>(store)).map(([, entry]) => entry);
  return all.sort((a, b) => b.queuedAt.localeCompare(a.queuedAt));
}

export async function outboxEntry(id: string): Promise<OutboxEntry | undefined> {
  const store = outboxStore();
  return store ? get<OutboxEntry>(id, store) : undefined;
}

async function save(entry: OutboxEntry) {
  const store = outboxStore();
  if (store) await set(entry.id, entry, store);
  notify();
}

/** Puts a request in the outbox and tries to send it now. */
export async function queueRequest(id: string, ods: string, kind: RequestKind, bundle: RequestBundle, reply?: ReplySummary): Promise<void> {
  const existing = await outboxEntry(id);
  if (existing?.status === 'sent') return; // already with the practice: never twice
  await save(queued(id, ods, kind, bundle, new Date(), reply));
  void flushOutbox({ force: true });
}

export async function removeFromOutbox(id: string): Promise<void> {
  const store = outboxStore();
  if (store) await del(id, store);
  notify();
}

export async function clearOutbox(): Promise<void> {
  const store = outboxStore();
  if (store) await clear(store);
  notify();
}

interface IssueWithCoding {
  code?: string;
  details?: { coding?: { system?: string; code?: string }[] };
}

function rejectionOf(error: ApiError): { reason: RejectionReason; fields: RequestField[] } {
  const codings = (error.issues as IssueWithCoding[]).flatMap((i) => i.details?.coding ?? []);
  const problems = codings.filter((c) => c.system === REQUEST_PROBLEM_SYSTEM).map((c) => c.code);
  const fields = codings
    .filter((c) => c.system === REQUEST_FIELD_SYSTEM && (REQUEST_FIELDS as readonly string[]).includes(c.code ?? ''))
    .map((c) => c.code as RequestField);
  if (problems.includes('capacity-reached')) return { reason: 'capacity', fields: [] };
  if (problems.includes('closed')) return { reason: 'closed', fields: [] };
  if (fields.length > 0 || error.status === 400 || error.status === 422) return { reason: 'invalid', fields };
  return { reason: 'other', fields: [] };
}

interface TaskLike {
  resourceType?: unknown;
  id?: unknown;
  identifier?: { system?: unknown; value?: unknown }[];
}

/**
 * The practice's reference, read from the Task in the transaction-response: its
 * reference identifier, or, from a FHIR server that assigns none, the Task's own id.
 * Only the Task that carries this request's client id counts.
 */
export function referenceOf(response: unknown, clientId: string): string | null {
  const entries = (response as { resourceType?: unknown; entry?: { resource?: TaskLike }[] } | null)?.entry;
  if (!Array.isArray(entries)) return null;
  const task = entries
    .map((e) => e?.resource)
    .find((r) => r?.resourceType === 'Task' && r.identifier?.some((i) => i.system === REQUEST_CLIENT_ID_SYSTEM && i.value === clientId));
  if (!task) return null;
  const reference = task.identifier?.find((i) => i.system === REQUEST_REFERENCE_SYSTEM)?.value;
  if (typeof reference === 'string' && reference !== '') return reference;
  return typeof task.id === 'string' && task.id !== '' ? task.id : null;
}

async function sendOne(entry: WaitingEntry): Promise<void> {
  try {
    // A transaction goes to the FHIR base; the Task comes back in the answer.
    const response = await apiRequest<unknown>('fhir', {
      method: 'POST',
      body: entry.bundle,
      contentType: 'application/fhir+json',
      headers: { Prefer: 'return=representation' },
      timeoutMs: SEND_TIMEOUT_MS,
    });
    const reference = referenceOf(response, entry.id);
    if (!reference) {
      await save(markFailed(entry, 'server', new Date()));
      return;
    }
    await save(markSent(entry, reference, new Date()));
    await deleteDraft(entry.id); // only the reference and status stay on the device
  } catch (error) {
    if (error instanceof ApiError && error.isClientError && error.status !== 408 && error.status !== 429) {
      const { reason, fields } = rejectionOf(error);
      await save(markRejected(entry, reason, fields, new Date()));
      return;
    }
    const failure = error instanceof ApiError ? 'server' : error instanceof Error && 'reason' in error ? ((error as { reason: 'offline' | 'timeout' | 'failed' }).reason) : 'failed';
    await save(markFailed(entry, failure, new Date()));
  }
}

let flushing: Promise<void> | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;

async function flushUnderLock(force: boolean) {
  for (;;) {
    // Read afresh each time: another tab may have sent something meanwhile.
    const now = new Date();
    const due = (await listOutbox()).filter((e) => e.status === 'waiting' && (force || isDue(e, now))) as WaitingEntry[];
    if (due.length === 0) return;
    for (const entry of due) {
      const current = await outboxEntry(entry.id);
      if (current?.status === 'waiting') await sendOne(current);
    }
    force = false; // a second round only for what has become due
    if (!(await listOutbox()).some((e) => isDue(e, new Date()))) return;
  }
}

function schedule(entriesNow: OutboxEntry[]) {
  clearTimeout(timer);
  const due = nextDueAt(entriesNow);
  if (due === null) return;
  timer = setTimeout(() => void flushOutbox(), Math.max(250, due - Date.now()));
}

/** Sends whatever is due (or everything waiting, when `force`); one run at a time across tabs. */
export function flushOutbox({ force = false } = {}): Promise<void> {
  if (flushing) return flushing.then(() => (force ? flushOutbox({ force }) : undefined));
  const run = async () => {
    const locks = (navigator as Navigator & { locks?: LockManager }).locks;
    if (locks) await locks.request('front-door-outbox', () => flushUnderLock(force));
    else await flushUnderLock(force);
    schedule(await listOutbox());
  };
  flushing = run()
    .catch(() => undefined)
    .finally(() => {
      flushing = null;
    });
  return flushing;
}

let started = false;

/** Called once per page load. */
export function startOutbox() {
  if (started) return;
  started = true;
  window.addEventListener('online', () => void flushOutbox({ force: true }));
  void flushOutbox({ force: true });
}
