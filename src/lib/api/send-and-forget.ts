import { apiBaseUrl } from './client';

/**
 * POSTs a small JSON body and forgets it: for counts a page must never wait for.
 * No cookies or credentials go with it (`credentials: 'omit'`), no referrer, and
 * `keepalive` lets it finish while the page unloads. Whatever happens, nothing throws
 * and nothing waits. Returns false when it could not even start (for the caller's queue).
 */
export function sendAndForget(path: string, body: unknown): boolean {
  try {
    const url = new URL(path.replace(/^\//, ''), apiBaseUrl());
    void fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      keepalive: true,
    }).catch(() => undefined);
    return true;
  } catch {
    return false;
  }
}
