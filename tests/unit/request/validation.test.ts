import { describe, expect, it } from 'vitest';
import { formatNhsNumber, isValidNhsNumber, nhsCheckDigit } from '../../../src/domain/request/nhs-number';
import { isValidPostcode, normalisePostcode } from '../../../src/domain/request/postcode';
import { isUkMobile, isValidUkPhone, normaliseUkPhone, phoneForPractice, phoneProblem } from '../../../src/domain/request/phone';
import { parseDateOfBirth } from '../../../src/domain/person/date-of-birth';
import { characterCount, isValidEmail, nameProblem } from '../../../src/domain/request/fields';
import { contactErrors, dateOfBirthError, descriptionErrors, detailsErrors, needsErrors, relationshipErrors } from '../../../src/domain/request/validate-draft';
import { completeDraft, NOW, VALID_NHS_NUMBERS } from './fixtures';

describe('NHS number (Modulus 11)', () => {
  it.each(VALID_NHS_NUMBERS)('accepts the fictional number %s, with spaces or dashes', (n) => {
    expect(isValidNhsNumber(n)).toBe(true);
  });
  it('refuses a wrong check digit, a number whose check digit would be 10, and wrong lengths', () => {
    expect(isValidNhsNumber('9999999998')).toBe(false);
    expect(nhsCheckDigit('999000000')).toBeNull();
    expect(isValidNhsNumber('9990000000')).toBe(false);
    expect(isValidNhsNumber('999999999')).toBe(false);
    expect(isValidNhsNumber('99999999999')).toBe(false);
    expect(isValidNhsNumber('999 999 999a')).toBe(false);
  });
  it('finds every mistyped single digit in a valid number', () => {
    const digits = '9991112227';
    for (let i = 0; i < 10; i++) {
      for (let d = 0; d <= 9; d++) {
        if (String(d) === digits[i]) continue;
        const typo = digits.slice(0, i) + d + digits.slice(i + 1);
        expect(isValidNhsNumber(typo), typo).toBe(false);
      }
    }
  });
  it('shows numbers 3-3-4', () => {
    expect(formatNhsNumber('9991112227')).toBe('999 111 2227');
    expect(formatNhsNumber(' 999-111-2227 ')).toBe('999 111 2227');
  });
});

describe('UK postcode', () => {
  it.each([
    ['ex12ab', 'EX1 2AB'],
    [' EX1  2AB ', 'EX1 2AB'],
    ['sw1a1aa', 'SW1A 1AA'],
    ['M11AE', 'M1 1AE'],
    ['b338th', 'B33 8TH'],
    ['cr26xh', 'CR2 6XH'],
    ['dn551pt', 'DN55 1PT'],
    ['w1a0ax', 'W1A 0AX'],
  ])('normalises %s to %s', (input, output) => {
    expect(isValidPostcode(input)).toBe(true);
    expect(normalisePostcode(input)).toBe(output);
  });
  it.each(['', 'EX1', '12345', 'EX1 2A', 'EXX1 2AB', 'EX1 2ABC', '<script>'])('refuses %j', (input) => {
    expect(isValidPostcode(input)).toBe(false);
  });
});

