import type { RegisteredPatient } from '../booking/registered-patients';

/*
 * Each practice's list of registered patients, as far as online booking needs it. Every
 * person is made up; NHS numbers come from the never-issued 999 range (with a valid
 * Modulus 11 check digit) and postcodes are the fictional towns' own.
 */
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
