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

  it("agrees with the time-zone database (Intl's Europe/London) every hour from 2000 to 2040, and at each minute around every clock change", () => {
    const zone = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', weekday: 'short', hourCycle: 'h23',
    });
    const byZone = (instant: Date) => {
      const p = Object.fromEntries(zone.formatToParts(instant).map((part) => [part.type, part.value]));
      return { date: `${p.year}-${p.month}-${p.day}`, weekday: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(p.weekday ?? ''), minutes: Number(p.hour) * 60 + Number(p.minute) };
    };
    const differences: string[] = [];
    const check = (at: number) => {
      const instant = new Date(at);
      const ours = londonWallClock(instant);
      const theirs = byZone(instant);
      if (ours.date !== theirs.date || ours.weekday !== theirs.weekday || ours.minutes !== theirs.minutes) differences.push(instant.toISOString());
    };
    for (let at = Date.UTC(2000, 0, 1); at < Date.UTC(2041, 0, 1); at += 3_600_000) check(at);
    for (let year = 2000; year <= 2040; year++) {
      for (const month of [2, 9]) {
        // Every minute of the last eight days of March and October, 00:00 to 03:00 UTC.
        for (let day = 24; day <= 31; day++) for (let minute = 0; minute < 180; minute++) check(Date.UTC(year, month, day, 0, minute));
      }
    }
    expect(differences.slice(0, 5)).toEqual([]);
  });
});
