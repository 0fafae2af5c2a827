import type { Browser, CDPSession } from '@playwright/test';

export interface WireBytes {
  /** Response headers and encoded (compressed) bodies, as CDP's encodedDataLength counts them. */
  received: number;
  /** Request lines, headers and bodies (a body's size from its Content-Length). */
  sent: number;
  /** Requests that went to the network, from the page or from its service worker. */
  requests: number;
  /**
   * Of `sent`, the bytes of the browser's own `Save-Data: on` header (a browser with its data
   * saver on sends it with every request; lite mode turns itself on from it): the browser's
   * choice, not the app's, so set apart when lite mode is compared with normal mode.
   */
  saveDataHeader: number;
  /** The largest few, to see where the bytes go. */
  largest: { url: string; bytes: number }[];
}

interface Pending {
  url: string;
  method: string;
  /** The headers the page asked for; the ones actually sent come in ExtraInfo. */
  headers: Record<string, string>;
  servedByWorker: boolean;
}

/** What a request sent, from its ExtraInfo event, which Chromium may deliver after the response has finished. */
interface Sent {
  sentBytes: number;
  saveDataBytes: number;
}

/** The parts of CDP Network events the meter reads. */
interface NetworkEvent {
  method?: string;
  params?: {
    requestId?: string;
    request?: { url: string; method: string; headers?: Record<string, string> };
    headers?: Record<string, string>;
    response?: { fromServiceWorker?: boolean; fromDiskCache?: boolean; fromPrefetchCache?: boolean };
    encodedDataLength?: number;
  };
}

/** What an HTTP/1.1 request line and headers take on the wire. */
function requestHeadBytes(method: string, url: string, headers: Record<string, string>): number {
  const { pathname, search } = new URL(url);
  let bytes = Buffer.byteLength(`${method} ${pathname}${search} HTTP/1.1\r\n\r\n`);
  for (const [name, value] of Object.entries(headers)) bytes += Buffer.byteLength(`${name}: ${value}\r\n`);
  return bytes;
}

/** A request's line, headers and body (its Content-Length), and the Save-Data header's share. */
function sentBytes(method: string, url: string, headers: Record<string, string>): Sent {
  const length = Object.entries(headers).find(([name]) => name.toLowerCase() === 'content-length')?.[1];
  return {
    sentBytes: requestHeadBytes(method, url, headers) + Number(length ?? 0),
    saveDataBytes: Object.entries(headers)
      .filter(([name]) => name.toLowerCase() === 'save-data')
      .reduce((sum, [name, value]) => sum + Buffer.byteLength(`${name}: ${value}\r\n`), 0),
  };
}

/**
 * Counts the bytes a page and its service worker move over the network, from CDP Network
 * events. Playwright opens CDP sessions on pages and frames only, so the meter attaches
 * to each page and service worker target through the browser's own session, unflattened:
 * their events come back as Target.receivedMessageFromTarget on that one session. A
 * response the worker answered (from its caches) or the HTTP cache gave is not counted;
 * the worker's own fetch for it, if any, is.
 */
