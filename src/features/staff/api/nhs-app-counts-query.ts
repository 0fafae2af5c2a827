import { queryOptions, useQuery } from '@tanstack/react-query';
import * as v from 'valibot';
import { apiGet } from '../../../platform/api/client';
import { NhsAppCountsSchema, type NhsAppCounts } from '../../../domain/nhs-app/count-events';

/** The practice's aggregate NHS App counts: always fresh, never kept on the device. */
export function nhsAppCountsQuery(ods: string) {
  return queryOptions({
    queryKey: ['nhs-app-counts', ods] as const,
    queryFn: async ({ signal }): Promise<NhsAppCounts> =>
      v.parse(NhsAppCountsSchema, await apiGet<unknown>(`practices/${encodeURIComponent(ods)}/nhs-app-counts`, signal)),
    staleTime: 0,
    retry: false,
  });
}

export const useNhsAppCounts = (ods: string) => useQuery(nhsAppCountsQuery(ods));
