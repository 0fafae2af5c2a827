import type { BookingPatient } from '../../../src/domain/booking';
import { normaliseNhsNumber } from '../../../src/domain/request/nhs-number';
import { normalisePostcode } from '../../../src/domain/request/postcode';

/** A patient on a practice's list, as far as online booking needs it. */
export interface RegisteredPatient {
  givenName: string;
  familyName: string;
  birthDate: string;
  nhsNumber: string;
  postcode: string;
}

/** Lower case, no accents or punctuation: "Seán O'Neill" and "sean oneill" are the same name. */
const plain = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\s]/gu, '')
    .trim()
    .split(/\s+/)
    .filter(Boolean);

/**
 * Whether the person booking is on the practice's list: the same date of birth, the same
 * first and last name (a middle name may be left out or added), and the same NHS number
 * or postcode (each one given must match). Anyone typing any name cannot book.
 */
export function findRegisteredPatient(list: readonly RegisteredPatient[], person: BookingPatient): RegisteredPatient | undefined {
  const typed = plain(person.name[0].text);
  const nhsNumber = person.identifier?.[0]?.value;
  const postcode = person.address?.[0]?.postalCode;
  if (!nhsNumber && !postcode) return undefined;
  return list.find((registered) => {
    const family = plain(registered.familyName);
    const sameName =
      typed.length > family.length && typed[0] === plain(registered.givenName)[0] && typed.slice(-family.length).join(' ') === family.join(' ');
    // Whatever is given must be right: a right postcode does not excuse a wrong NHS number.
    const sameNumber = !nhsNumber || normaliseNhsNumber(nhsNumber) === registered.nhsNumber;
    const samePostcode = !postcode || normalisePostcode(postcode) === registered.postcode;
    return sameName && registered.birthDate === person.birthDate && sameNumber && samePostcode;
  });
}
