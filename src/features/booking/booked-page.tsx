import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NhsAppNudge } from '../../components/nhs-app-nudge';
import { PageHeading } from '../../components/page-heading';
import { bookingReferenceOf, serviceParticipantOf, formatUbrn, referralUbrn, type Appointment, type BookingSession, type HealthcareService } from '../../domain/booking';
import { AppointmentDetails, modeOf, placeOf } from './appointment-details';
import { CalendarLink } from './calendar-link';

/**
 * The booking, what happens next (in the words of the kind of appointment: come to the
 * practice, or the practice calls), and what the patient will need to change it, which
 * is exactly what the change journey asks for.
 */
export function BookedPage({
  appointment,
  service,
  session,
  bookedHere,
  disabled,
  onChange,
  nudgeOds,
  children,
}: {
  appointment: Appointment;
  service?: HealthcareService;
  session: BookingSession;
  bookedHere: boolean;
  disabled: boolean;
  onChange: () => void;
  /**
   * The practice whose NHS App reminder may follow a booking made (or moved) in this visit;
   * none when the practice is not known (a referral opened without `?practice=`).
   */
  nudgeOds?: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation('booking');
  const mode = modeOf(appointment, service);
  const place = placeOf(service, mode, serviceParticipantOf(appointment)?.display);
  const referral = session.journey === 'referral';
  const alreadyBooked = referral && !bookedHere;
  const whatNext = {
    hospital: t('booked.whatNextReferral'),
    phone: t('booked.whatNextPhone'),
    video: t('booked.whatNextVideo'),
    'face-to-face': t('booked.whatNextFaceToFace', { place: placeOf(service, 'face-to-face', place) }),
  }[mode ?? 'hospital'];
  return (
    <>
      <PageHeading title={alreadyBooked ? t('booked.changedTitle') : t('booked.title')} />
      {alreadyBooked ? <p>{t('booked.alreadyBooked')}</p> : null}
      <AppointmentDetails when={appointment} service={service} appointment={appointment} />
      <CalendarLink appointment={appointment} place={place} />
      <h2 className="nhsuk-heading-m">{t('booked.whatNext')}</h2>
      <p data-testid="what-next">{whatNext}</p>
      {referral ? null : <p>{t('booked.cannotGo')}</p>}
      <h2 className="nhsuk-heading-m">{t('booked.toChangeTitle')}</h2>
      <p data-testid="change-needs">
        {referral && session.referral
          ? t(session.askedYearOfBirth ? 'booked.toChangeReferralWithYear' : 'booked.toChangeReferral', { ubrn: formatUbrn(referralUbrn(session.referral)) })
          : t('booked.toChangePractice', { reference: bookingReferenceOf(appointment) })}
      </p>
      <div className="fd-actions">
        <button type="button" className="nhsuk-button nhsuk-button--secondary" disabled={disabled} aria-disabled={disabled} onClick={onChange}>
          {t('booked.changeOrCancel')}
        </button>
        {children}
      </div>
      {nudgeOds && bookedHere ? <NhsAppNudge ods={nudgeOds} placement="booking" /> : null}
    </>
  );
}
