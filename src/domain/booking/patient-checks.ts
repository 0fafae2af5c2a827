import { londonWallClock } from '../time/london';

/**
 * Checks on what a patient types to prove who they are: year of birth (referral sign-in)
 * and date of birth (finding a practice appointment). Errors are translation keys.
 */
export type YearOfBirthError =
  | 'booking:yearOfBirth.errors.required'
  | 'booking:yearOfBirth.errors.notAYear'
  | 'booking:yearOfBirth.errors.inFuture'
  | 'booking:yearOfBirth.errors.tooEarly';

export const EARLIEST_YEAR_OF_BIRTH = 1900;

export function parseYearOfBirth(
  input: string,
  now: Date,
): { ok: true; year: number } | { ok: false; error: YearOfBirthError } {
  const text = input.trim();
  if (text === '') return { ok: false, error: 'booking:yearOfBirth.errors.required' };
  if (!/^\d{4}$/.test(text)) return { ok: false, error: 'booking:yearOfBirth.errors.notAYear' };
  const year = Number(text);
  if (year > Number(londonWallClock(now).date.slice(0, 4))) return { ok: false, error: 'booking:yearOfBirth.errors.inFuture' };
  if (year < EARLIEST_YEAR_OF_BIRTH) return { ok: false, error: 'booking:yearOfBirth.errors.tooEarly' };
  return { ok: true, year };
}

export type DateOfBirthError =
  | 'booking:dateOfBirth.errors.required'
  | 'booking:dateOfBirth.errors.notADate'
  | 'booking:dateOfBirth.errors.inFuture';

/** Day, month and year as typed into a GOV.UK-style date input, to yyyy-mm-dd. */
export function parseDateOfBirth(
  parts: { day: string; month: string; year: string },
  now: Date,
): { ok: true; date: string } | { ok: false; error: DateOfBirthError } {
  const [day, month, year] = [parts.day.trim(), parts.month.trim(), parts.year.trim()];
  if (!day || !month || !year) return { ok: false, error: 'booking:dateOfBirth.errors.required' };
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) {
    return { ok: false, error: 'booking:dateOfBirth.errors.notADate' };
  }
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  // Round-trip through Date to refuse 31 February and friends.
  const check = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(check.getTime()) || check.toISOString().slice(0, 10) !== date || Number(year) < EARLIEST_YEAR_OF_BIRTH) {
    return { ok: false, error: 'booking:dateOfBirth.errors.notADate' };
  }
  if (date > londonWallClock(now).date) return { ok: false, error: 'booking:dateOfBirth.errors.inFuture' };
  return { ok: true, date };
}