export async function wireMeter(browser: Browser) {
  const session: CDPSession = await browser.newBrowserCDPSession();
  const attached = new Set<string>();
  const attaching = new Set<Promise<void>>();
  const pending = new Map<string, Pending>();
  const sentByRequest = new Map<string, Sent>();
  const done: { key: string; url: string; method: string; headers: Record<string, string>; received: number }[] = [];
  let counting = false;
  let lastActivity = Date.now();
  let messageId = 1;

  session.on('Target.receivedMessageFromTarget', ({ sessionId, message }) => {
    const event = JSON.parse(message) as NetworkEvent;
    if (!event.method?.startsWith('Network.') || !event.params || !counting) return;
    const { params } = event;
    const key = `${sessionId}/${params.requestId}`;
    lastActivity = Date.now();
    switch (event.method) {
      case 'Network.requestWillBeSent': {
        const request = params.request;
        if (!request?.url.startsWith('http')) return;
        // A redirect would reuse the id and its first hop go uncounted: the app makes none.
        pending.set(key, { url: request.url, method: request.method, headers: request.headers ?? {}, servedByWorker: false });
        break;
      }
      case 'Network.requestWillBeSentExtraInfo': {
        // The URL and method come from requestWillBeSent; the request may have finished by now.
        const entry = pending.get(key) ?? done.find((d) => d.key === key);
        if (!entry || !params.headers) return;
        sentByRequest.set(key, sentBytes(entry.method, entry.url, params.headers));
        break;
      }
      case 'Network.responseReceived': {
        const entry = pending.get(key);
        const response = params.response;
        if (entry && response) entry.servedByWorker = Boolean(response.fromServiceWorker || response.fromDiskCache || response.fromPrefetchCache);
        break;
      }
      case 'Network.loadingFinished': {
        const entry = pending.get(key);
        pending.delete(key);
        if (!entry || entry.servedByWorker) return;
        done.push({ key, url: entry.url, method: entry.method, headers: entry.headers, received: params.encodedDataLength ?? 0 });
        break;
      }
      case 'Network.loadingFailed':
        pending.delete(key);
        break;
    }
  });

  async function attach(targetId: string) {
    if (attached.has(targetId)) return;
    attached.add(targetId);
    const { sessionId } = await session.send('Target.attachToTarget', { targetId, flatten: false });
    await session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: messageId++, method: 'Network.enable', params: {} }) });
  }
  const watched = (type: string) => type === 'page' || type === 'service_worker';
  session.on('Target.targetCreated', ({ targetInfo }) => {
    if (!watched(targetInfo.type)) return;
    const attempt = attach(targetInfo.targetId).catch(() => {
      attached.delete(targetInfo.targetId); // gone before it could be watched
    });
    attaching.add(attempt);
    void attempt.finally(() => attaching.delete(attempt));
  });
  await session.send('Target.setDiscoverTargets', { discover: true });
  for (const target of (await session.send('Target.getTargets')).targetInfos) {
    if (watched(target.type)) await attach(target.targetId);
  }

  return {
    /** Resolves once every page and worker opened so far is watched. */
    async ready() {
      await Promise.all(attaching);
    },
    /** Counts from now on (targets stay attached, so nothing is missed as a page opens). */
    start() {
      done.length = 0;
      pending.clear();
      sentByRequest.clear();
      counting = true;
    },
    /** Waits for `quietMs` with no network event, then stops and sums what went over the wire. */
    async stop(quietMs = 1_500): Promise<WireBytes> {
      while (Date.now() - lastActivity < quietMs) await new Promise((r) => setTimeout(r, 250));
      counting = false;
      // Chromium now and then sends no ExtraInfo for a request: then the headers the page
      // asked for stand in: about 150 bytes short (Host, Connection, Accept-Encoding and the
      // client hints are added later).
      const counted = done
        .map((r) => {
          const { sentBytes: sent, saveDataBytes: saveData } = sentByRequest.get(r.key) ?? sentBytes(r.method, r.url, r.headers);
          return { url: r.url, received: r.received, sent, saveData };
        })
        .filter((r) => r.received > 0 || r.sent > 0);
      return {
        received: counted.reduce((sum, r) => sum + r.received, 0),
        sent: counted.reduce((sum, r) => sum + r.sent, 0),
        requests: counted.length,
        saveDataHeader: counted.reduce((sum, r) => sum + r.saveData, 0),
        largest: [...counted]
          .sort((a, b) => b.received + b.sent - (a.received + a.sent))
          .slice(0, Number(process.env.BENCH_LARGEST ?? 5))
          .map((r) => ({ url: new URL(r.url).pathname, bytes: r.received + r.sent })),
      };
    },
    async close() {
      await session.detach().catch(() => {});
    },
  };
}
