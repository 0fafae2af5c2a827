/**
 * Every query and mutation of the practice area starts its key with this. Staff data is
 * about patients and must never stay on the staff device: the saved cache skips these
 * keys whatever their `meta` says, and signing out drops them from memory.
 */
export const STAFF_QUERY_KEY = 'practice-area';

export function isStaffQueryKey(key: readonly unknown[] | undefined): boolean {
  return key?.[0] === STAFF_QUERY_KEY;
}
