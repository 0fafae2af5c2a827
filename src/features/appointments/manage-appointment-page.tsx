import { Navigate, useLocation, useParams } from 'react-router';
import { useBookingFlow } from '../booking';
import { startPracticeManage } from '../../domain/booking';
import { ODS_CODE_PATTERN } from '../../domain/practice/ods-code';
import { href } from '../../platform/routes';
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
