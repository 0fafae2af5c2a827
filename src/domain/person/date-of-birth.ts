import { londonWallClock } from '../time/london';

/**
 * A date of birth, the one set of rules for every journey (request, practice booking,
 * finding a booking, referral sign-in) and for the backend: a real calendar date, not in
 * the future, and someone at most 120 years old. The app and the backend call the same
 * functions, so what the form accepts the backend accepts, and the other way round.
 * GOV.UK "Dates" pattern: https://design-system.service.gov.uk/patterns/dates/
 */

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

type Part = keyof DateParts;

/** The oldest age we accept: older than any living person, so a typo in the year is caught. */
export const MAX_AGE_YEARS = 120;

/** What is wrong, and which boxes to mark. Words for each are in the `date-of-birth` catalogue. */
export type DateOfBirthProblem =
  | { error: 'required'; fields: Part[] }
  | { error: 'missingPart'; fields: Part[] }
  | { error: 'notReal'; fields: Part[] }
  | { error: 'inFuture'; fields: Part[] }
  | { error: 'tooOld'; fields: Part[] };

const ALL: Part[] = ['day', 'month', 'year'];

/** yyyy-mm-dd that names a day on the calendar (not 2023-02-30, not 1980-13-01). */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const check = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(check.getTime()) && check.toISOString().slice(0, 10) === text;
}

/** The problem with a yyyy-mm-dd date of birth on `now`'s day in London, or null. */
export function birthDateProblem(date: string, now: Date): 'notReal' | 'inFuture' | 'tooOld' | null {
  if (!isCalendarDate(date)) return 'notReal';
  const today = londonWallClock(now).date;
  if (date > today) return 'inFuture';
  if (ageOn(date, today) > MAX_AGE_YEARS) return 'tooOld';
  return null;
}

/** For a schema or a backend check: a date of birth anyone could have today. */
export const isBirthDate = (date: string, now: Date) => birthDateProblem(date, now) === null;

/** Day, month and year as typed into a GOV.UK date input, to yyyy-mm-dd, or what is wrong. */
export function parseDateOfBirth(parts: DateParts, now: Date): { ok: true; date: string } | ({ ok: false } & DateOfBirthProblem) {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  const missing = ALL.filter((p) => ({ day, month, year })[p] === '');
  if (missing.length === 3) return { ok: false, error: 'required', fields: ALL };
  if (missing.length > 0) return { ok: false, error: 'missingPart', fields: missing };
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return { ok: false, error: 'notReal', fields: ALL };
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const problem = birthDateProblem(date, now);
  if (problem === 'tooOld') return { ok: false, error: problem, fields: ['year'] };
  if (problem) return { ok: false, error: problem, fields: ALL };
  return { ok: true, date };
}

/**
 * A year of birth alone (referral sign-in): four digits, not in the future, and a year
 * someone at most 120 years old could have been born in.
 */
export function yearOfBirthProblem(text: string, now: Date): 'required' | 'notReal' | 'inFuture' | 'tooOld' | null {
  const year = text.trim();
  if (year === '') return 'required';
  if (!/^\d{4}$/.test(year)) return 'notReal';
  const thisYear = Number(londonWallClock(now).date.slice(0, 4));
  if (Number(year) > thisYear) return 'inFuture';
  // Born late in the year 121 years ago, someone is still 120 until their birthday.
  if (Number(year) < thisYear - MAX_AGE_YEARS - 1) return 'tooOld';
  return null;
}

export type DateOfBirthMessageKey =
  | `date-of-birth:errors.required.${'me' | 'them'}`
  | `date-of-birth:errors.${Exclude<DateOfBirthProblem['error'], 'required'>}`;

/** The catalogue key that says what is wrong, in the same words on every journey. */
export function dateOfBirthMessageKey(problem: DateOfBirthProblem['error'], whose: 'me' | 'them' = 'me'): DateOfBirthMessageKey {
  return problem === 'required' ? `date-of-birth:errors.required.${whose}` : `date-of-birth:errors.${problem}`;
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
