import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type FieldError } from '../../components/error-summary';
import { PageHeading } from '../../components/page-heading';
import type { BookingProblem, Journey } from '../../domain/booking';
import { problemText } from './problem-text';

/** Each field's error, by the field's id; `null` for a field that is right. */
export type FieldErrors = Record<string, string | null>;

/**
 * Sign in to a booking (a referral's UBRN, a practice booking's reference): the heading,
 * the error summary, the form and its button. Errors are those at the last submit, so
 * they change only when the patient submits again and the error summary never steals
 * focus while they type a correction. With no field errors, a problem the backend
 * reported (wrong details, with the tries left) is listed against `problemField`.
 */
export function CredentialsForm({
  title,
  intro,
  journey,
  problem,
  problemField,
  errors,
  waiting,
  disabled,
  submitLabel,
  waitingLabel,
  onSubmit,
  children,
  after,
}: {
  title: string;
  intro: string;
  journey: Journey;
  problem?: BookingProblem;
  problemField: string;
  /** The fields' errors now, in page order; shown after the next submit. */
  errors: FieldErrors;
  waiting: boolean;
  disabled: boolean;
  submitLabel: string;
  waitingLabel: string;
  /** Called when every field is right. */
  onSubmit: () => void;
  /** The fields, given each field's error as it was at the last submit. */
  children: (shown: (field: string) => string | null) => ReactNode;
  after?: ReactNode;
}) {
  const { t } = useTranslation('booking');
  const [submitted, setSubmitted] = useState<FieldErrors>({});

  const summary: FieldError[] = Object.entries(submitted).flatMap(([field, text]) => (text ? [{ href: `#${field}`, text }] : []));
  if (summary.length === 0 && problem) {
    const count = problem.attemptsLeft;
    const attempts = count === undefined ? '' : ` ${journey === 'practice' ? t('signIn.attemptsLeftPractice', { count }) : t('signIn.attemptsLeft', { count })}`;
    summary.push({ href: `#${problemField}`, text: problemText(t, problem, journey) + attempts });
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(errors);
    if (disabled || Object.values(errors).some(Boolean)) return;
    onSubmit();
  };

  return (
    <>
      <PageHeading title={title} />
      <ErrorSummary errors={summary} />
      <p>{intro}</p>
      <form onSubmit={submit} noValidate>
        {children((field) => submitted[field] ?? null)}
        <button type="submit" className="nhsuk-button" disabled={disabled} aria-disabled={disabled}>
          {waiting ? waitingLabel : submitLabel}
        </button>
      </form>
      {after}
    </>
  );
}
