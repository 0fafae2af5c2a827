import { EMBED_PARAM, PRACTICE_PARAM } from './url-params';

/**
 * The messages between embed.js (on a practice's website) and the app (in the iframe).
 * Shared by both sides, so it stays free of React and app code: embed.js bundles it.
 *
 * Both sides post to one exact origin and never to `*`, and both read a message only
 * from the origin they expect and only in the shapes below: anything else is ignored.
 */

/** Marks our messages apart from whatever else a host page or its widgets post. */
export const EMBED_PROTOCOL = 'front-door-embed/1';

/** A frame shorter than this is a broken message; taller is a page no patient scrolls. */
export const MIN_FRAME_HEIGHT = 120;
export const MAX_FRAME_HEIGHT = 20_000;

/** What the app tells the host page. */
export type AppMessage =
  | { type: 'ready' }
  | { type: 'height'; height: number }
  /** The patient moved to another page: the host brings the frame's top into view. */
  | { type: 'navigated' };

/** What the host page tells the app: "I am your embedder; tell me when you are ready." */
export type HostMessage = { type: 'hello' };

export type Wire<T> = T & { protocol: typeof EMBED_PROTOCOL };

export function toWire<T extends AppMessage | HostMessage>(message: T): Wire<T> {
  return { protocol: EMBED_PROTOCOL, ...message };
}

function isRecord(data: unknown): data is Record<string, unknown> {
  return typeof data === 'object' && data !== null && !Array.isArray(data);
}

/** A message from the app, or null when it is not one of ours or not a sane shape. */
export function readAppMessage(data: unknown): AppMessage | null {
  if (!isRecord(data) || data.protocol !== EMBED_PROTOCOL) return null;
  if (data.type === 'ready' || data.type === 'navigated') return { type: data.type };
  if (data.type === 'height') {
    const height = data.height;
    if (typeof height !== 'number' || !Number.isFinite(height)) return null;
    if (height < MIN_FRAME_HEIGHT || height > MAX_FRAME_HEIGHT) return null;
    return { type: 'height', height: Math.ceil(height) };
  }
  return null;
}

export function readHostMessage(data: unknown): HostMessage | null {
  if (!isRecord(data) || data.protocol !== EMBED_PROTOCOL) return null;
  return data.type === 'hello' ? { type: 'hello' } : null;
}

/**
 * Whether `origin` is exactly one of the practice's allowed origins. An opaque origin
 * ("null", from sandboxed frames and file: pages) and wildcards never match.
 */
export function isAllowedOrigin(origin: string, allowed: readonly string[]): boolean {
  if (!origin || origin === 'null' || origin.includes('*')) return false;
  return allowed.some((entry) => entry.replace(/\/+$/, '').toLowerCase() === origin.toLowerCase());
}

/** `data-journey` values and the page each opens. A practice links to any of them. */
export const EMBED_JOURNEYS = ['home', 'request', 'appointments', 'nhs-app', 'referral'] as const;
export type EmbedJourney = (typeof EMBED_JOURNEYS)[number];

export function isEmbedJourney(value: unknown): value is EmbedJourney {
  return typeof value === 'string' && (EMBED_JOURNEYS as readonly string[]).includes(value);
}

export { EMBED_PARAM, PRACTICE_PARAM };

/**
 * The app URL an embed opens. The referral journey is national (/referral), so the
 * practice travels as a parameter: it decides which sites may frame the page.
 */
export function embedUrl(appOrigin: string, ods: string, journey: EmbedJourney, framed: boolean): string {
  const code = encodeURIComponent(ods);
  const path = journey === 'home' ? `/${code}` : journey === 'referral' ? '/referral' : `/${code}/${journey}`;
  const params = new URLSearchParams();
  if (framed) params.set(EMBED_PARAM, '1');
  if (journey === 'referral') params.set(PRACTICE_PARAM, ods);
  const query = params.toString();
  return `${appOrigin}${path}${query ? `?${query}` : ''}`;
}
