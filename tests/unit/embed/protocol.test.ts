import { describe, expect, it } from 'vitest';
import {
  EMBED_PROTOCOL,
  embedUrl,
  isAllowedOrigin,
  MAX_FRAME_HEIGHT,
  MIN_FRAME_HEIGHT,
  readAppMessage,
  readHostMessage,
  toWire,
} from '../../../src/platform/embed/protocol';

describe('embed messages: embed.js reads only what the app sends', () => {
  it('reads ready, navigated and a height within bounds', () => {
    expect(readAppMessage(toWire({ type: 'ready' }))).toEqual({ type: 'ready' });
    expect(readAppMessage(toWire({ type: 'navigated' }))).toEqual({ type: 'navigated' });
    expect(readAppMessage(toWire({ type: 'height', height: 812.4 }))).toEqual({ type: 'height', height: 813 });
  });

  it('ignores heights that are not numbers or not sane', () => {
    for (const height of ['812', NaN, Infinity, -5, 0, MIN_FRAME_HEIGHT - 1, MAX_FRAME_HEIGHT + 1, null, undefined, { valueOf: () => 500 }]) {
      expect(readAppMessage({ protocol: EMBED_PROTOCOL, type: 'height', height }), String(height)).toBeNull();
    }
  });

  it("ignores other widgets' messages, unknown types and strings", () => {
    for (const data of [
      null,
      'ready',
      JSON.stringify(toWire({ type: 'ready' })),
      [toWire({ type: 'ready' })],
      { type: 'ready' },
      { protocol: 'front-door-embed/2', type: 'ready' },
      { protocol: EMBED_PROTOCOL, type: 'navigate', to: 'https://evil.example' },
      { protocol: EMBED_PROTOCOL, type: 'hello' },
    ]) {
      expect(readAppMessage(data)).toBeNull();
    }
  });

  it('the app reads only a hello from the host', () => {
    expect(readHostMessage(toWire({ type: 'hello' }))).toEqual({ type: 'hello' });
    expect(readHostMessage({ type: 'hello' })).toBeNull();
    expect(readHostMessage(toWire({ type: 'ready' }))).toBeNull();
    expect(readHostMessage({ protocol: EMBED_PROTOCOL, type: 'height', height: 500 })).toBeNull();
  });
});

describe('allowed origins', () => {
  const allowed = ['https://www.riverside-surgery.example', 'http://127.0.0.1:4180'];

  it('allows exactly the listed origins', () => {
    expect(isAllowedOrigin('https://www.riverside-surgery.example', allowed)).toBe(true);
    expect(isAllowedOrigin('http://127.0.0.1:4180', allowed)).toBe(true);
  });

  it('refuses look-alikes: another port, scheme, subdomain or suffix', () => {
    for (const origin of [
      'http://127.0.0.1:4181',
      'http://www.riverside-surgery.example',
      'https://evil.www.riverside-surgery.example',
      'https://www.riverside-surgery.example.evil.example',
      'https://www.riverside-surgery.exampl',
      'http://localhost:4180',
    ]) {
      expect(isAllowedOrigin(origin, allowed), origin).toBe(false);
    }
  });

  it('never allows an opaque origin, a wildcard or an empty list', () => {
    expect(isAllowedOrigin('null', [...allowed, 'null'])).toBe(false);
    expect(isAllowedOrigin('*', ['*'])).toBe(false);
    expect(isAllowedOrigin('', allowed)).toBe(false);
    expect(isAllowedOrigin('https://www.riverside-surgery.example', [])).toBe(false);
  });

  it('ignores letter case and a trailing slash in the settings', () => {
    expect(isAllowedOrigin('https://www.riverside-surgery.example', ['https://WWW.Riverside-Surgery.example/'])).toBe(true);
  });
});

describe('embed URLs', () => {
  const app = 'https://frontdoor.example';

  it('opens each journey for the practice, marked as embedded in a frame', () => {
    expect(embedUrl(app, 'Y99001', 'home', true)).toBe('https://frontdoor.example/Y99001?embed=1');
    expect(embedUrl(app, 'Y99001', 'request', true)).toBe('https://frontdoor.example/Y99001/request?embed=1');
    expect(embedUrl(app, 'Y99001', 'nhs-app', false)).toBe('https://frontdoor.example/Y99001/nhs-app');
    expect(embedUrl(app, 'Y99001', 'appointments', false)).toBe('https://frontdoor.example/Y99001/appointments');
  });

  it('names the practice on the national referral page, which decides who may frame it', () => {
    expect(embedUrl(app, 'Y99001', 'referral', true)).toBe('https://frontdoor.example/referral?embed=1&practice=Y99001');
    expect(embedUrl(app, 'Y99001', 'referral', false)).toBe('https://frontdoor.example/referral?practice=Y99001');
  });
});
