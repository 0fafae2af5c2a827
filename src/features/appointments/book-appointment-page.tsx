import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { useBookingFlow } from '../booking';
import { startPracticeBooking } from '../../domain/booking';
import { usePractice } from '../../platform/practice/practice-route';
import { href } from '../../platform/routes';
import { PracticeSteps } from './practice-steps';

/** `/:ods/appointments` (`?type=phone|video|face-to-face`): book a practice appointment. */
export function BookAppointmentPage() {
  const { ods, isOdsCode } = usePractice();
  if (!isOdsCode) return <Navigate to={href.findPractice()} replace />;
  return <BookInPractice ods={ods} />;
}

function BookInPractice({ ods }: { ods: string }) {
  const { t } = useTranslation('booking');
  const navigate = useNavigate();
  const flow = useBookingFlow(`practice-book:${ods}`, () => startPracticeBooking(ods));
  const bookAnother = (
    <button type="button" className="nhsuk-button" onClick={() => flow.restart(startPracticeBooking(ods))}>
      {t('booked.bookAnother')}
    </button>
  );
  return (
    <PracticeSteps
      ods={ods}
      base={href.appointments(ods)}
      flow={flow}
      onBooked={bookAnother}
      onChangeBooked={(reference) => void navigate(href.manageAppointment(ods), { state: { reference } })}
    />
  );
}
