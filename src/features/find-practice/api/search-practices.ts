import { queryOptions } from '@tanstack/react-query';
import { apiGet } from '../../../platform/api/client';
import type { PracticeSummary } from '../../../domain/practice/practice-settings';

export const MIN_SEARCH_LENGTH = 2;

export function searchPracticesQuery(term: string) {
  return queryOptions({
    queryKey: ['practice-search', term.toLowerCase()] as const,
    queryFn: async ({ signal }) =>
      (await apiGet<{ practices: PracticeSummary[] }>(`practices?q=${encodeURIComponent(term)}`, signal)).practices,
    enabled: term.length >= MIN_SEARCH_LENGTH,
    staleTime: 10 * 60_000,
  });
}
