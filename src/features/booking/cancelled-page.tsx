import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/page-heading';
import { serviceParticipantOf, type Appointment, type Journey } from '../../domain/booking';
import { useDateWords } from '../../platform/i18n/use-date-words';
import { CalendarLink } from './calendar-link';
import { appointmentWhen } from './when';

export function CancelledPage({ appointment, journey, children }: { appointment: Appointment; journey: Journey; children?: ReactNode }) {
  const { t } = useTranslation('booking');
  const words = useDateWords();
  const [when] = useState(() => appointmentWhen(appointment.start, words));
  return (
    <>
      <PageHeading title={t('cancelled.title')} />
      <p>{t('cancelled.body', { when })}</p>
      {journey === 'referral' ? <p>{t('cancelled.referralOpen')}</p> : null}
      <CalendarLink appointment={appointment} place={serviceParticipantOf(appointment)?.display} />
      {children}
    </>
  );
}
