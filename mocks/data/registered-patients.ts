import type { BookingPatient } from '../../src/domain/booking';
import { normaliseNhsNumber } from '../../src/domain/request/nhs-number';
import { normalisePostcode } from '../../src/domain/request/postcode';

/*
 * Each practice's list of registered patients, as far as online booking needs it. Every
 * person is made up; NHS numbers come from the never-issued 999 range (with a valid
 * Modulus 11 check digit) and postcodes are the fictional towns' own.
 */
export interface RegisteredPatient {
  givenName: string;
  familyName: string;
  birthDate: string;
  nhsNumber: string;
  postcode: string;
}

const patient = (name: string, birthDate: string, nhsNumber: string, postcode: string): RegisteredPatient => {
  const [givenName = '', ...rest] = name.split(' ');
  return { givenName, familyName: rest.join(' '), birthDate, nhsNumber, postcode };
};

export const registeredPatients: Record<string, RegisteredPatient[]> = {
  Y99001: [
    patient('Alex Imaginary', '1990-04-02', '9990001006', 'EX1 3CD'),
    patient('Chris Notreal', '1985-06-14', '9990001014', 'EX2 5FG'),
    patient('Alys Dychmygol', '1990-04-02', '9990001022', 'EX1 4HJ'),
    patient('Kim Keyboard', '1999-09-09', '9990001030', 'EX1 6LM'),
  ],
  Y99004: [
    patient('Dana Imaginary', '1972-11-03', '9990001049', 'SF1 4NP'),
    patient('Kim Keyboard', '1999-09-09', '9990001057', 'SF1 5QR'),
    patient('Sam Pretend', '1980-01-15', '9990001065', 'SF1 6ST'),
  ],
};

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
