/**
 * Front Door's service worker in lite mode (chosen in /settings, or on by itself when the
 * browser asks to save data). Unlike the full worker (sw.js), it downloads nothing ahead:
 * it keeps each app file and catalogue the patient actually opened, so those pages still
 * open offline, and it never fetches pages they have not asked for.
 */
const APP_CACHE = 'front-door-lite-app';
const LANGUAGE_CACHE = 'front-door-languages';
const SHELL = '/index.html';

self.addEventListener('install', () => {
  // Switching mode is not an app update: nothing to ask the patient.
  self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

function notForUs(url, request) {
  return (
    request.method !== 'GET' ||
    url.origin !== self.location.origin ||
    url.pathname.startsWith('/api/') ||
    url.pathname.startsWith('/__test/') ||
    url.pathname === '/embed.js' ||
    url.pathname === '/app-files.json' ||
    url.searchParams.get('embed') === '1'
  );
}

async function cacheFirst(request, cacheName) {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) {
    const cache = await caches.open(cacheName);
    await cache.put(request, response.clone());
  }
  return response;
}

/** Pages: the network first (fresh opening hours); offline, the last app shell. */
async function page(request) {
  try {
    const response = await fetch(request);
    if (response.ok) {
      const cache = await caches.open(APP_CACHE);
      await cache.put(SHELL, response.clone());
    }
    return response;
  } catch (error) {
    // Ours, or the full worker's precached copy (stored with a ?__WB_REVISION__ query).
    const shell = (await caches.match(SHELL)) ?? (await caches.match(SHELL, { ignoreSearch: true }));
    if (shell) return shell;
    throw error;
  }
}

async function networkThenCache(request) {
  try {
    const response = await fetch(request);
    if (response.ok) await (await caches.open(APP_CACHE)).put(request, response.clone());
    return response;
  } catch (error) {
    const cached = await caches.match(request);
    if (cached) return cached;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (notForUs(url, request)) return;
  if (request.mode === 'navigate') event.respondWith(page(request));
  else if (url.pathname.startsWith('/locales/')) event.respondWith(cacheFirst(request, LANGUAGE_CACHE));
  else if (url.pathname.startsWith('/assets/')) event.respondWith(cacheFirst(request, APP_CACHE));
  else event.respondWith(networkThenCache(request));
});

/** Roughly what lite mode saved: the app files never downloaded, at their gzip size. */
async function dataSaved() {
  const response = await fetch('/app-files.json', { cache: 'no-store' });
  const sizes = await response.json();
  let bytes = 0;
  for (const [path, size] of Object.entries(sizes)) {
    if (!(await caches.match(path))) bytes += size;
  }
  return bytes;
}

self.addEventListener('message', (event) => {
  const port = event.ports[0];
  if (event.data?.type === 'SKIP_WAITING') self.skipWaiting();
  if (event.data?.type === 'DATA_SAVED' && port) {
    event.waitUntil(dataSaved().then((bytes) => port.postMessage({ bytes }), () => port.postMessage({ bytes: null })));
  }
});
