import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { useBookingJourney, type JourneyConfig } from '../booking';
import { usePractice } from '../../platform/practice/use-practice';
import { href } from '../../platform/routes';
import { serviceOfType, typeOfService } from './appointment-types';
import { PracticeSteps } from './practice-steps';

/** `/:ods/appointments` (`?type=phone|video|face-to-face`): book a practice appointment. */
export function BookAppointmentPage() {
  const { ods, isOdsCode } = usePractice();
  if (!isOdsCode) return <Navigate to={href.findPractice()} replace />;
  return <BookInPractice ods={ods} />;
}

/** The practice's own journey config: kinds of appointment named by `?type=`. */
export const practiceJourney = (scope: JourneyConfig['scope'], base: string, ods: string, signedIn: boolean): JourneyConfig => ({
  scope,
  journey: 'practice',
  base,
  serviceParam: 'type',
  serviceFor: serviceOfType,
  valueOf: typeOfService,
  // Booking needs no sign-in: the session starts with the practice. Managing starts at "find".
  ...(signedIn ? {} : { start: { journey: 'practice', ods } }),
});

function BookInPractice({ ods }: { ods: string }) {
  const { t } = useTranslation('booking');
  const navigate = useNavigate();
  const booking = useBookingJourney(practiceJourney(`practice-book:${ods}`, href.appointments(ods), ods, false));
  const bookAnother = (
    <button type="button" className="nhsuk-button" onClick={booking.actions.bookAgain}>
      {t('booked.bookAnother')}
    </button>
  );
  return (
    <PracticeSteps
      ods={ods}
      booking={booking}
      onBooked={bookAnother}
      onChangeBooked={(reference) => void navigate(href.manageAppointment(ods), { state: { reference } })}
    />
  );
}
