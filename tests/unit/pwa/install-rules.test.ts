import { describe, expect, it } from 'vitest';
import { DAYS_AFTER_DISMISSAL, installOffer, isIosSafari, type InstallFacts } from '../../../src/domain/pwa/install-rules';

const HOUR = 60 * 60 * 1000;
const NOW = Date.UTC(2026, 11, 3, 10);
const ANDROID_CHROME = 'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36';
const IPHONE_SAFARI = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';
const IPHONE_CHROME = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0 Mobile/15E148 Safari/604.1';
const NHS_APP = `${IPHONE_SAFARI} nhsapp-ios/2.40.0`;

/** A patient who first opened Front Door here two days ago, on their own phone. */
const returning = (facts: Partial<InstallFacts> = {}): InstallFacts => ({
  now: NOW,
  userAgent: ANDROID_CHROME,
  browserOffered: true,
  installed: false,
  embedded: false,
  sharedDevice: false,
  firstSeenAt: NOW - 48 * HOUR,
  ...facts,
});

describe('when Front Door offers to be added to the home screen', () => {
  it('offers the browser’s own dialog to a patient who has come back, where the browser can install', () => {
    expect(installOffer(returning())).toBe('prompt');
  });

  it('on an iPhone in Safari, which has no dialog, it says how to add it from Share', () => {
    expect(installOffer(returning({ userAgent: IPHONE_SAFARI, browserOffered: false }))).toBe('ios-steps');
  });

  it('does not offer on a first visit, or a few hours after it', () => {
    expect(installOffer(returning({ firstSeenAt: undefined }))).toBe('none');
    expect(installOffer(returning({ firstSeenAt: NOW - 2 * HOUR }))).toBe('none');
  });

  it('never offers once installed, in a practice’s frame, inside the NHS App or on a shared device', () => {
    expect(installOffer(returning({ installed: true }))).toBe('none');
    expect(installOffer(returning({ embedded: true }))).toBe('none');
    expect(installOffer(returning({ userAgent: NHS_APP, browserOffered: false }))).toBe('none');
    expect(installOffer(returning({ sharedDevice: true }))).toBe('none');
  });

  it('after "Not now" it waits 90 days, then may ask again', () => {
    const day = 24 * HOUR;
    expect(installOffer(returning({ dismissedAt: NOW - (DAYS_AFTER_DISMISSAL - 1) * day }))).toBe('none');
    expect(installOffer(returning({ dismissedAt: NOW - (DAYS_AFTER_DISMISSAL + 1) * day, firstSeenAt: NOW - 200 * day }))).toBe('prompt');
  });

  it('a browser that cannot install and is not Safari on an iPhone gets no offer (nothing promised it cannot do)', () => {
    expect(installOffer(returning({ browserOffered: false }))).toBe('none');
    expect(isIosSafari(IPHONE_CHROME)).toBe(false);
    expect(isIosSafari(IPHONE_SAFARI)).toBe(true);
  });
});
