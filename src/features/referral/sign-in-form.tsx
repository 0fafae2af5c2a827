import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextInput } from '../../components/text-input';
import { CredentialsForm, type FieldErrors, bookingKey } from '../booking';
import { parseUbrn, parseYearOfBirth, type BookingProblem } from '../../domain/booking';

/**
 * Sign in as Manage Your Referral does: the booking reference (UBRN) and the password from
 * the letter, always; and the year of birth too, once the referral says it asks for it.
 * A reference and a year alone are not enough to open a referral.
 */
export function SignInForm({
  problem,
  waiting,
  disabled,
  onSignIn,
}: {
  problem?: BookingProblem;
  waiting: boolean;
  disabled: boolean;
  onSignIn: (ubrn: string, password: string, yearOfBirth?: number) => void;
}) {
  const { t } = useTranslation('booking');
  const [ubrn, setUbrn] = useState('');
  const [password, setPassword] = useState('');
  const [year, setYear] = useState('');
  // Once the referral has asked for the year of birth, the field stays for every later try.
  const [yearAsked, setYearAsked] = useState(false);
  if (problem?.issue === 'year-of-birth-required' && !yearAsked) setYearAsked(true);

  const ubrnResult = parseUbrn(ubrn);
  const yearResult = parseYearOfBirth(year, new Date());
  const errors: FieldErrors = {
    ubrn: ubrnResult.ok ? null : t(bookingKey(ubrnResult.error)),
    password: password === '' ? t('password.errors.required') : null,
    ...(yearAsked ? { 'year-of-birth': yearResult.ok ? null : t(bookingKey(yearResult.error)) } : {}),
  };

  return (
    <CredentialsForm
      title={t('signIn.title')}
      intro={t('signIn.intro')}
      journey="referral"
      problem={problem}
      problemField={problem?.issue === 'year-of-birth-required' ? 'year-of-birth' : 'ubrn'}
      errors={errors}
      waiting={waiting}
      disabled={disabled}
      submitLabel={t('signIn.submit')}
      waitingLabel={t('signIn.signingIn')}
      onSubmit={() => {
        if (ubrnResult.ok) onSignIn(ubrnResult.ubrn, password, yearAsked && yearResult.ok ? yearResult.year : undefined);
      }}
      after={<p>{t('signIn.noLetter')}</p>}
    >
      {(shown) => (
        <>
          <TextInput
            id="ubrn"
            name="ubrn"
            label={t('ubrn.label')}
            hint={t('ubrn.hint')}
            error={shown('ubrn')}
            value={ubrn}
            onChange={setUbrn}
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            width="20"
            dir="ltr"
          />
          <TextInput
            id="password"
            name="password"
            type="password"
            label={t('password.label')}
            hint={t('password.hint')}
            error={shown('password')}
            value={password}
            onChange={setPassword}
            autoComplete="off"
            spellCheck={false}
            width="20"
            dir="ltr"
          />
          {yearAsked ? (
            <TextInput
              id="year-of-birth"
              name="year-of-birth"
              label={t('yearOfBirth.label')}
              hint={t('yearOfBirth.askedHint')}
              error={shown('year-of-birth')}
              value={year}
              onChange={setYear}
              inputMode="numeric"
              autoComplete="bday-year"
              width="4"
              dir="ltr"
            />
          ) : null}
        </>
      )}
    </CredentialsForm>
  );
}
