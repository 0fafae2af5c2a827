import { expect, test } from './fixtures';

test.describe('security headers and the API contract', () => {
  test('pages carry a strict CSP and the other security headers', async ({ request }) => {
    for (const path of ['/', '/Y99001', '/sw.js']) {
      const headers = (await request.get(path)).headers();
      const csp = headers['content-security-policy'] ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).toContain("frame-ancestors 'self'");
      expect(headers['referrer-policy']).toBe('no-referrer');
      expect(headers['permissions-policy']).toContain('geolocation=()');
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['set-cookie']).toBeUndefined();
    }
  });

  test('the built page has no inline script and no third-party URL', async ({ request }) => {
    const html = await (await request.get('/')).text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(Buffer.byteLength(html)).toBeLessThanOrEqual(14_000);
  });

  test('API answers are never cached and bad input is a 4xx OperationOutcome', async ({ request }) => {
    const ok = await request.get('/api/practices/Y99001');
    expect(ok.headers()['cache-control']).toBe('no-store');
    for (const [path, status] of [
      ['/api/practices?q=x', 400],
      ['/api/practices/not-an-ods', 400],
      ['/api/practices/Z99999', 404],
      ['/api/nothing-here', 404],
    ] as const) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(status);
      expect(response.headers()['cache-control']).toBe('no-store');
      const body = await response.json();
      expect(body.resourceType).toBe('OperationOutcome');
      expect(body.issue[0].details.text).toEqual(expect.any(String));
    }
  });
});
