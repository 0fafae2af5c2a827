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