describe('UK phone', () => {
  it.each([
    ['07700 900123', '07700900123', true],
    ['+44 7700 900123', '07700900123', true],
    ['0044 7700 900 123', '07700900123', true],
    ['+44 (0)7700 900123', '07700900123', true],
    ['01632 960001', '01632960001', false],
    ['020 7946 0000', '02079460000', false],
    ['(01632) 960-001', '01632960001', false],
  ])('accepts %s', (input, national, mobile) => {
    expect(normaliseUkPhone(input)).toBe(national);
    expect(isUkMobile(input)).toBe(mobile);
  });
  it.each([
    ['', 'required'],
    ['999', 'tooShort'],
    ['12345', 'tooShort'],
    ['0770090012', 'tooShort'],
    ['077009001234', 'tooLong'],
    ['7700 900123', 'start'],
    ['+33 6 12 34 56 78', 'notUk'],
    ['00000000000', 'notUk'],
    ['phone me', 'characters'],
    ['07700 9OO123', 'characters'],
    ['07700+900123', 'characters'],
    ['18001', 'relay'],
    ['18001 0770', 'relay'],
    ['18000 07700 900123', 'relay'],
  ])('refuses %j, saying what to change (%s)', (input, problem) => {
    expect(isValidUkPhone(input)).toBe(false);
    expect(phoneProblem(input)).toBe(problem);
  });

  it.each([
    ['18001 07700 900123', true],
    ['18002 01632 960001', false],
    ['  18001 07700 900123 ', true],
    ['18001+44 7700 900123', true],
  ])('accepts a Relay UK number %j and keeps it as typed', (input, mobile) => {
    expect(phoneProblem(input)).toBeNull();
    expect(phoneForPractice(input)).toBe(input.trim());
    expect(normaliseUkPhone(input)).toBeNull(); // not a plain number: never shortened to its digits
    expect(isUkMobile(input)).toBe(mobile);
  });

  it('sends any other number in national form', () => {
    expect(phoneForPractice('+44 (0)7700 900-123')).toBe('07700900123');
  });
});

describe('date of birth', () => {
  const parts = (day: string, month: string, year: string) => ({ day, month, year });
  it('reads a real date', () => {
    expect(parseDateOfBirth(parts('7', '3', '1980'), NOW)).toEqual({ ok: true, date: '1980-03-07' });
  });
  it('names the missing part, so only that box is marked', () => {
    expect(parseDateOfBirth(parts('', '', ''), NOW)).toMatchObject({ ok: false, error: 'required' });
    expect(parseDateOfBirth(parts('7', '', '1980'), NOW)).toMatchObject({ ok: false, error: 'missingPart', fields: ['month'] });
  });
  it('refuses dates that do not exist, the future, and ages over 120', () => {
    expect(parseDateOfBirth(parts('31', '2', '1980'), NOW)).toMatchObject({ error: 'notReal' });
    expect(parseDateOfBirth(parts('1', '13', '1980'), NOW)).toMatchObject({ error: 'notReal' });
    expect(parseDateOfBirth(parts('a', '1', '1980'), NOW)).toMatchObject({ error: 'notReal' });
    expect(parseDateOfBirth(parts('24', '11', '2026'), NOW)).toMatchObject({ error: 'inFuture' });
    expect(parseDateOfBirth(parts('23', '11', '2026'), NOW)).toEqual({ ok: true, date: '2026-11-23' });
    expect(parseDateOfBirth(parts('1', '1', '1900'), NOW)).toMatchObject({ error: 'tooOld' });
  });
  it('applies the child rules for proxies', () => {
    const child = { day: '1', month: '6', year: '2018' };
    expect(dateOfBirthError(completeDraft({ forWho: 'child', under16: 'yes', patient: { ...completeDraft().patient, dob: child } }), NOW)).toBeNull();
    expect(dateOfBirthError(completeDraft({ forWho: 'child', under16: 'no', patient: { ...completeDraft().patient, dob: child } }), NOW)?.key).toBe('errors.dob.under16');
    const adult = { day: '1', month: '6', year: '1990' };
    expect(dateOfBirthError(completeDraft({ forWho: 'child', under16: 'no', patient: { ...completeDraft().patient, dob: adult } }), NOW)?.key).toBe('errors.dob.notAChild');
    expect(dateOfBirthError(completeDraft({ forWho: 'child', under16: 'yes', patient: { ...completeDraft().patient, dob: adult } }), NOW)?.key).toBe('errors.dob.notUnder16');
    expect(dateOfBirthError(completeDraft({ forWho: 'me', under16: 'yes', patient: { ...completeDraft().patient, dob: child } }), NOW)?.key).toBe('errors.dob.tooYoungForSelf');
    const seventeen = { day: '1', month: '6', year: '2009' };
    expect(dateOfBirthError(completeDraft({ forWho: 'child', under16: 'no', patient: { ...completeDraft().patient, dob: seventeen } }), NOW)).toBeNull();
  });
});

