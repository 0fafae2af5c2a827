/**
 * The security headers Front Door needs from whatever serves it. The start/preview
 * server sends these; README "Deploy" lists them for static hosting.
 */
export interface SecurityHeaderOptions {
  /** Origins allowed to frame the app, besides itself; 'none': no one, not even the app. */
  frameAncestors?: readonly string[] | 'none';
}

export function contentSecurityPolicy({ frameAncestors = [] }: SecurityHeaderOptions = {}): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors === 'none' ? "'none'" : ["'self'", ...frameAncestors].join(' ')}`,
  ].join('; ');
}

export function securityHeaders(options: SecurityHeaderOptions = {}): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(options),
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': 'camera=(self), geolocation=(), microphone=(), payment=(), usb=(), interest-cohort=()',
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/** Browsers heed HSTS only over HTTPS: sent when the request came over it (README, "Deploy"). */
export const HSTS = { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' };

/**
 * Scripts, styles and images: a CSP or Permissions-Policy only governs a document or
 * worker, so these carry only what applies to them. `embed.js` runs on practices'
 * own websites, so other origins may load it.
 */
export function assetHeaders(path: string): Record<string, string> {
  return { 'X-Content-Type-Options': 'nosniff', 'Cross-Origin-Resource-Policy': path === '/embed.js' ? 'cross-origin' : 'same-origin' };
}

/** API answers: data, never a page, never cached (set by each route), never sniffed or framed. */
export function apiHeaders(): Record<string, string> {
  return {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}
