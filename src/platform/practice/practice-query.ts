import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../api/client';
import { parsePracticeSettings, type PracticeSettings } from '../../domain/practice/practice-settings';

import { ODS_CODE_PATTERN } from '../../domain/practice/ods-code';

export { ODS_CODE_PATTERN };

export class InvalidSettingsError extends Error {
  constructor(ods: string) {
    super(`The settings for ${ods} do not match the schema`);
    this.name = 'InvalidSettingsError';
  }
}

/** A practice's settings, shared by every journey, kept on the device for offline use. */
export function practiceQuery(ods: string) {
  return queryOptions({
    queryKey: ['practice', ods] as const,
    queryFn: async ({ signal }): Promise<PracticeSettings> => {
      const raw = await apiGet<unknown>(`practices/${encodeURIComponent(ods)}`, signal);
      const result = parsePracticeSettings(raw);
      if (!result.success) throw new InvalidSettingsError(ods);
      return result.output;
    },
    meta: { persist: true },
    staleTime: 5 * 60_000,
  });
}

/** A practice's settings by its code; pages below `/:ods` use `usePractice()` (practice-route.tsx) instead. */
export function usePracticeSettings(ods: string) {
  return useQuery({ ...practiceQuery(ods), enabled: ODS_CODE_PATTERN.test(ods) });
}
