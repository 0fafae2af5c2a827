import { persistQueryClientRestore, persistQueryClientSave, persistQueryClientSubscribe } from '@tanstack/query-persist-client-core';
import { createAsyncStoragePersister } from '@tanstack/query-async-storage-persister';
import type { QueryClient } from '@tanstack/react-query';
import { createStore, del, get, set } from 'idb-keyval';
import { OFFLINE_CACHE_MAX_AGE, SAVED_CACHE_DATABASE } from './cache-lifetime';
import { isStaffQueryKey } from './staff-queries';

const cacheStore = typeof indexedDB === 'undefined' ? undefined : createStore(SAVED_CACHE_DATABASE, 'query-cache');

/**
 * The query cache saved in IndexedDB, so the practice's details show offline. Only
 * queries marked `meta: { persist: true }` are written: never a patient's answers, and
 * never anything of the practice area (./staff-queries.ts), even if marked by mistake.
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

/** Which queries are written to the device. */
export const shouldSaveQuery = (query: { queryKey: readonly unknown[]; meta?: Record<string, unknown>; state: { status: string } }) =>
  !isStaffQueryKey(query.queryKey) && query.meta?.persist === true && query.state.status === 'success';

const options = (queryClient: QueryClient) => ({
  queryClient,
  persister: queryPersister,
  maxAge: OFFLINE_CACHE_MAX_AGE,
  buster: 'v1',
  dehydrateOptions: {
    shouldDehydrateQuery: shouldSaveQuery,
  },
});

/** Puts what an earlier visit saved back into the cache; a broken cache is dropped. */
export async function restoreSavedCache(queryClient: QueryClient): Promise<void> {
  await persistQueryClientRestore(options(queryClient)).catch(() => undefined);
}

/** Saves what the cache holds now, and again whenever it changes. */
export function keepCacheSaved(queryClient: QueryClient): void {
  persistQueryClientSubscribe(options(queryClient));
  void persistQueryClientSave(options(queryClient)).catch(() => undefined);
}
