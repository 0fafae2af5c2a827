import { OUTBOX, readAll, readOne } from './device-db';
import { recordOnDevice, sendDue, underOutboxLock, type Sender } from './outbox-sending';
import type { OutboxEntry, WaitingEntry } from '../../domain/request/outbox-state';

/**
 * The service worker's side of the outbox, when the browser says the connection is back
 * (Background Sync): it sends what waits on the device exactly as an open page would
 * (outbox-sending.ts), and records each answer on the device for the page to show. Only
 * the device's outbox: a request kept in a page only (a shared device) is never written,
 * so there is nothing here to send.
 */

export interface WorkerSetup {
  post(entry: WaitingEntry): Promise<unknown>;
  locks: Pick<LockManager, 'request'> | null;
  now(): Date;
  /** Tells open pages the outbox changed. */
  announce(): void;
}

/** Something is still waiting after this try (no connection, a 5xx, a timeout): the browser tries again later. */
export class StillWaiting extends Error {
  constructor(readonly count: number) {
    super(`${count} request(s) still waiting to send`);
    this.name = 'StillWaiting';
  }
}

/** Sends everything waiting on the device; rejects with StillWaiting if anything is left to send. */
export async function sendFromWorker(setup: WorkerSetup): Promise<void> {
  const sender: Sender = {
    post: setup.post,
    now: setup.now,
    list: () => readAll<OutboxEntry>(OUTBOX),
    entry: (id) => readOne<OutboxEntry>(OUTBOX, id),
    record: async (next) => {
      await recordOnDevice(next);
      setup.announce();
    },
  };
  // The connection is back (that is why the browser woke us): no backoff to wait for.
  await underOutboxLock(setup.locks, () => sendDue(sender, true));
  const left = (await sender.list()).filter((e) => e.status === 'waiting').length;
  if (left > 0) throw new StillWaiting(left);
}
