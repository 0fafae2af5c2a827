import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { findRegisteredPatient } from '../../../server/rules/booking/registered-patients';
import { registeredPatients } from '../../../server/rules/seed/registered-patients';
import { BookingPatientSchema, NHS_NUMBER_SYSTEM, ReferralSignInSchema, type BookingPatient } from '../../../src/domain/booking';

/** The mock backend's rule: only a patient on the practice's list can book there. */
const riverside = registeredPatients.Y99001!;
const person = (change: Partial<BookingPatient>): BookingPatient => ({
  resourceType: 'Patient',
  id: 'patient',
  name: [{ text: 'Alex Imaginary' }],
  birthDate: '1990-04-02',
  ...change,
});
const nhs = (value: string) => ({ identifier: [{ system: NHS_NUMBER_SYSTEM, value }] as [{ system: typeof NHS_NUMBER_SYSTEM; value: string }] });
const postcode = (postalCode: string) => ({ address: [{ postalCode }] as [{ postalCode: string }] });

describe('the practice list', () => {
  it('finds a registered patient by name, date of birth and NHS number or postcode', () => {
    expect(findRegisteredPatient(riverside, person(nhs('9990001006')))?.givenName).toBe('Alex');
    expect(findRegisteredPatient(riverside, person(postcode('EX1 3CD')))).toBeDefined();
    expect(findRegisteredPatient(riverside, person({ name: [{ text: 'alex  j. IMAGINARY' }], ...postcode('ex13cd') }))).toBeDefined();
  });

  it('cannot be fooled by any name, a near name, the wrong birthday or a wrong number', () => {
    expect(findRegisteredPatient(riverside, person({ name: [{ text: 'Anyone Atall' }], ...postcode('EX1 3CD') }))).toBeUndefined();
    expect(findRegisteredPatient(riverside, person({ name: [{ text: 'Alex Notimaginary' }], ...postcode('EX1 3CD') }))).toBeUndefined();
    expect(findRegisteredPatient(riverside, person({ name: [{ text: 'Imaginary' }], ...postcode('EX1 3CD') }))).toBeUndefined();
    expect(findRegisteredPatient(riverside, person({ birthDate: '1990-04-03', ...postcode('EX1 3CD') }))).toBeUndefined();
    expect(findRegisteredPatient(riverside, person({ ...nhs('9990001014'), ...postcode('EX1 3CD') }))).toBeUndefined();
    expect(findRegisteredPatient(riverside, person({}))).toBeUndefined();
    expect(findRegisteredPatient(registeredPatients.Y99004!, person(nhs('9990001006')))).toBeUndefined();
  });

  it('is only asked about well-formed people: the request schema needs an NHS number or a postcode', () => {
    expect(v.is(BookingPatientSchema, person({}))).toBe(false);
    expect(v.is(BookingPatientSchema, person(nhs('9990001007')))).toBe(false);
    expect(v.is(BookingPatientSchema, person(postcode('EX1 3CD')))).toBe(true);
  });
});

describe('referral sign-in', () => {
  it('needs the password; a year of birth alone is not enough', () => {
    expect(v.is(ReferralSignInSchema, { ubrn: '1000 0000 0001', password: 'Otter-Lamp-7' })).toBe(true);
    expect(v.is(ReferralSignInSchema, { ubrn: '100000000009', password: 'Birch-Lantern-1', yearOfBirth: 1955 })).toBe(true);
    expect(v.is(ReferralSignInSchema, { ubrn: '100000000001', yearOfBirth: 1958 })).toBe(false);
  });
});
