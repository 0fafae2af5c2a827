import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiBaseUrl, apiGet, apiRequest } from '../../../platform/api/client';
import { practiceAreaKeys, STAFF_GC_TIME } from './keys';
import type { Inbox, Outcome, RequestDetail } from './types';

/** The inbox refreshes this often while it is open (the contract's polling interval). */
export const INBOX_REFRESH_MS = 20_000;

const requestPath = (reference: string) => `practice/requests/${encodeURIComponent(reference)}`;

/** `filters`: the inbox's query string (kind, status, mine), passed to the server as it is. */
export const inboxQuery = (filters: string) =>
  queryOptions({
    queryKey: practiceAreaKeys.inbox(filters),
    queryFn: ({ signal }) => apiGet<Inbox>(`practice/requests${filters ? `?${filters}` : ''}`, signal),
    refetchInterval: INBOX_REFRESH_MS,
    staleTime: 0,
    gcTime: STAFF_GC_TIME,
    placeholderData: keepPreviousData,
  });

export const requestQuery = (reference: string) =>
  queryOptions({
    queryKey: practiceAreaKeys.request(reference),
    queryFn: ({ signal }) => apiGet<RequestDetail>(requestPath(reference), signal),
    staleTime: 0,
    gcTime: STAFF_GC_TIME,
  });

const post = (reference: string, action: string, body: unknown) =>
  apiRequest<RequestDetail>(`${requestPath(reference)}/${action}`, { method: 'POST', body });

export const assignRequest = (reference: string, staffId: string | null) => post(reference, 'assign', { staffId });
export const startRequest = (reference: string) => post(reference, 'start', {});
export const completeRequest = (reference: string, outcome: Outcome, note?: string) =>
  post(reference, 'complete', note ? { outcome, note } : { outcome });
export const replyToPatient = (reference: string, text: string, inviteAppointment: boolean) =>
  post(reference, 'replies', { text, inviteAppointment });

/** Export and photo links, on the API's own origin (the session cookie goes with them). */
export const exportUrl = (reference: string, format: 'pdf' | 'json') =>
  new URL(`${requestPath(reference)}/export.${format}`, apiBaseUrl()).href;

export const photoUrl = (url: string) => new URL(url, apiBaseUrl()).href;
