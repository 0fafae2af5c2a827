import { yearOfBirthProblem } from '../person/date-of-birth';

/**
 * The year of birth a patient types to sign in to their referral, under the same rules
 * as every date of birth (src/domain/person/date-of-birth.ts). Errors are translation keys.
 */
export type YearOfBirthError =
  | 'booking:yearOfBirth.errors.required'
  | 'booking:yearOfBirth.errors.notAYear'
  | 'booking:yearOfBirth.errors.inFuture'
  | 'booking:yearOfBirth.errors.tooEarly';

const YEAR_ERRORS = {
  required: 'booking:yearOfBirth.errors.required',
  notReal: 'booking:yearOfBirth.errors.notAYear',
  inFuture: 'booking:yearOfBirth.errors.inFuture',
  tooOld: 'booking:yearOfBirth.errors.tooEarly',
} as const satisfies Record<NonNullable<ReturnType<typeof yearOfBirthProblem>>, YearOfBirthError>;

export function parseYearOfBirth(input: string, now: Date): { ok: true; year: number } | { ok: false; error: YearOfBirthError } {
  const problem = yearOfBirthProblem(input, now);
  return problem ? { ok: false, error: YEAR_ERRORS[problem] } : { ok: true, year: Number(input.trim()) };
}
