import { sendAndForget } from '../api/send-and-forget';
import type { CountEvent } from '../../domain/nhs-app/count-events';
import { MAX_EVENTS_PER_BATCH } from '../../domain/nhs-app/count-events';

/**
 * Counts go in small batches a moment after they happen (or at once when the page is
 * hidden or closed), never blocking anything. Offline they wait in memory until the
 * connection is back; if the page closes first they are lost, which is fine for totals.
 * A long offline spell keeps only the latest MAX_EVENTS_PER_BATCH per practice.
 */
const BATCH_DELAY_MS = 2_000;

const waiting = new Map<string, CountEvent[]>();
let timer: ReturnType<typeof setTimeout> | undefined;
let listening = false;

const isOffline = () => typeof navigator !== 'undefined' && navigator.onLine === false;

export function flushCounts(unloading = false) {
  clearTimeout(timer);
  timer = undefined;
  if (isOffline()) return;
  for (const [ods, events] of waiting) {
    waiting.delete(ods);
    sendAndForget(`practices/${encodeURIComponent(ods)}/nhs-app-counts`, { events }, { unloading });
  }
}

const flushOnLeaving = () => flushCounts(true);

function listenOnce() {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  window.addEventListener('online', () => flushCounts());
  window.addEventListener('pagehide', flushOnLeaving);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushOnLeaving();
  });
}

/** Counts one thing that happened at a practice. Never throws, never waits. */
export function countEvent(ods: string, event: CountEvent) {
  listenOnce();
  const events = waiting.get(ods) ?? [];
  events.push(event);
  if (events.length > MAX_EVENTS_PER_BATCH) events.splice(0, events.length - MAX_EVENTS_PER_BATCH);
  waiting.set(ods, events);
  // A click, a dismissal or an opened link comes just before the patient moves on:
  // send it now. "Shown" counts can wait a moment to go together.
  const waitsForBatch = event.kind === 'nudge' && event.action === 'shown';
  if (!waitsForBatch) flushCounts();
  else if (timer === undefined) timer = setTimeout(flushCounts, BATCH_DELAY_MS);
}
