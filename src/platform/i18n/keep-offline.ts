import { catalogueUrl } from '../api/static-files';
import { isLiteMode } from '../device/device-settings';

/**
 * The service worker precaches the app but not the translation catalogues: only the
 * language in use, and English (the fallback for a missing word), are kept on the
 * device, every namespace of them, so every journey reads right offline after one
 * visit. Called at start and on each change of language, once the worker is ready.
 */
import { LANGUAGE_CACHE } from './language-cache';

declare const __CATALOGUE_NAMESPACES__: string[];

/**
 * Every catalogue namespace the build holds (each triage topic has its own). Defined here,
 * in this lazily loaded file, so the growing list costs the first page nothing.
 */
const CATALOGUE_NAMESPACES: readonly string[] = __CATALOGUE_NAMESPACES__;

export function keepLanguageOffline(language: string) {
  if (!('caches' in window) || !('serviceWorker' in navigator)) return;
  const keep = new Set([language, 'en']);
  void navigator.serviceWorker.ready
    .then(async () => {
      const cache = await caches.open(LANGUAGE_CACHE);
      // A language no longer in use leaves the device: only the active one is kept.
      for (const request of await cache.keys()) {
        if (!keep.has(new URL(request.url).pathname.split('/')[2] ?? '')) await cache.delete(request);
      }
      // Lite mode downloads nothing ahead: the words of pages opened are kept as they open.
      if (isLiteMode()) return;
      const urls = [...keep].flatMap((l) => CATALOGUE_NAMESPACES.map((ns) => catalogueUrl(l, ns)));
      const missing = (await Promise.all(urls.map(async (u) => ((await cache.match(u)) ? null : u)))).filter(
        (u): u is string => u !== null,
      );
      // One file at a time per lane, each kept as it arrives: on a weak signal that drops
      // halfway, what came is kept (addAll would keep nothing), and the next start fetches the rest.
      const lanes = Array.from({ length: 4 }, async () => {
        for (let url = missing.shift(); url; url = missing.shift()) await cache.add(url).catch(() => undefined);
      });
      await Promise.all(lanes);
    })
    .catch(() => {
      // Offline or storage full: the language still works now, just not offline later.
    });
}
