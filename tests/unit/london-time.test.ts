import { describe, expect, it } from 'vitest';
import { londonInstant, londonWallClock } from '../../src/domain/time/london';

describe('London wall clock', () => {
  it('reads GMT in winter and BST in summer', () => {
    expect(londonWallClock(new Date('2026-01-15T12:00:00Z'))).toEqual({ date: '2026-01-15', weekday: 4, minutes: 720 });
    expect(londonWallClock(new Date('2026-07-15T12:00:00Z'))).toEqual({ date: '2026-07-15', weekday: 3, minutes: 780 });
  });

  it('finds the instant for a wall time on both sides of the clock changes', () => {
    expect(londonInstant('2026-03-28', 9 * 60).toISOString()).toBe('2026-03-28T09:00:00.000Z'); // day before spring forward
    expect(londonInstant('2026-03-29', 9 * 60).toISOString()).toBe('2026-03-29T08:00:00.000Z'); // BST starts 01:00 UTC
    expect(londonInstant('2026-10-25', 9 * 60).toISOString()).toBe('2026-10-25T09:00:00.000Z'); // back to GMT
  });

  it('moves a wall time skipped by the spring change to a real instant', () => {
    // 01:30 on 29 March 2026 does not exist in London.
    const instant = londonInstant('2026-03-29', 90);
    expect(londonWallClock(instant).date).toBe('2026-03-29');
  });
});
