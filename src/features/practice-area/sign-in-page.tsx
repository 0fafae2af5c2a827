import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ErrorSummary } from '../../components/error-summary';
import { PageHeading } from '../../components/page-heading';
import { TextInput } from '../../components/text-input';
import { ApiError, NetworkError } from '../../platform/api/client';
import { practiceAreaKeys } from './api/keys';
import { finishSignIn, startSignIn } from './api/session';
import { safeReturnPath } from './model/sign-in-return';
import './practice-area.scss';

/** The pending sign-in lasts 5 minutes on the server; after that the password is asked again. */
const PENDING_LIFETIME_MS = 5 * 60 * 1000;

type Problem = 'emailMissing' | 'passwordMissing' | 'wrongDetails' | 'locked' | 'tooManyTries' | 'codeFormat' | 'wrongCode' | 'codeExpired' | 'unavailable' | 'offline';

function problemOf(error: unknown, step: 'password' | 'code'): Problem {
  if (error instanceof NetworkError) return 'offline';
  if (error instanceof ApiError) {
    if (error.status === 423) return 'locked';
    if (error.status === 429) return 'tooManyTries';
    if (error.status === 401) return step === 'password' ? 'wrongDetails' : 'wrongCode';
  }
  return 'unavailable';
}

/** `/practice`: staff sign in with their email and password, then the 6-digit code from their authenticator app. */
export function SignInPage() {
  const { t } = useTranslation('practice-area');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [pending, setPending] = useState<{ token: string; at: number } | null>(null);
  const [problem, setProblem] = useState<{ what: Problem; field: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const reason = params.get('reason');

  async function sendPassword(event: FormEvent) {
    event.preventDefault();
    if (!email.trim()) return setProblem({ what: 'emailMissing', field: 'email' });
    if (!password) return setProblem({ what: 'passwordMissing', field: 'password' });
    setBusy(true);
    try {
      const answer = await startSignIn(email.trim(), password);
      setPending({ token: answer.pending, at: Date.now() });
      setProblem(null);
      setCode('');
    } catch (error) {
      const what = problemOf(error, 'password');
      // The password is cleared after a wrong try; the email stays as typed.
      if (what === 'wrongDetails' || what === 'locked') setPassword('');
      setProblem({ what, field: what === 'wrongDetails' ? 'email' : 'password' });
    } finally {
      setBusy(false);
    }
  }

  async function sendCode(event: FormEvent) {
    event.preventDefault();
    if (!pending) return;
    const digits = code.replace(/\s/g, '');
    if (!/^\d{6}$/.test(digits)) return setProblem({ what: 'codeFormat', field: 'code' });
    if (Date.now() - pending.at > PENDING_LIFETIME_MS) return startAgain('codeExpired');
    setBusy(true);
    try {
      const answer = await finishSignIn(pending.token, digits);
      queryClient.setQueryData(practiceAreaKeys.session(), answer);
      void navigate(safeReturnPath(params.get('next')), { replace: true });
    } catch (error) {
      const what = problemOf(error, 'code');
      if (what === 'locked' || what === 'tooManyTries') startAgain(what);
      else setProblem({ what, field: 'code' });
    } finally {
      setBusy(false);
    }
  }

  function startAgain(what?: Problem) {
    setPending(null);
    setPassword('');
    setCode('');
    setProblem(what ? { what, field: 'password' } : null);
  }

  const message = problem ? t(`signIn.problems.${problem.what}`) : null;
  const errorFor = (field: string) => (problem?.field === field ? message : null);
  const errors = problem && message ? [{ href: `#${problem.field}`, text: message }] : [];

  if (pending) {
    return (
      <div className="fd-practice-area">
        <ErrorSummary errors={errors} />
        <PageHeading title={t('signIn.codeTitle')} />
        <p>{t('signIn.codeIntro')}</p>
        <form onSubmit={(event) => void sendCode(event)} noValidate>
          <TextInput
            id="code"
            name="code"
            label={t('signIn.code')}
            hint={t('signIn.codeHint')}
            value={code}
            onChange={setCode}
            error={errorFor('code')}
            inputMode="numeric"
            autoComplete="one-time-code"
            width="10"
            spellCheck={false}
            dir="ltr"
          />
          <button type="submit" className="nhsuk-button" disabled={busy}>
            {t('signIn.continue')}
          </button>
        </form>
        <p>
          <button type="button" className="fd-link-button" onClick={() => startAgain()}>
            {t('signIn.startAgain')}
          </button>
        </p>
      </div>
    );
  }

  return (
    <div className="fd-practice-area">
      <ErrorSummary errors={errors} />
      <PageHeading title={t('signIn.title')} />
      {reason === 'expired' ? <p className="nhsuk-inset-text">{t('signIn.expired')}</p> : null}
      {reason === 'signed-out' ? <p className="nhsuk-inset-text">{t('signIn.signedOut')}</p> : null}
      <p>{t('signIn.intro')}</p>
      <form onSubmit={(event) => void sendPassword(event)} noValidate>
        <TextInput id="email" name="email" type="email" label={t('signIn.email')} value={email} onChange={setEmail} error={errorFor('email')} autoComplete="username" spellCheck={false} />
        <TextInput
          id="password"
          name="password"
          type="password"
          label={t('signIn.password')}
          value={password}
          onChange={setPassword}
          error={errorFor('password')}
          autoComplete="current-password"
          spellCheck={false}
        />
        <button type="submit" className="nhsuk-button" disabled={busy}>
          {t('signIn.continue')}
        </button>
      </form>
    </div>
  );
}
