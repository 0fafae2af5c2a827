import { queryOptions } from '@tanstack/react-query';
import type { PracticeSettings } from '../../../domain/practice/practice-settings';
import { apiGet, apiRequest } from '../../../platform/api/client';
import { practiceAreaKeys, STAFF_GC_TIME } from './keys';
import type { SettingsDocument } from './types';

export const settingsQuery = () =>
  queryOptions({
    queryKey: practiceAreaKeys.settings(),
    queryFn: ({ signal }) => apiGet<SettingsDocument>('practice/settings', signal),
    staleTime: 0,
    gcTime: STAFF_GC_TIME,
  });

/** Saves over `version` only: someone else's save in between answers 412. */
export const saveSettings = (settings: PracticeSettings, version: number) =>
  apiRequest<SettingsDocument>('practice/settings', { method: 'PUT', body: { settings }, headers: { 'If-Match': `"${version}"` } });
