import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/back-link';
import { PageHeading } from '../../components/page-heading';
import type { Appointment, CancelReason, HealthcareService, Journey } from '../../domain/booking';
import { AppointmentDetails } from './appointment-details';
import { CancelForm } from './cancel-form';

/** Change or cancel the booking held: a new time (it stays booked until then), or cancel with a reason. */
export function ChangePage({
  appointment,
  service,
  journey,
  cancelling,
  disabled,
  backTo,
  onNewTime,
  onCancel,
}: {
  appointment: Appointment;
  service?: HealthcareService;
  journey: Journey;
  cancelling: boolean;
  disabled: boolean;
  backTo: string;
  onNewTime: () => void;
  onCancel: (reason: CancelReason, text: string) => void;
}) {
  const { t } = useTranslation('booking');
  return (
    <>
      <BackLink to={backTo} />
      <PageHeading title={t('change.title')} />
      <AppointmentDetails when={appointment} service={service} appointment={appointment} />
      <h2 className="nhsuk-heading-m">{t('change.newTime')}</h2>
      <p>{t('change.newTimeHint')}</p>
      <button type="button" className="nhsuk-button" disabled={disabled} aria-disabled={disabled} onClick={onNewTime}>
        {t('change.newTime')}
      </button>
      <CancelForm journey={journey} disabled={disabled} cancelling={cancelling} onCancel={(reason, text) => onCancel(reason as CancelReason, text)} />
    </>
  );
}
