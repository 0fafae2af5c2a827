import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/back-link';
import { PageHeading } from '../../components/page-heading';
import type { BookingStep } from '../../domain/booking';
import { AppointmentDetails } from './appointment-details';

/** Check and book: the chosen time, anything else the journey asks (`children`), and the button. */
export function ConfirmPage({
  step,
  backTo,
  disabled,
  onSubmit,
  children,
}: {
  step: Extract<BookingStep, { name: 'confirming' }>;
  backTo: string;
  disabled: boolean;
  onSubmit: () => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation('booking');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!disabled) onSubmit();
  };
  return (
    <>
      <BackLink to={backTo} />
      <PageHeading title={step.replacing ? t('confirm.changeTitle') : t('confirm.title')} />
      <AppointmentDetails when={step.slot} service={step.service} />
      {step.replacing ? <p>{t('confirm.stillHeld')}</p> : null}
      <form onSubmit={submit} noValidate>
        {children}
        <button type="submit" className="nhsuk-button" disabled={disabled} aria-disabled={disabled}>
          {step.submitting ? t('confirm.booking') : step.replacing ? t('confirm.move') : t('confirm.book')}
        </button>
      </form>
    </>
  );
}
