/**
 * Lite mode keeps each file as it passes through the lite worker. On the first visit the
 * page loads before that worker takes control, so the files it loaded then (a catalogue
 * shown once per visit, say) would never be kept, and would be missing offline later.
 * This tells the worker which files went past it, and the page itself; it takes them from
 * the browser's own HTTP cache, so nothing is downloaded twice.
 */
const OURS = /^\/(assets|locales)\//;

export function keepFilesLoadedBeforeLiteWorker() {
  if (typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes?.includes('resource')) return;
  let missed: string[] = [];
  // The page itself (the app shell), when no worker served it: kept too, or the next visit
  // downloads it again although the browser has it.
  let shell: string | null = navigator.serviceWorker.controller ? null : location.href;
  const send = () => {
    const worker = navigator.serviceWorker.controller;
    if (worker && !worker.scriptURL.endsWith('/sw-lite.js')) [missed, shell] = [[], null]; // the full worker keeps everything
    if ((missed.length === 0 && !shell) || !worker) return;
    worker.postMessage({ type: 'KEEP_OPENED', urls: missed, shell });
    [missed, shell] = [[], null];
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as PerformanceResourceTiming[]) {
      const url = new URL(entry.name);
      // workerStart is 0 when no service worker answered the request.
      if (entry.workerStart === 0 && url.origin === location.origin && OURS.test(url.pathname)) missed.push(entry.name);
    }
    send();
  }).observe({ type: 'resource', buffered: true });
  navigator.serviceWorker.addEventListener('controllerchange', send);
}
