/**
 * How long cached practice details stay usable offline. Also the in-memory gcTime, so
 * it must stay under setTimeout's 2^31 ms (24.8 days): beyond that the timer fires at
 * once and a restored query is thrown away the moment it is restored.
 */
export const OFFLINE_CACHE_MAX_AGE = 14 * 24 * 60 * 60 * 1000;

/** The IndexedDB database the query cache is saved in (./saved-cache.ts). */
export const SAVED_CACHE_DATABASE = 'front-door-cache';
