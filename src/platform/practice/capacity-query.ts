import { useEffect } from 'react';
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet } from '../api/client';
import { ODS_CODE_PATTERN } from '../../domain/practice/ods-code';
import type { RequestKind } from '../../domain/practice/practice-settings';
import { londonWallClock } from '../../domain/time/london';

/** Whether each kind of online request is full for today (the daily cap, outside core hours). */
export type FullToday = Record<RequestKind, boolean>;

const NOT_FULL: FullToday = { medical: false, admin: false };

const fullOf = (raw: unknown, kind: RequestKind) => (raw as Record<string, { full?: unknown } | undefined> | null)?.[kind]?.full === true;

/**
 * `GET /api/practices/:ods/capacity`. Never kept on the device. One answer serves the
 * pages of a minute (the home, the start, the type): each ask costs a patient about 1 KB,
 * and the practice has the last word anyway, refusing a request sent once it is full.
 */
export function capacityQuery(ods: string) {
  return queryOptions({
    queryKey: ['practice-capacity', ods] as const,
    queryFn: async ({ signal }): Promise<FullToday> => {
      const raw = await apiGet<unknown>(`practices/${encodeURIComponent(ods)}/capacity`, signal);
      return { medical: fullOf(raw, 'medical'), admin: fullOf(raw, 'admin') };
    },
    staleTime: 60_000,
    gcTime: 5 * 60_000,
    retry: false,
  });
}

/**
 * Which kinds are full today. Offline, still asking, or the call failing: none, so the
 * page shows what the practice settings say and is never held up.
 */
export function useFullToday(ods: string, now: Date): FullToday {
  const { data, dataUpdatedAt } = useQuery({ ...capacityQuery(ods), enabled: ODS_CODE_PATTERN.test(ods) });
  // The count starts again at midnight: an answer from another day says nothing about today.
  if (!data || londonWallClock(new Date(dataUpdatedAt)).date !== londonWallClock(now).date) return NOT_FULL;
  return data;
}

/** The practice said it is full (it refused a request): the next page asks again, not the minute-old answer. */
export function useCapacityAskedAgainWhen(ods: string, refusedAsFull: boolean) {
  const client = useQueryClient();
  useEffect(() => {
    if (refusedAsFull) void client.invalidateQueries({ queryKey: capacityQuery(ods).queryKey });
  }, [client, ods, refusedAsFull]);
}
