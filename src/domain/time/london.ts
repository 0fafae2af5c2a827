/**
 * Wall-clock time in England. Practices keep UK time, whatever the device's own zone,
 * and it shifts with British Summer Time, so every opening-hours sum goes through here.
 */
export const PRACTICE_TIME_ZONE = 'Europe/London';

export interface LondonWallClock {
  /** yyyy-mm-dd */
  date: string;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
  /** minutes since local midnight */
  minutes: number;
}

/** The last Sunday of a month (1-based month), as a day of that month. */
function lastSunday(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month, 0));
  return lastDay.getUTCDate() - lastDay.getUTCDay();
}

/**
 * Whether British Summer Time (UTC+1) is in force at `instant`. The clocks go forward at
 * 01:00 UTC on the last Sunday in March and back at 01:00 UTC on the last Sunday in
 * October (https://www.gov.uk/when-do-the-clocks-change, the Summer Time Order 2002).
 * Worked out here rather than by Intl with a time zone: the first such formatter loads the
 * zone data, about 40 ms of a slow phone's main thread before a practice's page can paint.
 * A unit test holds this to Intl's answer for every hour of 2000 to 2040.
 */
function isBritishSummerTime(instant: Date): boolean {
  const year = instant.getUTCFullYear();
  const starts = Date.UTC(year, 2, lastSunday(year, 3), 1);
  const ends = Date.UTC(year, 9, lastSunday(year, 10), 1);
  const at = instant.getTime();
  return at >= starts && at < ends;
}

export function londonWallClock(instant: Date): LondonWallClock {
  const wall = new Date(instant.getTime() + (isBritishSummerTime(instant) ? 3_600_000 : 0));
  return {
    date: wall.toISOString().slice(0, 10),
    weekday: wall.getUTCDay(),
    minutes: wall.getUTCHours() * 60 + wall.getUTCMinutes(),
  };
}

/** The instant at which the London wall clock shows `date` at `minutes` past midnight. */
export function londonInstant(date: string, minutes: number): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const guess = Date.UTC(y, m - 1, d, 0, minutes);
  // London is UTC+0 or UTC+1; correct the guess by the offset seen at that moment.
  for (const offsetHours of [0, 1]) {
    const candidate = new Date(guess - offsetHours * 3_600_000);
    const seen = londonWallClock(candidate);
    if (seen.date === date && seen.minutes === minutes) return candidate;
  }
  // A wall time skipped by the spring clock change: the next real minute.
  return new Date(guess - 3_600_000);
}

/** Adds whole days to a yyyy-mm-dd date. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export function weekdayOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** "08:30" → 510 */
export function minutesFromHHMM(time: string): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
}
