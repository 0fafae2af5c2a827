import { describe, expect, it } from 'vitest';
import { DAYS_AFTER_DISMISSAL, isInsideNhsApp, nudgeVerdict, VISIT_HOURS } from '../../../src/domain/nhs-app/nudge-rules';

const CHROME = 'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36';
const NOW = Date.parse('2026-11-23T10:00:00Z');
const DAY = 24 * 60 * 60_000;
const HOUR = 60 * 60_000;

const verdict = (over: Partial<Parameters<typeof nudgeVerdict>[0]> = {}) =>
  nudgeVerdict({ now: NOW, userAgent: CHROME, saved: {}, visit: {}, ...over });

describe('NHS App nudge rules', () => {
  it('shows on a first visit', () => {
    expect(verdict()).toBe('show');
  });

  it('never shows inside the NHS App (iOS or Android)', () => {
    expect(isInsideNhsApp(`${CHROME} nhsapp-android/2.0.0`)).toBe(true);
    expect(isInsideNhsApp('Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) nhsapp-ios/2.1')).toBe(true);
    expect(isInsideNhsApp(CHROME)).toBe(false);
    expect(verdict({ userAgent: `${CHROME} nhsapp-android/2.0` })).toBe('in-nhs-app');
  });

  it('never shows once turned off, however long ago it was dismissed', () => {
    expect(verdict({ saved: { off: true } })).toBe('turned-off');
    expect(verdict({ saved: { off: true, dismissedAt: NOW - 400 * DAY } })).toBe('turned-off');
  });

  it(`stays hidden for ${DAYS_AFTER_DISMISSAL} days after a dismissal, then may show again`, () => {
    expect(verdict({ saved: { dismissedAt: NOW } })).toBe('dismissed-recently');
    expect(verdict({ saved: { dismissedAt: NOW - (DAYS_AFTER_DISMISSAL * DAY - 1) } })).toBe('dismissed-recently');
    expect(verdict({ saved: { dismissedAt: NOW - DAYS_AFTER_DISMISSAL * DAY } })).toBe('show');
    // A clock put back does not bring it back early.
    expect(verdict({ saved: { dismissedAt: NOW + 5 * DAY } })).toBe('dismissed-recently');
  });

  it('never shows twice in one visit, but may in a later visit', () => {
    expect(verdict({ visit: { shownAt: NOW - 5 * 60_000 } })).toBe('shown-this-visit');
    expect(verdict({ visit: { shownAt: NOW - (VISIT_HOURS * HOUR - 1) } })).toBe('shown-this-visit');
    expect(verdict({ visit: { shownAt: NOW - VISIT_HOURS * HOUR } })).toBe('show');
  });

  it('the NHS App rule wins over everything', () => {
    expect(verdict({ userAgent: 'x nhsapp-ios/1', saved: { off: true }, visit: { shownAt: NOW } })).toBe('in-nhs-app');
  });
});
