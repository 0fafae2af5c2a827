import { Navigate, useLocation } from 'react-router';
import { useBookingFlow } from '../booking';
import { startPracticeManage } from '../../domain/booking';
import { usePractice } from '../../platform/practice/practice-route';
import { href } from '../../platform/routes';
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
  const flow = useBookingFlow(`practice-manage:${ods}`, startPracticeManage);
  return (
    <PracticeSteps
      ods={ods}
      base={href.manageAppointment(ods)}
      flow={flow}
      signedOut={(state, disabled) => (
        <FindBookingForm
          initialReference={initialReference}
          problem={state.name === 'signed-out' ? state.problem : undefined}
          waiting={state.name === 'signing-in'}
          disabled={disabled}
          onFind={(reference, birthDate) => void flow.findPracticeBooking(ods, reference, birthDate)}
        />
      )}
    />
  );
}
