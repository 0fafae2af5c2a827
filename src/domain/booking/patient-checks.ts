import { isValidNhsNumber, normaliseNhsNumber } from '../request/nhs-number';
import { isValidPostcode, normalisePostcode } from '../request/postcode';
import { londonWallClock } from '../time/london';
import { NHS_NUMBER_SYSTEM } from './fhir-systems';
import { REASON_MAX_LENGTH, type BookingPatient } from './requests';

/**
 * Checks on what a patient types to prove who they are: year of birth (referral sign-in),
 * date of birth (finding a practice appointment) and who a practice appointment is for.
 * Errors are translation keys.
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

/** What a patient types on the practice booking's confirm page. */
export interface PracticePatientAnswers {
  name: string;
  birth: { day: string; month: string; year: string };
  nhsNumber: string;
  postcode: string;
  phone: string;
  reason: string;
}

export type PracticePatientField = 'name' | 'birth' | 'nhsNumber' | 'postcode' | 'phone' | 'reason';

export type PracticePatientError =
  | DateOfBirthError
  | 'booking:practice.nameRequired'
  | 'booking:practice.nameTooLong'
  | 'booking:practice.nhsNumberOrPostcode'
  | 'booking:practice.nhsNumberInvalid'
  | 'booking:practice.postcodeInvalid'
  | 'booking:practice.phoneRequired'
  | 'booking:practice.phoneTooLong'
  | 'booking:practice.reasonRequired'
  | 'booking:practice.reasonTooLong';

export const PRACTICE_REASON_MAX = REASON_MAX_LENGTH;

/**
 * Checks who a practice appointment is for, the way the practice finds them on its list:
 * name, date of birth, and the NHS number or (without one) the postcode. The reason is a
 * few words so the right person calls. Returns each field's error, and the FHIR Patient
 * and reason once every field is right.
 */
export function checkPracticePatient(answers: PracticePatientAnswers, phoneNeeded: boolean, now: Date) {
  const errors: Partial<Record<PracticePatientField, PracticePatientError>> = {};
  const name = answers.name.trim();
  if (!name) errors.name = 'booking:practice.nameRequired';
  else if ([...name].length > 100) errors.name = 'booking:practice.nameTooLong';
  const birth = parseDateOfBirth(answers.birth, now);
  if (!birth.ok) errors.birth = birth.error;
  const nhsNumber = normaliseNhsNumber(answers.nhsNumber);
  const postcode = answers.postcode.trim();
  if (!nhsNumber && !postcode) errors.nhsNumber = 'booking:practice.nhsNumberOrPostcode';
  if (nhsNumber && !isValidNhsNumber(nhsNumber)) errors.nhsNumber = 'booking:practice.nhsNumberInvalid';
  if (postcode && !isValidPostcode(postcode)) errors.postcode = 'booking:practice.postcodeInvalid';
  const phone = answers.phone.trim();
  if (phoneNeeded && !phone) errors.phone = 'booking:practice.phoneRequired';
  else if (phone.length > 20) errors.phone = 'booking:practice.phoneTooLong';
  const reason = answers.reason.trim();
  if (!reason) errors.reason = 'booking:practice.reasonRequired';
  else if ([...reason].length > PRACTICE_REASON_MAX) errors.reason = 'booking:practice.reasonTooLong';

  if (Object.keys(errors).length > 0 || !birth.ok) return { errors };
  const patient: BookingPatient = {
    resourceType: 'Patient',
    id: 'patient',
    name: [{ text: name }],
    birthDate: birth.date,
    ...(nhsNumber ? { identifier: [{ system: NHS_NUMBER_SYSTEM, value: nhsNumber }] as const } : {}),
    ...(postcode ? { address: [{ postalCode: normalisePostcode(postcode) }] as const } : {}),
    ...(phone ? { telecom: [{ system: 'phone' as const, value: phone }] } : {}),
  };
  return { errors, patient, reason };
}
