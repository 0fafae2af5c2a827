import { apiBaseUrl } from './client';

/**
 * POSTs a small JSON body and forgets it: for counts a page must never wait for.
 * No cookies or credentials go with it (`credentials: 'omit'`) and no referrer; while
 * the page unloads it goes as a beacon. Whatever happens, nothing throws
 * and nothing waits. Returns false when it could not even start (for the caller's queue).
 */
export function sendAndForget(path: string, body: unknown, { unloading = false } = {}): boolean {
  try {
    const url = new URL(path.replace(/^\//, ''), apiBaseUrl());
    const json = JSON.stringify(body);
    // While the page unloads, a beacon is the one request browsers promise to deliver
    // (a keepalive fetch sent then was sometimes dropped). Beacons carry no credentials.
    if (unloading && typeof navigator.sendBeacon === 'function') {
      if (navigator.sendBeacon(url, new Blob([json], { type: 'application/json' }))) return true;
    }
    void fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: json,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
    })
      // Read the (tiny) answer so the connection is released rather than held open.
      .then((response) => response.text())
      .catch(() => undefined);
    return true;
  } catch {
    return false;
  }
}
