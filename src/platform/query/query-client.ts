import { onlineManager, QueryClient } from '@tanstack/react-query';
import { persistQueryClientRestore, persistQueryClientSubscribe } from '@tanstack/query-persist-client-core';
import { createAsyncStoragePersister } from '@tanstack/query-async-storage-persister';
import { createStore, del, get, set } from 'idb-keyval';
import { ApiError } from '../api/client';

/**
 * How long cached practice details stay usable offline. Also the in-memory gcTime, so
 * it must stay under setTimeout's 2^31 ms (24.8 days): beyond that the timer fires at
 * once and a restored query is thrown away the moment it is restored.
 */
export const OFFLINE_CACHE_MAX_AGE = 14 * 24 * 60 * 60 * 1000;

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        gcTime: OFFLINE_CACHE_MAX_AGE,
        staleTime: 60_000,
        // A 4xx will not change by asking again; a network failure might.
        retry: (count, error) => !(error instanceof ApiError && error.isClientError) && count < 2,
      },
    },
  });
}

const cacheStore = typeof indexedDB === 'undefined' ? undefined : createStore('front-door-cache', 'query-cache');

/**
 * The query cache persisted to IndexedDB, so the practice's details show offline.
 * Only queries marked `meta: { persist: true }` are written: never a patient's answers.
 */
export const queryPersister = createAsyncStoragePersister({
  storage: {
    getItem: async (key) => (cacheStore ? ((await get<string>(key, cacheStore)) ?? null) : null),
    setItem: async (key, value) => (cacheStore ? set(key, value, cacheStore) : undefined),
    removeItem: async (key) => (cacheStore ? del(key, cacheStore) : undefined),
  },
  key: 'front-door-queries',
  throttleTime: 500,
});

const persistOptions = {
  persister: queryPersister,
  maxAge: OFFLINE_CACHE_MAX_AGE,
  buster: 'v1',
  dehydrateOptions: {
    shouldDehydrateQuery: (query: { meta?: Record<string, unknown>; state: { status: string } }) =>
      query.meta?.persist === true && query.state.status === 'success',
  },
};

/**
 * Creates the query client and restores the saved cache into it before the first
 * render, so a page opened offline finds its practice at once rather than racing
 * the restore (and never fetches while the device says it is offline).
 */
export async function startQueryClient(): Promise<QueryClient> {
  onlineManager.setOnline(navigator.onLine);
  const queryClient = createQueryClient();
  const options = { queryClient, ...persistOptions };
  await persistQueryClientRestore(options).catch(() => undefined); // a broken cache is dropped
  persistQueryClientSubscribe(options);
  return queryClient;
}
