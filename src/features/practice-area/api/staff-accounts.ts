import { queryOptions } from '@tanstack/react-query';
import { apiGet, apiRequest } from '../../../platform/api/client';
import { practiceAreaKeys, STAFF_GC_TIME } from './keys';
import type { NewStaffAccount, StaffAccount, StaffRole } from './types';

export const staffAccountsQuery = () =>
  queryOptions({
    queryKey: practiceAreaKeys.staff(),
    queryFn: ({ signal }) => apiGet<{ staff: StaffAccount[] }>('practice/staff', signal),
    staleTime: 0,
    gcTime: STAFF_GC_TIME,
  });

export const addStaffAccount = (account: { name: string; email: string; role: StaffRole }) =>
  apiRequest<NewStaffAccount>('practice/staff', { method: 'POST', body: account });

export const changeStaffAccount = (id: string, change: { role?: StaffRole; disabled?: boolean }) =>
  apiRequest<{ staff: StaffAccount }>(`practice/staff/${encodeURIComponent(id)}`, { method: 'PATCH', body: change });
