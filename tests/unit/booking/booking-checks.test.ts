import { describe, expect, it } from 'vitest';
import {
  checkPracticePatient,
  formatUbrn,
  groupSlotsByLondonDay,
  nextFreeSlot,
  parseDateOfBirth,
  parseUbrn,
  parseYearOfBirth,
  readBookingProblem,
  BOOKING_ISSUE_SYSTEM,
  EXTENSION,
  NHS_NUMBER_SYSTEM,
} from '../../../src/domain/booking';
import { slot } from './fixtures';

describe('UBRN', () => {
  it.each([
    ['1234 5678 9012', '123456789012'],
    [' 123456789012 ', '123456789012'],
    ['1234-5678-9012', '123456789012'],
  ])('accepts %j', (input, ubrn) => expect(parseUbrn(input)).toEqual({ ok: true, ubrn }));

  it.each([
    ['', 'booking:ubrn.errors.required'],
    ['   ', 'booking:ubrn.errors.required'],
    ['1234 5678 901O', 'booking:ubrn.errors.notDigits'],
    ['ABCD EFGH IJKL', 'booking:ubrn.errors.notDigits'],
    ['1234 5678 901', 'booking:ubrn.errors.tooShort'],
    ['1234 5678 90123', 'booking:ubrn.errors.tooLong'],
  ])('refuses %j with %s', (input, error) => expect(parseUbrn(input)).toEqual({ ok: false, error }));

  it('prints in groups of four, as on the letter', () => expect(formatUbrn('123456789012')).toBe('1234 5678 9012'));
});

describe('year and date of birth', () => {
  const now = new Date('2026-03-25T10:00:00Z');
  it('accepts a plausible year and refuses the rest', () => {
    expect(parseYearOfBirth(' 1958 ', now)).toEqual({ ok: true, year: 1958 });
    expect(parseYearOfBirth('', now)).toMatchObject({ error: 'booking:yearOfBirth.errors.required' });
    expect(parseYearOfBirth('58', now)).toMatchObject({ error: 'booking:yearOfBirth.errors.notAYear' });
    expect(parseYearOfBirth('2027', now)).toMatchObject({ error: 'booking:yearOfBirth.errors.inFuture' });
    expect(parseYearOfBirth('1899', now)).toMatchObject({ error: 'booking:yearOfBirth.errors.tooEarly' });
  });
  it('builds a date of birth and refuses impossible dates', () => {
    expect(parseDateOfBirth({ day: '3', month: '2', year: '1994' }, now)).toEqual({ ok: true, date: '1994-02-03' });
    expect(parseDateOfBirth({ day: '31', month: '2', year: '1994' }, now)).toMatchObject({ error: 'booking:dateOfBirth.errors.notADate' });
    expect(parseDateOfBirth({ day: '', month: '2', year: '1994' }, now)).toMatchObject({ error: 'booking:dateOfBirth.errors.required' });
    expect(parseDateOfBirth({ day: '26', month: '3', year: '2026' }, now)).toMatchObject({ error: 'booking:dateOfBirth.errors.inFuture' });
  });
});

describe('slots by London day', () => {
  it('groups by the London date, next free first, dropping busy and past slots', () => {
    const now = new Date('2026-03-28T12:00:00Z');
    const days = groupSlotsByLondonDay(
      [
        slot('late', '2026-03-30T13:00:00.000Z'),
        slot('past', '2026-03-28T09:00:00.000Z'),
        slot('busy', '2026-03-28T15:00:00.000Z', 30, 'busy'),
        // 23:30 UTC on 29 March is 00:30 on 30 March in London (BST began that morning).
        slot('after-midnight', '2026-03-29T23:30:00.000Z'),
        slot('before-change', '2026-03-28T16:00:00.000Z'),
      ],
      now,
    );
    expect(days.map((d) => [d.date, d.slots.map((s) => `${s.slot.id}@${s.londonTime}`)])).toEqual([
      ['2026-03-28', ['before-change@16:00']],
      ['2026-03-30', ['after-midnight@00:30', 'late@14:00']],
    ]);
    expect(nextFreeSlot([slot('x', '2026-03-28T09:00:00.000Z')], now)).toBeUndefined();
  });

  it('shows the autumn change: the same UTC hour is an hour earlier on the wall clock after it', () => {
    const days = groupSlotsByLondonDay([slot('bst', '2026-10-23T09:00:00.000Z'), slot('gmt', '2026-10-26T09:00:00.000Z')], new Date('2026-10-20T00:00:00Z'));
    expect(days.map((d) => d.slots[0]?.londonTime)).toEqual(['10:00', '09:00']);
  });
});

