import { OUTBOX_NAME, postRequest } from '../device/outbox-sending';
import { sendFromWorker } from '../device/outbox-worker';
import { SEND_REQUESTS_TAG } from './background-sync';

/**
 * Built on its own into `outbox-sync.js` (vite.config.ts), which the full service worker
 * imports: when the browser fires our sync (the connection is back) or periodic sync, it
 * sends what waits on the device, with the page closed. A rejection makes the browser try
 * the sync again later; once nothing waits, the periodic sync is no longer needed.
 * https://wicg.github.io/background-sync/spec/
 */

interface SyncEvent extends Event {
  readonly tag: string;
  waitUntil(done: Promise<unknown>): void;
}

interface WorkerScope {
  readonly navigator: Navigator;
  readonly registration: { periodicSync?: { unregister(tag: string): Promise<void> } };
  addEventListener(type: 'sync' | 'periodicsync', listener: (event: SyncEvent) => void): void;
}

const worker = self as unknown as WorkerScope;

async function sendWaiting() {
  const channel = new BroadcastChannel(OUTBOX_NAME);
  try {
    await sendFromWorker({
      post: postRequest,
      locks: worker.navigator.locks ?? null,
      now: () => new Date(),
      announce: () => channel.postMessage('changed'),
    });
  } finally {
    channel.close();
  }
  await worker.registration.periodicSync?.unregister(SEND_REQUESTS_TAG).catch(() => undefined);
}

for (const type of ['sync', 'periodicsync'] as const) {
  worker.addEventListener(type, (event) => {
    if (event.tag === SEND_REQUESTS_TAG) event.waitUntil(sendWaiting());
  });
}
