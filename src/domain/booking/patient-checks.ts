import { dateOfBirthMessageKey, parseDateOfBirth, yearOfBirthProblem, type DateOfBirthMessageKey } from '../person/date-of-birth';
import { isValidNhsNumber, normaliseNhsNumber } from '../request/nhs-number';
import { isValidPostcode, normalisePostcode } from '../request/postcode';
import { NHS_NUMBER_SYSTEM } from './fhir-systems';
import { REASON_MAX_LENGTH, type BookingPatient } from './requests';

/**
 * Checks on what a patient types to prove who they are: year of birth (referral sign-in)
 * and who a practice appointment is for, under the same date-of-birth rules as every
 * journey (src/domain/person/date-of-birth.ts). Errors are translation keys.
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
  | DateOfBirthMessageKey
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
  if (!birth.ok) errors.birth = dateOfBirthMessageKey(birth.error);
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
