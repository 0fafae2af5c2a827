/**
 * The service worker precaches the app but not the translation catalogues: only the
 * language in use (and English, the fallback) is kept for offline use. Catalogues
 * fetched before the worker took control are copied into its cache here, once it is ready.
 */
export const LANGUAGE_CACHE = 'front-door-languages';

export function keepLanguageOffline(language: string) {
  if (!('caches' in window) || !('serviceWorker' in navigator)) return;
  void navigator.serviceWorker.ready
    .then(async () => {
      const urls = performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name))
        .filter((url) => url.origin === location.origin)
        .filter((url) => url.pathname.startsWith(`/locales/${language}/`) || url.pathname.startsWith('/locales/en/'))
        .map((url) => url.href);
      if (urls.length === 0) return;
      const cache = await caches.open(LANGUAGE_CACHE);
      const missing = (await Promise.all(urls.map(async (u) => ((await cache.match(u)) ? null : u)))).filter(
        (u): u is string => u !== null,
      );
      await cache.addAll(missing);
    })
    .catch(() => {
      // Offline or storage full: the language still works now, just not offline later.
    });
}

/** Whether a language's catalogues are on this device (for switching offline). */
export async function languageIsOnDevice(language: string): Promise<boolean> {
  if (!('caches' in window)) return navigator.onLine;
  const cache = await caches.open(LANGUAGE_CACHE);
  const keys = await cache.keys();
  return keys.some((request) => new URL(request.url).pathname.startsWith(`/locales/${language}/`));
}