describe('reading a booking problem', () => {
  it('reads the issue code, unlock time and attempts left', () => {
    const issue = {
      severity: 'error',
      code: 'locked',
      details: { coding: [{ system: BOOKING_ISSUE_SYSTEM, code: 'locked' }] },
      extension: [{ url: EXTENSION.unlocksAt, valueInstant: '2026-03-25T10:30:00.000Z' }, { url: EXTENSION.attemptsLeft, valueInteger: 0 }],
    };
    expect(readBookingProblem([issue])).toEqual({ issue: 'locked', unlocksAt: '2026-03-25T10:30:00.000Z', attemptsLeft: 0 });
    expect(readBookingProblem([])).toEqual({ issue: 'unknown' });
    expect(readBookingProblem([{ details: { coding: [{ system: BOOKING_ISSUE_SYSTEM, code: 'made-up' }] } }])).toEqual({ issue: 'unknown' });
  });
});

describe('who a practice appointment is for', () => {
  const now = new Date('2026-03-25T10:00:00Z');
  const answers = { name: ' Alex Imaginary ', birth: { day: '2', month: '4', year: '1990' }, nhsNumber: '', postcode: '', phone: '', reason: 'Cough for 3 weeks' };

  it('needs what the appointment is for, and an NHS number or a postcode to find the patient on the list', () => {
    const { errors, patient } = checkPracticePatient({ ...answers, reason: '  ' }, false, now);
    expect(errors).toEqual({ reason: 'booking:practice.reasonRequired', nhsNumber: 'booking:practice.nhsNumberOrPostcode' });
    expect(patient).toBeUndefined();
    expect(checkPracticePatient({ ...answers, postcode: 'ex1 3cd', reason: 'x'.repeat(101) }, false, now).errors).toEqual({ reason: 'booking:practice.reasonTooLong' });
  });

  it('refuses an NHS number that fails its check digit and a postcode of the wrong shape', () => {
    expect(checkPracticePatient({ ...answers, nhsNumber: '999 000 1007' }, false, now).errors).toEqual({ nhsNumber: 'booking:practice.nhsNumberInvalid' });
    expect(checkPracticePatient({ ...answers, postcode: 'EX1' }, false, now).errors).toEqual({ postcode: 'booking:practice.postcodeInvalid' });
  });

  it('builds the FHIR Patient the practice checks, with the number and postcode tidied', () => {
    const { patient, reason } = checkPracticePatient({ ...answers, nhsNumber: '999-000-1006', postcode: 'ex13cd', phone: '01632 960999' }, true, now);
    expect(reason).toBe('Cough for 3 weeks');
    expect(patient).toEqual({
      resourceType: 'Patient',
      id: 'patient',
      name: [{ text: 'Alex Imaginary' }],
      birthDate: '1990-04-02',
      identifier: [{ system: NHS_NUMBER_SYSTEM, value: '9990001006' }],
      address: [{ postalCode: 'EX1 3CD' }],
      telecom: [{ system: 'phone', value: '01632 960999' }],
    });
    expect(checkPracticePatient({ ...answers, postcode: 'EX1 3CD' }, true, now).errors).toEqual({ phone: 'booking:practice.phoneRequired' });
  });
});
