import { queryOptions } from '@tanstack/react-query';
import { apiGet, apiRequest } from '../../../platform/api/client';
import { practiceAreaKeys, STAFF_GC_TIME } from './keys';
import type { Staff } from './types';

export const sessionQuery = () =>
  queryOptions({
    queryKey: practiceAreaKeys.session(),
    queryFn: ({ signal }) => apiGet<{ staff: Staff }>('practice/session', signal),
    staleTime: 60_000,
    gcTime: STAFF_GC_TIME,
    retry: false,
  });

export const startSignIn = (email: string, password: string) =>
  apiRequest<{ next: 'code'; pending: string }>('practice/session', { method: 'POST', body: { email, password } });

export const finishSignIn = (pending: string, code: string) =>
  apiRequest<{ staff: Staff }>('practice/session/code', { method: 'POST', body: { pending, code } });

export const signOut = () => apiRequest<void>('practice/session', { method: 'DELETE' });