describe('names, email and free text', () => {
  it('accepts names in any alphabet, with hyphens and apostrophes', () => {
    for (const name of ['Ada', "O'Neill", 'Jean-Luc', 'Siân', 'Zoë Ann', 'Łukasz', 'محمد', 'St. John']) expect(nameProblem(name), name).toBeNull();
  });
  it('refuses empty, too long, digits and markup', () => {
    expect(nameProblem('  ')).toBe('required');
    expect(nameProblem('a'.repeat(101))).toBe('tooLong');
    expect(nameProblem('Ada1')).toBe('characters');
    expect(nameProblem('<script>')).toBe('characters');
  });
  it('checks emails simply', () => {
    expect(isValidEmail('ada@example.com')).toBe(true);
    expect(isValidEmail('ada@example')).toBe(false);
    expect(isValidEmail('ada example.com')).toBe(false);
  });
  it('counts an emoji as one character, as people do', () => {
    expect(characterCount('😀😀')).toBe(2);
  });
  it('keeps free text over the limit but says it is too long', () => {
    expect(descriptionErrors(completeDraft({ description: 'x'.repeat(10_000) }))).toEqual({ description: 'errors.description.tooLong' });
    expect(descriptionErrors(completeDraft({ description: '😀'.repeat(1000) }))).toEqual({});
    expect(descriptionErrors(completeDraft({ description: '   ' }))).toEqual({ description: 'errors.description.required' });
  });
});

describe('each page of the journey', () => {
  it('finds nothing wrong with a complete request', () => {
    expect(detailsErrors(completeDraft(), NOW)).toEqual({});
    expect(contactErrors(completeDraft())).toEqual({});
    expect(needsErrors(completeDraft())).toEqual({});
    expect(relationshipErrors(completeDraft())).toEqual({});
  });
  it('names every problem on the details page', () => {
    const draft = completeDraft({ patient: { givenName: '', familyName: 'X1', dob: { day: '1', month: '1', year: '2030' }, nhsNumber: '999 999 9998', postcode: 'nope' } });
    expect(detailsErrors({ ...draft, kind: 'medical' }, NOW)).toEqual({
      givenName: 'errors.givenName.required',
      familyName: 'errors.familyName.characters',
      dob: 'date-of-birth:errors.inFuture',
      sex: 'errors.sex.required',
      nhsNumber: 'errors.nhsNumber.invalid',
      postcode: 'errors.postcode.invalid',
    });
  });
  it('asks for a mobile when the patient wants texts', () => {
    const draft = completeDraft({ contact: { methods: ['text'], phone: '01632 960001', email: '', times: [] } });
    expect(contactErrors(draft)).toEqual({ phone: 'errors.phone.notMobile' });
  });
  it('says what to change in a phone number, and takes a Relay UK number', () => {
    const contact = (phone: string, methods: ('phone' | 'text')[] = ['phone']) =>
      contactErrors(completeDraft({ contact: { methods, phone, email: '', times: ['any'], leaveMessage: 'yes' } }));
    expect(contact('0770 090012')).toEqual({ phone: 'errors.phone.tooShort' });
    expect(contact('+33 6 12 34 56 78')).toEqual({ phone: 'errors.phone.notUk' });
    expect(contact('18001 07700 900123')).toEqual({});
    expect(contact('18001 07700 900123', ['text'])).toEqual({});
    expect(contact('18001 0770')).toEqual({ phone: 'errors.phone.relay' });
  });
  it('asks who is asking, their relationship and consent when it is for someone else', () => {
    expect(relationshipErrors(completeDraft({ forWho: 'someone-else' }))).toEqual({
      relationship: 'errors.relationship.required',
      consent: 'errors.consent.requiredAdult',
      proxyGivenName: 'errors.proxyGivenName.required',
      proxyFamilyName: 'errors.proxyFamilyName.required',
      replyTo: 'errors.replyTo.required',
    });
  });
  it('needs a language for an interpreter', () => {
    expect(needsErrors(completeDraft({ needs: { needs: ['interpreter'], language: '' } }))).toEqual({ language: 'errors.language.required' });
  });
});
