import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { get, createStore } from 'idb-keyval';
import { keepCacheSaved } from '../../src/platform/query/saved-cache';
import { SAVED_CACHE_DATABASE } from '../../src/platform/query/cache-lifetime';

/** What the saved cache holds on the device, as the next visit would restore it. */
async function savedQueryKeys(): Promise<unknown[][]> {
  const saved = await get<string>('front-door-queries', createStore(SAVED_CACHE_DATABASE, 'query-cache'));
  if (!saved) return [];
  return (JSON.parse(saved) as { clientState: { queries: { queryKey: unknown[] }[] } }).clientState.queries.map((q) => q.queryKey);
}

describe('staff data on the device', () => {
  it('no practice-area query is ever saved, even one marked to persist; patient practice details still are', async () => {
    const queryClient = new QueryClient();
    keepCacheSaved(queryClient);
    // Even marked to persist, as a patient's practice details are, staff queries stay off the device.
    for (const key of [
      ['practice-area', 'inbox', ''],
      ['practice-area', 'request', 'FD-1001'],
      ['practice-area', 'session'],
    ]) {
      await queryClient.fetchQuery({ queryKey: key, queryFn: async () => ({ patientName: 'Jo Fictional' }), meta: { persist: true } });
    }
    await queryClient.fetchQuery({ queryKey: ['practice', 'Y99001'], queryFn: async () => ({ name: 'Test Surgery' }), meta: { persist: true } });
    await expect.poll(savedQueryKeys, { timeout: 5000 }).toEqual([['practice', 'Y99001']]);
    const saved = await get<string>('front-door-queries', createStore(SAVED_CACHE_DATABASE, 'query-cache'));
    expect(saved).not.toContain('Jo Fictional');
  });
});
