import { STAFF_QUERY_KEY } from '../../../platform/query/staff-queries';

/** Query keys of the practice area: all start with STAFF_QUERY_KEY, so none is ever saved on the device. */
export const practiceAreaKeys = {
  all: [STAFF_QUERY_KEY] as const,
  session: () => [STAFF_QUERY_KEY, 'session'] as const,
  inboxes: () => [STAFF_QUERY_KEY, 'inbox'] as const,
  inbox: (filters: string) => [STAFF_QUERY_KEY, 'inbox', filters] as const,
  request: (reference: string) => [STAFF_QUERY_KEY, 'request', reference] as const,
  settings: () => [STAFF_QUERY_KEY, 'settings'] as const,
  staff: () => [STAFF_QUERY_KEY, 'staff'] as const,
  action: (name: string) => [STAFF_QUERY_KEY, 'action', name] as const,
};

/** Staff data lives in memory only while it is in use. */
export const STAFF_GC_TIME = 5 * 60 * 1000;
