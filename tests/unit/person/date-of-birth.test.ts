import { describe, expect, it } from 'vitest';
import { birthDateProblem, dateOfBirthMessageKey, isBirthDate, parseDateOfBirth } from '../../../src/domain/person/date-of-birth';
import { requestBundleProblems } from '../../../src/domain/request/bundle-schema';
import { buildRequestBundle } from '../../../src/domain/request/fhir-bundle';
import { dateOfBirthError } from '../../../src/domain/request/validate-draft';
import enDateOfBirth from '../../../src/locales/en/date-of-birth.json';
import { checkPracticePatient } from '../../../src/domain/booking';
import { emptyAnswers } from '../../../src/features/appointments/patient-details';
import { completeDraft } from '../request/fixtures';

/** Monday 23 November 2026, 10:00 in London. */
const NOW = new Date('2026-11-23T10:00:00Z');
const parts = (day: string, month: string, year: string) => ({ day, month, year });

/** The English words a key in the date-of-birth catalogue stands for. */
function words(key: string): string {
  const path = key.replace(/^date-of-birth:/, '').split('.');
  return path.reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], enDateOfBirth) as string;
}

describe('one rule for every date of birth', () => {
  it('a real calendar day, not in the future, someone at most 120 years old', () => {
    expect(birthDateProblem('1980-03-07', NOW)).toBeNull();
    expect(birthDateProblem('2023-02-30', NOW)).toBe('notReal');
    expect(birthDateProblem('1980-13-01', NOW)).toBe('notReal');
    expect(birthDateProblem('7/3/1980', NOW)).toBe('notReal');
    expect(birthDateProblem('2026-11-24', NOW)).toBe('inFuture');
    expect(birthDateProblem('2026-11-23', NOW)).toBeNull();
    expect(birthDateProblem('2030-01-01', NOW)).toBe('inFuture');
    // 120 until the day before their 121st birthday.
    expect(birthDateProblem('1905-11-24', NOW)).toBeNull();
    expect(birthDateProblem('1905-11-23', NOW)).toBe('tooOld');
    expect(birthDateProblem('1890-01-01', NOW)).toBe('tooOld');
  });

  it('"today" is the day in London: at 23:30 on 31 March in London it is still 31 March', () => {
    const lateInLondon = new Date('2026-03-31T22:30:00Z'); // 23:30 BST
    expect(isBirthDate('2026-03-31', lateInLondon)).toBe(true);
    expect(isBirthDate('2026-04-01', lateInLondon)).toBe(false);
  });

  it('typed into boxes, it marks the boxes that are wrong', () => {
    expect(parseDateOfBirth(parts('7', '3', '1980'), NOW)).toEqual({ ok: true, date: '1980-03-07' });
    expect(parseDateOfBirth(parts('7', '', '1980'), NOW)).toMatchObject({ error: 'missingPart', fields: ['month'] });
    expect(parseDateOfBirth(parts('30', '2', '2023'), NOW)).toMatchObject({ error: 'notReal', fields: ['day', 'month', 'year'] });
    expect(parseDateOfBirth(parts('1', '1', '1890'), NOW)).toMatchObject({ error: 'tooOld', fields: ['year'] });
  });
});

describe('the same words on every journey', () => {
  const request = (day: string, month: string, year: string) => {
    const draft = completeDraft({ patient: { ...completeDraft().patient, dob: parts(day, month, year) } });
    return words(dateOfBirthError(draft, NOW)!.key);
  };
  const practiceBooking = (day: string, month: string, year: string) =>
    words(checkPracticePatient({ ...emptyAnswers, name: 'Alex Imaginary', birth: parts(day, month, year) }, false, NOW).errors.birth!);

  it.each([
    ['1', '1', '1890', 'Date of birth must be within the last 120 years'],
    ['1', '1', '1899', 'Date of birth must be within the last 120 years'],
    ['30', '2', '2023', 'Date of birth must be a real date, like 15 3 1984'],
    ['1', '1', '2030', 'Date of birth must be in the past'],
    ['1', '', '1980', 'Date of birth must include a day, month and year'],
  ])('%s %s %s: the request and the practice booking both say "%s"', (day, month, year, message) => {
    expect(request(day, month, year)).toBe(message);
    expect(practiceBooking(day, month, year)).toBe(message);
  });

  it('only "enter your date of birth" speaks of the person, as the journey does', () => {
    expect(words(dateOfBirthMessageKey('required', 'me'))).toBe('Enter your date of birth');
    expect(words(dateOfBirthMessageKey('required', 'them'))).toBe('Enter their date of birth');
  });
});

describe('the backend applies the same rule to a request', () => {
  const bundleWithBirthDate = (birthDate: string) => {
    const bundle = buildRequestBundle(completeDraft(), null, [], NOW) as { entry: { resource: { resourceType: string; birthDate?: string } }[] };
    const patient = bundle.entry.find((e) => e.resource.resourceType === 'Patient')!.resource;
    patient.birthDate = birthDate;
    return bundle;
  };

  it.each(['2023-02-30', '2030-01-01', '1890-01-01'])('refuses %s as the date of birth', (birthDate) => {
    expect(requestBundleProblems(bundleWithBirthDate(birthDate), NOW)).toContain('dob');
  });

  it('accepts the oldest date of birth the form accepts', () => {
    expect(requestBundleProblems(bundleWithBirthDate('1905-11-24'), NOW)).not.toContain('dob');
  });
});
