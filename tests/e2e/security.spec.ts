import { readFileSync } from 'node:fs';
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

  test('each type of response carries the headers the README deploy section lists, word for word, and no others of them', async ({ request }) => {
    const readme = readFileSync('README.md', 'utf8');
    const listed = (type: string) => {
      const block = new RegExp(`<!-- headers: ${type} -->\\s*\`\`\`\\n([^\`]*)\`\`\``).exec(readme)?.[1];
      expect(block, `README block "${type}"`).toBeTruthy();
      return Object.fromEntries(block!.trim().split('\n').map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
    };
    const security = ['content-security-policy', 'referrer-policy', 'permissions-policy', 'x-content-type-options', 'cross-origin-opener-policy', 'cross-origin-resource-policy', 'strict-transport-security'];
    const expectExactly = (headers: Record<string, string>, wanted: Record<string, string>, what: string) => {
      for (const [name, value] of Object.entries(wanted)) expect(headers[name], `${what}: ${name}`).toBe(value);
      for (const name of security.filter((n) => !(n in wanted))) expect(headers[name], `${what}: ${name}`).toBeUndefined();
    };
    const html = await (await request.get('/')).text();
    const script = /<script[^>]*\bsrc="([^"]+)"/.exec(html)![1]!;
    const workbox = `/${/workbox-[0-9a-f]{8}/.exec(await (await request.get('/sw.js')).text())![0]}.js`;

    for (const path of ['/', '/settings', '/sw.js', '/sw-lite.js']) {
      expectExactly((await request.get(path)).headers(), listed('document'), path);
      const overHttps = (await request.get(path, { headers: { 'X-Forwarded-Proto': 'https' } })).headers();
      expectExactly(overHttps, { ...listed('document'), ...listed('https-document') }, `${path} over HTTPS`);
    }
    for (const path of [script, workbox, '/outbox-sync.js', '/favicon.svg', '/manifest.webmanifest']) expectExactly((await request.get(path)).headers(), listed('asset'), path);
    expectExactly((await request.get('/embed.js')).headers(), listed('embed-script'), '/embed.js');
    for (const path of ['/api/practices/Y99001', '/api/practices/not-an-ods']) expectExactly((await request.get(path)).headers(), listed('api'), path);
    // Content-hashed files never change: a return visit never asks for them again.
    for (const path of [script, workbox]) {
      expect((await request.get(path)).headers()['cache-control'], path).toBe('public, max-age=31536000, immutable');
    }
  });

  test('the update check of a return visit is a 304: sw.js (and the outbox-sync.js it imports), the page and the manifest carry ETags', async ({ request }) => {
    // sw.js imports outbox-sync.js under a stable name: revalidated on every update check, so a change to it is an update.
    expect((await request.get('/outbox-sync.js')).headers()['cache-control']).toBe('no-cache');
    for (const path of ['/sw.js', '/outbox-sync.js', '/', '/Y99001', '/manifest.webmanifest']) {
      const first = await request.get(path);
      const etag = first.headers()['etag'];
      expect(etag, path).toBeTruthy();
      const again = await request.get(path, { headers: { 'If-None-Match': etag! } });
      expect(again.status(), path).toBe(304);
      expect(await again.body(), path).toHaveLength(0);
      const changed = await request.get(path, { headers: { 'If-None-Match': 'W/"something-else"' } });
      expect(changed.status(), path).toBe(200);
    }
  });

  test('build details are not served', async ({ request }) => {
    expect((await request.get('/.vite/manifest.json')).status()).toBe(404);
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
