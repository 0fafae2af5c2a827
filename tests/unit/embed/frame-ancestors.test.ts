import { describe, expect, it } from 'vitest';
import { frameAncestorsFor } from '../../../server/http/frame-ancestors';
import { contentSecurityPolicy } from '../../../server/http/security-headers';
import { seedPractices } from '../../../server/rules/seed/practices';

const practices = new Map(seedPractices(new Date()).map((p) => [p.ods, p]));

describe('frame-ancestors from the practice allow-list', () => {
  it("allows the practice's own sites on its pages", () => {
    for (const url of ['/Y99001', '/Y99001/', '/Y99001/nhs-app?embed=1', '/Y99001/request/something']) {
      expect(frameAncestorsFor(url, practices), url).toEqual(['http://127.0.0.1:4180', 'http://localhost:4180']);
    }
  });

  it('allows them on the national referral page when embedded for that practice', () => {
    expect(frameAncestorsFor('/referral?embed=1&practice=Y99001', practices)).toEqual(['http://127.0.0.1:4180', 'http://localhost:4180']);
  });

  it('allows no one else: other pages, unknown practices, practices with an empty list', () => {
    for (const url of ['/', '/settings', '/embed.js', '/referral', '/Z00000', '/not-an-ods', '/Y99002', '/referral?practice=nope', undefined]) {
      expect(frameAncestorsFor(url, practices), String(url)).toEqual([]);
    }
  });

  it('never lets a setting add a directive to the policy', () => {
    const settings = practices.get('Y99001')!;
    const sneaky = new Map([['Y99001', { ...settings, embed: { allowedOrigins: ['http://a.example;script-src *', 'https://ok.example'] } }]]);
    const csp = contentSecurityPolicy({ frameAncestors: frameAncestorsFor('/Y99001', sneaky) });
    expect(csp).toContain("frame-ancestors 'self' https://ok.example");
    expect(csp).not.toContain('script-src *');
  });
});
