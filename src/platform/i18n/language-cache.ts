import { catalogueUrl } from '../api/static-files';

/** The Cache Storage name the service workers keep catalogues in (vite.config.ts, public/sw-lite.js). */
export const LANGUAGE_CACHE = 'front-door-languages';

/** Whether a language's catalogues are on this device (for switching offline). */
export async function languageIsOnDevice(language: string): Promise<boolean> {
  if (!('caches' in window)) return navigator.onLine;
  const cache = await caches.open(LANGUAGE_CACHE);
  return Boolean(await cache.match(catalogueUrl(language, 'common')));
}
