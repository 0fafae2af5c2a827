import { ageNow, dateOfBirthMessageKey, parseDateOfBirth } from '../person/date-of-birth';
import type { RequestDraft } from './draft';
import { characterCount, isValidEmail, nameProblem } from './fields';
import { isValidNhsNumber } from './nhs-number';
import { isUkMobile, phoneProblem } from './phone';
import { isValidPostcode } from './postcode';
import { isReason, LIMITS } from './request-types';

/**
 * What is wrong on each page of the journey, by the id of the field to fix, as a key of
 * the `request` catalogue (under `errors.`). Empty when the page is complete.
 */
export type StepErrors = Record<string, string>;

export function typeErrors(draft: RequestDraft): StepErrors {
  return draft.kind ? {} : { kind: 'errors.kind.required' };
}

export function reasonErrors(draft: RequestDraft): StepErrors {
  return draft.kind && isReason(draft.kind, draft.reason) ? {} : { reason: 'errors.reason.required' };
}

export function whoErrors(draft: RequestDraft): StepErrors {
  const errors: StepErrors = {};
  if (!draft.forWho) errors.forWho = 'errors.forWho.required';
  if (!draft.under16) errors.under16 = 'errors.under16.required';
  return errors;
}

function nameErrors(errors: StepErrors, field: string, value: string) {
  const problem = nameProblem(value);
  if (problem) errors[field] = `errors.${field}.${problem}`;
}

export function relationshipErrors(draft: RequestDraft): StepErrors {
  const errors: StepErrors = {};
  if (draft.forWho === 'me') return errors;
  if (draft.forWho === 'someone-else') {
    if (!draft.relationship) errors.relationship = 'errors.relationship.required';
    else if (draft.relationship === 'other') {
      const other = (draft.relationshipOther ?? '').trim();
      if (other === '') errors.relationshipOther = 'errors.relationshipOther.required';
      else if (characterCount(other) > LIMITS.relationshipOther) errors.relationshipOther = 'errors.relationshipOther.tooLong';
    }
  }
  if (!draft.consent) errors.consent = draft.forWho === 'child' ? 'errors.consent.requiredChild' : 'errors.consent.requiredAdult';
  nameErrors(errors, 'proxyGivenName', draft.proxy.givenName);
  nameErrors(errors, 'proxyFamilyName', draft.proxy.familyName);
  if (!draft.replyTo) errors.replyTo = 'errors.replyTo.required';
  return errors;
}

/** The date of birth's problem, with the boxes to mark, or null. */
export function dateOfBirthError(draft: RequestDraft, now: Date): { key: string; fields: ('day' | 'month' | 'year')[] } | null {
  const parsed = parseDateOfBirth(draft.patient.dob, now);
  if (!parsed.ok) {
    return { key: dateOfBirthMessageKey(parsed.error, draft.forWho === 'me' ? 'me' : 'them'), fields: parsed.fields };
  }
  const age = ageNow(parsed.date, now);
  const all: ('day' | 'month' | 'year')[] = ['day', 'month', 'year'];
  if (draft.under16 === 'yes' && age >= 16) return { key: 'errors.dob.notUnder16', fields: all };
  if (draft.under16 === 'no' && age < 16) return { key: 'errors.dob.under16', fields: all };
  // Children under 13 need a parent or guardian to ask for them.
  if (draft.forWho === 'me' && age < 13) return { key: 'errors.dob.tooYoungForSelf', fields: all };
  // Parental responsibility ends at 18: an adult "child" needs their own consent.
  if (draft.forWho === 'child' && age >= 18) return { key: 'errors.dob.notAChild', fields: all };
  return null;
}

export function detailsErrors(draft: RequestDraft, now: Date): StepErrors {
  const errors: StepErrors = {};
  nameErrors(errors, 'givenName', draft.patient.givenName);
  nameErrors(errors, 'familyName', draft.patient.familyName);
  const dob = dateOfBirthError(draft, now);
  if (dob) errors.dob = dob.key;
  if (draft.kind === 'medical' && !draft.patient.sex) errors.sex = 'errors.sex.required';
  if (draft.patient.nhsNumber.trim() !== '' && !isValidNhsNumber(draft.patient.nhsNumber)) errors.nhsNumber = 'errors.nhsNumber.invalid';
  if (draft.patient.postcode.trim() === '') errors.postcode = 'errors.postcode.required';
  else if (!isValidPostcode(draft.patient.postcode)) errors.postcode = 'errors.postcode.invalid';
  return errors;
}

export function contactErrors(draft: RequestDraft): StepErrors {
  const errors: StepErrors = {};
  const { methods, phone, email, times, leaveMessage } = draft.contact;
  if (methods.length === 0) errors.methods = 'errors.methods.required';
  const byPhone = methods.includes('phone') || methods.includes('text');
  // Each problem has its own message, saying what to change (errors.phone.* in request.json).
  const problem = phoneProblem(phone);
  if (byPhone) {
    if (problem) errors.phone = `errors.phone.${problem}`;
    else if (methods.includes('text') && !isUkMobile(phone)) errors.phone = 'errors.phone.notMobile';
  } else if (problem && problem !== 'required') errors.phone = `errors.phone.${problem}`;
  if (methods.includes('email')) {
    if (email.trim() === '') errors.email = 'errors.email.required';
    else if (!isValidEmail(email)) errors.email = 'errors.email.invalid';
  }
  if (methods.includes('phone')) {
    if (times.length === 0) errors.times = 'errors.times.required';
    if (!leaveMessage) errors.leaveMessage = 'errors.leaveMessage.required';
  }
  return errors;
}

export function needsErrors(draft: RequestDraft): StepErrors {
  const errors: StepErrors = {};
  if (draft.needs.needs.length === 0) errors.needs = 'errors.needs.required';
  if (draft.needs.needs.includes('interpreter')) {
    const language = draft.needs.language.trim();
    if (language === '') errors.language = 'errors.language.required';
    else if (characterCount(language) > LIMITS.language) errors.language = 'errors.language.tooLong';
  }
  return errors;
}

export function descriptionErrors(draft: RequestDraft): StepErrors {
  if (draft.kind === 'admin' && draft.description.trim() === '') return { description: 'errors.description.required' };
  if (characterCount(draft.description) > LIMITS.description) return { description: 'errors.description.tooLong' };
  return {};
}

export function photosErrors(draft: RequestDraft): StepErrors {
  if (draft.wantsPhotos === undefined) return { wantsPhotos: 'errors.wantsPhotos.required' };
  if (draft.wantsPhotos === 'yes' && draft.photos.length > 0 && !draft.photoConsent) return { photoConsent: 'errors.photoConsent.required' };
  return {};
}

/** Every page's problems at once, for the check-your-answers page. */
export function allErrors(draft: RequestDraft, now: Date): StepErrors {
  return {
    ...typeErrors(draft),
    ...reasonErrors(draft),
    ...whoErrors(draft),
    ...relationshipErrors(draft),
    ...detailsErrors(draft, now),
    ...descriptionErrors(draft),
    ...contactErrors(draft),
    ...needsErrors(draft),
    ...photosErrors(draft),
  };
}
