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

/** How long a kept app shell is used before it is checked again (once, in the background). */
const SHELL_CHECK_EVERY_MS = 12 * 60 * 60 * 1000;
const SHELL_CHECKED = '/__lite-shell-checked';

async function shellFromNetwork(request) {
  const response = await fetch(request);
  if (response.ok) {
    const cache = await caches.open(APP_CACHE);
    await cache.put(SHELL, response.clone());
    await cache.put(SHELL_CHECKED, new Response(String(Date.now())));
  }
  return response;
}

async function shellIsStale() {
  const checked = await caches.match(SHELL_CHECKED);
  const at = checked ? Number(await checked.text()) : 0;
  return !(Date.now() - at < SHELL_CHECK_EVERY_MS);
}

/**
 * Pages: the kept app shell first. The shell is the same for every page and its hashed
 * files are kept too, so a patient paying for each kilobyte does not download it again
 * on each page. It is checked in the background at most twice a day, so an update still
 * arrives. Opening hours and requests come from the API, never from here.
 */
async function page(event) {
  // Ours, or the full worker's precached copy (stored with a ?__WB_REVISION__ query).
  const kept = (await caches.match(SHELL)) ?? (await caches.match(SHELL, { ignoreSearch: true }));
  if (!kept) return shellFromNetwork(event.request);
  if (await shellIsStale()) event.waitUntil(shellFromNetwork(event.request).catch(() => undefined));
  return kept;
}

/** The favicon, the icons and the manifest: kept once, never fetched again on each page. */
const SHELL_COMPANIONS = ['/favicon.svg', '/manifest.webmanifest'];
const KEPT_FILES = /^\/(favicon\.(svg|ico)|manifest\.webmanifest|icons\/.+)$/;

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
  if (request.mode === 'navigate') event.respondWith(page(event));
  else if (url.pathname.startsWith('/locales/')) event.respondWith(cacheFirst(request, LANGUAGE_CACHE));
  else if (url.pathname.startsWith('/assets/') || KEPT_FILES.test(url.pathname)) event.respondWith(cacheFirst(request, APP_CACHE));
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

/**
 * Files the page loaded before this worker took control (its first visit): kept from the
 * browser's HTTP cache (force-cache: no download when it has them), like any file opened.
 * `shell` is that page's own address: every app address is the same app shell, kept once.
 */
async function keepOpened(urls, shell) {
  if (typeof shell === 'string' && new URL(shell).origin === self.location.origin && !(await caches.match(SHELL))) {
    const response = await fetch(shell, { cache: 'force-cache' }).catch(() => null);
    if (response?.ok && (response.headers.get('content-type') ?? '').startsWith('text/html')) {
      const cache = await caches.open(APP_CACHE);
      await cache.put(SHELL, response);
      await cache.put(SHELL_CHECKED, new Response(String(Date.now())));
      // The browser asked for these with the page, outside Resource Timing (so not in `urls`).
      for (const path of SHELL_COMPANIONS) {
        const companion = await fetch(path, { cache: 'force-cache' }).catch(() => null);
        if (companion?.ok) await cache.put(path, companion);
      }
    }
  }
  for (const href of urls) {
    const url = new URL(href);
    if (url.origin !== self.location.origin || (await caches.match(href))) continue;
    const cacheName = url.pathname.startsWith('/locales/') ? LANGUAGE_CACHE : url.pathname.startsWith('/assets/') ? APP_CACHE : null;
    if (!cacheName) continue;
    const response = await fetch(href, { cache: 'force-cache' }).catch(() => null);
    if (response?.ok) await (await caches.open(cacheName)).put(href, response);
  }
}

self.addEventListener('message', (event) => {
  const port = event.ports[0];
  if (event.data?.type === 'KEEP_OPENED' && Array.isArray(event.data.urls)) event.waitUntil(keepOpened(event.data.urls, event.data.shell));
  if (event.data?.type === 'SKIP_WAITING') self.skipWaiting();
  if (event.data?.type === 'DATA_SAVED' && port) {
    event.waitUntil(dataSaved().then((bytes) => port.postMessage({ bytes }), () => port.postMessage({ bytes: null })));
  }
});
