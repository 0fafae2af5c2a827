/**
 * Background Sync, from the page's side: asks the browser to wake the service worker and
 * send what waits on the device once the connection is back, even with every page of
 * Front Door closed (src/platform/pwa/outbox-sync-worker.ts sends it). Only Chromium-based
 * browsers have it; Safari and Firefox do not, and neither does lite mode's small worker
 * (public/sw-lite.js): there the page must say to open Front Door again. Loaded by the
 * outbox (src/platform/device/outbox.ts) only outside lite mode.
 * https://developer.mozilla.org/en-US/docs/Web/API/Background_Synchronization_API
 */

/** The Background Sync tag (one-off and periodic) under which the browser asks the worker to send. */
export const SEND_REQUESTS_TAG = 'send-requests';

interface SyncManager {
  register(tag: string): Promise<void>;
  getTags(): Promise<string[]>;
}

interface PeriodicSyncManager {
  register(tag: string, options?: { minInterval?: number }): Promise<void>;
}

type SyncRegistration = ServiceWorkerRegistration & { sync: SyncManager; periodicSync?: PeriodicSyncManager };

/** How often, at most, a periodic sync may look for something left to send; the browser decides (Chromium waits at least 12 hours). */
const PERIODIC_MIN_INTERVAL_MS = 60 * 60 * 1000;

/** The registration whose worker sends in the background: the full worker, in a browser with Background Sync. */
async function sendingRegistration(): Promise<SyncRegistration | null> {
  if (import.meta.env.DEV || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return null;
  if (typeof ServiceWorkerRegistration === 'undefined' || !('sync' in ServiceWorkerRegistration.prototype)) return null;
  const registration = await navigator.serviceWorker.getRegistration();
  const active = registration?.active;
  // The full worker, as update.ts registers it. Lite mode's (its caller does not load this
  // module in lite mode) has no sync handler: a sync given to it would end without sending.
  if (!registration || !active || new URL(active.scriptURL).pathname !== '/sw.js') return null;
  return registration as SyncRegistration;
}

/** Where periodic sync is already allowed (an installed app the patient uses): never asks for it. */
async function periodicSyncAllowed(): Promise<boolean> {
  try {
    const status = await navigator.permissions.query({ name: 'periodic-background-sync' as PermissionName });
    return status.state === 'granted';
  } catch {
    return false;
  }
}

/**
 * Asks the browser to send what waits on the device when the connection is back, with
 * the page open or not; and, where periodic sync is allowed, to look again now and then
 * (a one-off sync stops after a few failed tries). Does nothing where it cannot.
 */
export async function askBrowserToSend(): Promise<void> {
  const registration = await sendingRegistration();
  if (!registration) return;
  await registration.sync.register(SEND_REQUESTS_TAG);
  if (registration.periodicSync && (await periodicSyncAllowed())) {
    await registration.periodicSync.register(SEND_REQUESTS_TAG, { minInterval: PERIODIC_MIN_INTERVAL_MS }).catch(() => undefined);
  }
}

/** Whether the browser has promised to send with the page closed: it holds our sync, for our full worker. */
export async function browserWillSend(): Promise<boolean> {
  try {
    const registration = await sendingRegistration();
    return registration ? (await registration.sync.getTags()).includes(SEND_REQUESTS_TAG) : false;
  } catch {
    return false;
  }
}
