import { londonWallClock } from '../time/london';

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

/** The oldest age we accept: older than any living person, so a typo in the year is caught. */
export const MAX_AGE_YEARS = 120;

export type DateOfBirthProblem =
  | { error: 'required'; fields: ('day' | 'month' | 'year')[] }
  | { error: 'missingPart'; fields: ('day' | 'month' | 'year')[] }
  | { error: 'notReal'; fields: ('day' | 'month' | 'year')[] }
  | { error: 'inFuture'; fields: ('day' | 'month' | 'year')[] }
  | { error: 'tooOld'; fields: ('day' | 'month' | 'year')[] };

const ALL = ['day', 'month', 'year'] as ('day' | 'month' | 'year')[];

/**
 * Day, month and year as typed into a GOV.UK date input, to yyyy-mm-dd.
 * GOV.UK "Dates" pattern: https://design-system.service.gov.uk/patterns/dates/
 */
export function parseDateOfBirth(parts: DateParts, now: Date): { ok: true; date: string } | ({ ok: false } & DateOfBirthProblem) {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  const missing = (['day', 'month', 'year'] as const).filter((p) => ({ day, month, year })[p] === '');
  if (missing.length === 3) return { ok: false, error: 'required', fields: ALL };
  if (missing.length > 0) return { ok: false, error: 'missingPart', fields: [...missing] };
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return { ok: false, error: 'notReal', fields: ALL };
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const problem = birthDateProblem(date, now);
  if (problem === 'tooOld') return { ok: false, error: 'tooOld', fields: ['year'] };
  if (problem) return { ok: false, error: problem, fields: ALL };
  return { ok: true, date };
}

/**
 * The one date-of-birth rule, for what a page parsed and for what a backend is sent
 * (yyyy-mm-dd): a real date (no 30 February), not in the future (London's today), and
 * within MAX_AGE_YEARS. Undefined when the date is fine.
 */
export function birthDateProblem(date: string, now: Date): 'notReal' | 'inFuture' | 'tooOld' | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return 'notReal';
  const check = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(check.getTime()) || check.toISOString().slice(0, 10) !== date) return 'notReal';
  const today = londonWallClock(now).date;
  if (date > today) return 'inFuture';
  if (ageOn(date, today) > MAX_AGE_YEARS) return 'tooOld';
  return undefined;
}

/** Whole years between a yyyy-mm-dd birth date and a yyyy-mm-dd day. */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

export function ageNow(birthDate: string, now: Date): number {
  return ageOn(birthDate, londonWallClock(now).date);
}
