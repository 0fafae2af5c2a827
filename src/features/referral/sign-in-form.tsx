import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type FieldError } from '../../components/error-summary';
import { PageHeading } from '../../components/page-heading';
import { Radios } from '../../components/radios';
import { TextInput } from '../../components/text-input';
import { bookingKey, problemText } from '../../components/booking/problem-text';
import { parseUbrn, parseYearOfBirth, type BookingProblem } from '../../lib/booking';

type Method = 'password' | 'year';
type Errors = { ubrn: string | null; password: string | null; year: string | null };
const NO_ERRORS: Errors = { ubrn: null, password: null, year: null };
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
  // Errors as they were at the last Continue: they change only when the patient submits
  // again, so the error summary never steals focus while they type a correction.
  const [submitted, setSubmitted] = useState<Errors>(NO_ERRORS);

  const ubrnResult = parseUbrn(ubrn);
  const yearResult = parseYearOfBirth(year, new Date());
  const errors: Errors = {
    ubrn: ubrnResult.ok ? null : t(bookingKey(ubrnResult.error)),
    password: method === 'password' && password === '' ? t('password.errors.required') : null,
    year: method === 'year' && !yearResult.ok ? t(bookingKey(yearResult.error)) : null,
  };

  const summary: FieldError[] = [];
  if (submitted.ubrn) summary.push({ href: '#ubrn', text: submitted.ubrn });
  if (submitted.password) summary.push({ href: '#password', text: submitted.password });
  if (submitted.year) summary.push({ href: '#year-of-birth', text: submitted.year });
  if (summary.length === 0 && problem) {
    const attempts = problem.attemptsLeft !== undefined ? ` ${t('signIn.attemptsLeft', { count: problem.attemptsLeft })}` : '';
    summary.push({ href: '#ubrn', text: problemText(t, problem, 'referral') + attempts });
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(errors);
    if (disabled || errors.ubrn || errors.password || errors.year || !ubrnResult.ok) return;
    onSignIn(ubrnResult.ubrn, method === 'password' ? { password } : { yearOfBirth: yearResult.ok ? yearResult.year : 0 });
  };

  return (
    <>
      <PageHeading title={t('signIn.title')} />
      <ErrorSummary errors={summary} />
      <p>{t('signIn.intro')}</p>
      <form onSubmit={submit} noValidate>
        <TextInput
          id="ubrn"
          name="ubrn"
          label={t('ubrn.label')}
          hint={t('ubrn.hint')}
          error={submitted.ubrn}
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
                  error={submitted.password}
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
                  error={submitted.year}
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
        <button type="submit" className="nhsuk-button" disabled={disabled} aria-disabled={disabled}>
          {waiting ? t('signIn.signingIn') : t('signIn.submit')}
        </button>
      </form>
      <p>{t('signIn.noLetter')}</p>
    </>
  );
}
