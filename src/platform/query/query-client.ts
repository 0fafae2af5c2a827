import { onlineManager, QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/client';
import { afterFirstPage } from '../first-page';
import { OFFLINE_CACHE_MAX_AGE, SAVED_CACHE_DATABASE } from './cache-lifetime';

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

/** Whether an earlier visit may have saved a cache (when the browser cannot say, assume so). */
async function mayHaveSavedCache(): Promise<boolean> {
  if (typeof indexedDB === 'undefined') return false;
  if (typeof indexedDB.databases !== 'function') return true;
  try {
    return (await indexedDB.databases()).some((database) => database.name === SAVED_CACHE_DATABASE);
  } catch {
    return true;
  }
}

/**
 * Creates the query client. When an earlier visit saved a cache, it is restored before
 * the first render, so a page opened offline finds its practice at once rather than
 * racing the restore (and never fetches while the device says it is offline). On a first
 * visit there is nothing to restore: the saving code loads once the first page is on
 * screen, so it costs the landing page nothing.
 */
export async function startQueryClient(): Promise<QueryClient> {
  onlineManager.setOnline(navigator.onLine);
  const queryClient = createQueryClient();
  if (await mayHaveSavedCache()) {
    const cache = await import('./saved-cache');
    await cache.restoreSavedCache(queryClient);
    cache.keepCacheSaved(queryClient);
  } else if (typeof indexedDB !== 'undefined') {
    afterFirstPage(() => void import('./saved-cache').then((cache) => cache.keepCacheSaved(queryClient)));
  }
  return queryClient;
}
