import { Navigate, useLocation } from 'react-router';
import { useBookingJourney } from '../booking';
import { usePractice } from '../../platform/practice/use-practice';
import { href } from '../../platform/routes';
import { practiceJourney } from './book-appointment-page';
import { FindBookingForm } from './find-booking-form';
import { PracticeSteps } from './practice-steps';

/** `/:ods/appointments/manage`: change or cancel a practice appointment (booking reference and date of birth). */
export function ManageAppointmentPage() {
  const { ods, isOdsCode } = usePractice();
  if (!isOdsCode) return <Navigate to={href.findPractice()} replace />;
  return <ManageInPractice ods={ods} />;
}

function ManageInPractice({ ods }: { ods: string }) {
  const location = useLocation();
  const initialReference = (location.state as { reference?: string } | null)?.reference ?? '';
  const booking = useBookingJourney(practiceJourney(`practice-manage:${ods}`, href.manageAppointment(ods), ods, true));
  return (
    <PracticeSteps
      ods={ods}
      booking={booking}
      signedOut={(step, disabled) => (
        <FindBookingForm
          initialReference={initialReference}
          problem={step.problem}
          waiting={step.signingIn}
          disabled={disabled}
          onFind={(reference, birthDate) => booking.actions.findPracticeBooking(ods, reference, birthDate)}
        />
      )}
    />
  );
}
