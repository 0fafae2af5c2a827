import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Radios } from '../../components/radios';
import { TextInput } from '../../components/text-input';
import { CredentialsForm, type FieldErrors, bookingKey } from '../booking';
import { parseUbrn, parseYearOfBirth, type BookingProblem } from '../../domain/booking';

type Method = 'password' | 'year';
export type Secret = { password: string } | { yearOfBirth: number };

/** Sign in with the booking reference (UBRN) and the letter's password, or year of birth. */
export function SignInForm({
  problem,
  waiting,
  disabled,
  onSignIn,
}: {
  problem?: BookingProblem;
  waiting: boolean;
  disabled: boolean;
  onSignIn: (ubrn: string, secret: Secret) => void;
}) {
  const { t } = useTranslation('booking');
  const [ubrn, setUbrn] = useState('');
  const [method, setMethod] = useState<Method>('password');
  const [password, setPassword] = useState('');
  const [year, setYear] = useState('');

  const ubrnResult = parseUbrn(ubrn);
  const yearResult = parseYearOfBirth(year, new Date());
  const errors: FieldErrors = {
    ubrn: ubrnResult.ok ? null : t(bookingKey(ubrnResult.error)),
    password: method === 'password' && password === '' ? t('password.errors.required') : null,
    'year-of-birth': method === 'year' && !yearResult.ok ? t(bookingKey(yearResult.error)) : null,
  };

  return (
    <CredentialsForm
      title={t('signIn.title')}
      intro={t('signIn.intro')}
      journey="referral"
      problem={problem}
      problemField="ubrn"
      errors={errors}
      waiting={waiting}
      disabled={disabled}
      submitLabel={t('signIn.submit')}
      waitingLabel={t('signIn.signingIn')}
      onSubmit={() => {
        if (ubrnResult.ok) onSignIn(ubrnResult.ubrn, method === 'password' ? { password } : { yearOfBirth: yearResult.ok ? yearResult.year : 0 });
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
        <Radios
          name="sign-in-method"
          legend={t('signIn.how')}
          value={method}
          onChange={(value) => setMethod(value as Method)}
          options={[
            {
              value: 'password',
              label: t('signIn.withPassword'),
              conditional: (
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
              ),
            },
            {
              value: 'year',
              label: t('signIn.withYear'),
              conditional: (
                <TextInput
                  id="year-of-birth"
                  name="year-of-birth"
                  label={t('yearOfBirth.label')}
                  hint={t('yearOfBirth.hint')}
                  error={shown('year-of-birth')}
                  value={year}
                  onChange={setYear}
                  inputMode="numeric"
                  autoComplete="bday-year"
                  width="4"
                  dir="ltr"
                />
              ),
            },
          ]}
        />
        </>
      )}
    </CredentialsForm>
  );
}
