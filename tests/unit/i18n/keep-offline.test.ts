// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { keepLanguageOffline } from '../../../src/platform/i18n/keep-offline';
declare const __CATALOGUE_NAMESPACES__: string[];

/** A Cache Storage cache in memory whose downloads fail for the URLs it is told. */
function fakeCache(failing: (url: string) => boolean, held: string[] = []) {
  const urls = new Set(held);
  return {
    urls,
    keys: async () => [...urls].map((u) => new Request(u)),
    match: async (u: string) => (urls.has(u) ? new Response('{}') : undefined),
    delete: async (r: Request) => urls.delete(r.url),
    add: async (u: string) => {
      if (failing(u)) throw new TypeError('network');
      urls.add(u);
    },
    addAll: async () => {
      throw new Error('addAll keeps nothing when one file fails');
    },
  };
}

function onDevice(cache: ReturnType<typeof fakeCache>) {
  vi.stubGlobal('caches', { open: async () => cache });
  Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: { ready: Promise.resolve() } });
}

const namespacesOf = (cache: ReturnType<typeof fakeCache>, language: string) =>
  [...cache.urls].filter((u) => new URL(u).pathname.startsWith(`/locales/${language}/`)).length;

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('keeping a language on the device', () => {
  it('keeps every file that arrived when the signal drops for some of them', async () => {
    const cache = fakeCache((u) => u.includes('/locales/pl/request.json'));
    onDevice(cache);
    keepLanguageOffline('pl');
    await vi.waitFor(() => expect(namespacesOf(cache, 'en')).toBe(__CATALOGUE_NAMESPACES__.length));
    expect(namespacesOf(cache, 'pl')).toBe(__CATALOGUE_NAMESPACES__.length - 1);
  });

  it('lets a language no longer in use leave the device, and fetches only what is missing', async () => {
    const held = ['http://localhost:3000/locales/ar/common.json?v=1'];
    const cache = fakeCache(() => false, held);
    const add = vi.spyOn(cache, 'add');
    onDevice(cache);
    keepLanguageOffline('en');
    await vi.waitFor(() => expect(namespacesOf(cache, 'en')).toBe(__CATALOGUE_NAMESPACES__.length));
    expect(namespacesOf(cache, 'ar')).toBe(0);
    keepLanguageOffline('en');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(add).toHaveBeenCalledTimes(__CATALOGUE_NAMESPACES__.length);
  });
});
