import { Navigate, useLocation, useParams } from 'react-router';
import { useBookingJourney } from '../booking';
import { ODS_CODE_PATTERN } from '../../domain/practice/ods-code';
import { href } from '../../platform/routes';
import { practiceJourney } from './book-appointment-page';
import { FindBookingForm } from './find-booking-form';
import { PracticeSteps } from './practice-steps';

/** `/:ods/appointments/manage`: change or cancel a practice appointment (booking reference and date of birth). */
export function ManageAppointmentPage() {
  const { ods = '' } = useParams();
  const code = ods.toUpperCase();
  if (!ODS_CODE_PATTERN.test(code)) return <Navigate to={href.findPractice()} replace />;
  if (code !== ods) return <Navigate to={href.manageAppointment(code)} replace />;
  return <ManageInPractice ods={code} />;
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
