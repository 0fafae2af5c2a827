import { useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import { ApiError } from '../../../platform/api/client';
import { useOnline } from '../../../platform/device/online';
import { rememberRequestStatus } from '../../../platform/device/outbox';
import type { SentEntry } from '../../../domain/request/outbox-state';
import type { StatusAnswer } from '../../../domain/request/request-status';
import { fetchRequestStatus } from './status-api';

export type StatusView =
  /** Sent without a status key (before there was one): shown as sent, nothing to check. */
  | { kind: 'no-key' }
  | { kind: 'checking' }
  /** `stale`: this is what the device knew at `checkedAt`, because it is offline or could not check. */
  | { kind: 'known'; answer: StatusAnswer; checkedAt: string; stale: 'offline' | 'cannot-check' | null }
  | { kind: 'unknown'; why: 'offline' | 'cannot-check' }
  /** The practice no longer has it online (404: after its retention, or the key no longer fits). */
  | { kind: 'gone' };

/**
 * How a sent request is going, asked afresh each time the page is shown, when the window
 * comes back into view and when the connection returns; each answer is kept with the
 * request on the device (src/platform/device/outbox.ts says where) for when it is offline.
 * `ask: false` shows what the device knows without asking (the confirmation page, just
 * after the practice's own answer said it: each ask costs a patient about 1 KB).
 */
export function useRequestStatus(entry: SentEntry, { ask = true } = {}): StatusView {
  const online = useOnline();
  const key = entry.statusKey;
  const query = useQuery({
    queryKey: ['request-status', entry.reference, key],
    queryFn: ({ signal }) => fetchRequestStatus(entry.reference, key!, signal),
    enabled: Boolean(key) && ask,
    staleTime: 0,
    refetchOnWindowFocus: 'always',
    refetchOnReconnect: 'always',
  });
  const { data, dataUpdatedAt } = query;
  useEffect(() => {
    if (data) void rememberRequestStatus(entry.id, { ...data, checkedAt: new Date(dataUpdatedAt).toISOString() });
  }, [entry.id, data, dataUpdatedAt]);

  if (!key) return { kind: 'no-key' };
  if (query.error instanceof ApiError && query.error.status === 404) return { kind: 'gone' };
  const stale = !online || query.isPaused ? 'offline' : query.isError ? 'cannot-check' : null;
  if (data) return { kind: 'known', answer: data, checkedAt: new Date(dataUpdatedAt).toISOString(), stale };
  // Until the practice answers, what the device last knew (no flash of "checking").
  if (entry.lastKnown) return { kind: 'known', answer: entry.lastKnown, checkedAt: entry.lastKnown.checkedAt, stale };
  if (stale) return { kind: 'unknown', why: stale };
  return { kind: 'checking' };
}
