import { useEffect, useState } from 'react';
import { browserWillSend, listOutbox, onOutboxChange } from '../../../platform/device/outbox';
import type { OutboxEntry } from '../../../domain/request/outbox-state';

/** Something read from the outbox, read again whenever it changes (in this tab, another, or the worker); null until read. */
function useFromOutbox<T>(read: () => Promise<T>): T | null {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    let alive = true;
    const refresh = () => void read().then((next) => alive && setValue(next));
    refresh();
    const stop = onOutboxChange(refresh);
    return () => {
      alive = false;
      stop();
    };
  }, [read]);
  return value;
}

/** The outbox as it is now, kept fresh as requests are sent (in this tab or another). */
export const useOutbox = (): OutboxEntry[] | null => useFromOutbox(listOutbox);

/**
 * Whether the browser will send what waits on this device with Front Door closed
 * (Background Sync registered for the full worker). Asked again as the outbox changes,
 * since a page load asks the browser afresh.
 */
export const useSendsWithPageClosed = (): boolean | null => useFromOutbox(browserWillSend);
