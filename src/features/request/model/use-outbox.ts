import { useEffect, useState } from 'react';
import { listOutbox, onOutboxChange } from '../../../platform/device/outbox';
import type { OutboxEntry } from '../../../domain/request/outbox-state';

/** The outbox as it is now, kept fresh as requests are sent (in this tab or another). */
export function useOutbox(): OutboxEntry[] | null {
  const [entries, setEntries] = useState<OutboxEntry[] | null>(null);
  useEffect(() => {
    let alive = true;
    const refresh = () => void listOutbox().then((list) => alive && setEntries(list));
    refresh();
    const stop = onOutboxChange(refresh);
    return () => {
      alive = false;
      stop();
    };
  }, []);
  return entries;
}
