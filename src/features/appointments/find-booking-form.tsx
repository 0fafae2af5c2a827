import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput, type DateParts } from '../../components/date-input';
import { ErrorSummary, type FieldError } from '../../components/error-summary';
import { PageHeading } from '../../components/page-heading';
import { TextInput } from '../../components/text-input';
import { bookingKey, problemText } from '../../components/booking/problem-text';
import { parseDateOfBirth, type BookingProblem } from '../../lib/booking';

const REFERENCE = /^[A-Z0-9]{6,12}$/;

/** Find a practice booking with its reference and the patient's date of birth. */
export function FindBookingForm({
  initialReference,
  problem,
  waiting,
  disabled,
  onFind,
}: {
  initialReference: string;
  problem?: BookingProblem;
  waiting: boolean;
  disabled: boolean;
  onFind: (reference: string, birthDate: string) => void;
}) {
  const { t } = useTranslation('booking');
  const [reference, setReference] = useState(initialReference);
  const [birth, setBirth] = useState<DateParts>({ day: '', month: '', year: '' });
  // Errors as they were at the last submit, so the error summary never steals focus while typing.
  const [submitted, setSubmitted] = useState<{ reference: string | null; birth: string | null }>({ reference: null, birth: null });

  const squashed = reference.replace(/[\s-]/g, '').toUpperCase();
  const referenceError = !squashed ? t('manage.referenceRequired') : REFERENCE.test(squashed) ? null : t('manage.referenceInvalid');
  const birthResult = parseDateOfBirth(birth, new Date());
  const birthError = birthResult.ok ? null : t(bookingKey(birthResult.error));

  const summary: FieldError[] = [];
  if (submitted.reference) summary.push({ href: '#reference', text: submitted.reference });
  if (submitted.birth) summary.push({ href: '#birth-date', text: submitted.birth });
  if (summary.length === 0 && problem) {
    const attempts = problem.attemptsLeft !== undefined ? ` ${t('signIn.attemptsLeftPractice', { count: problem.attemptsLeft })}` : '';
    summary.push({ href: '#reference', text: problemText(t, problem, 'practice') + attempts });
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted({ reference: referenceError, birth: birthError });
    if (disabled || referenceError || !birthResult.ok) return;
    onFind(squashed, birthResult.date);
  };

  return (
    <>
      <PageHeading title={t('manage.title')} />
      <ErrorSummary errors={summary} />
      <p>{t('manage.intro')}</p>
      <form onSubmit={submit} noValidate>
        <TextInput
          id="reference"
          name="reference"
          label={t('manage.reference')}
          hint={t('manage.referenceHint')}
          error={submitted.reference}
          value={reference}
          onChange={setReference}
          autoComplete="off"
          spellCheck={false}
          width="10"
          dir="ltr"
        />
        <DateInput
          id="birth-date"
          legend={t('dateOfBirth.legend')}
          hint={t('dateOfBirth.hint')}
          error={submitted.birth}
          value={birth}
          onChange={setBirth}
          birthday
        />
        <button type="submit" className="nhsuk-button" disabled={disabled} aria-disabled={disabled}>
          {waiting ? t('manage.finding') : t('manage.submit')}
        </button>
      </form>
    </>
  );
}
