import { Fragment, type ReactNode } from 'react';
import { LoadingPage } from '../../components/loading-page';
import type { BookingProblem, BookingStep, Journey } from '../../domain/booking';
import { serviceOfAppointment } from './appointment-details';
import { OfflineNotice, ProblemPage } from './booking-notices';
import { ChangePage } from './change-page';
import { LockedPage } from './locked-page';
import type { useBookingJourney } from './model/use-booking-journey';

export type BookingJourney = ReturnType<typeof useBookingJourney>;

/**
 * The frame both booking journeys share, one step at a time: the offline notice above
 * whatever is on screen, a problem the patient cannot fix (with Try again), and the
 * pages that read the same in either journey (loading, locked, change or cancel). Every
 * other step is the journey's own: `children` renders it, or returns `undefined` for a
 * step it does not show (a loading page). Each step is its own page, so moving to
 * another puts focus on the new heading.
 */
export function BookingSteps({
  booking,
  journey,
  errorPage,
  children,
}: {
  booking: BookingJourney;
  journey: Journey;
  /** An error the journey explains its own way; `undefined` for the shared problem page. */
  errorPage?: (problem: BookingProblem) => ReactNode;
  children: (step: BookingStep, disabled: boolean) => ReactNode;
}) {
  const { screen, actions, links, services } = booking;
  const { step, actionsOff: disabled } = screen;
  const page = (() => {
    switch (step.name) {
      case 'error':
        return errorPage?.(step.problem) ?? <ProblemPage problem={step.problem} journey={journey} onRetry={() => actions.retry(step.retry)} />;
      case 'locked':
        return <LockedPage unlocksAt={step.unlocksAt} journey={journey} />;
      case 'loading':
        return <LoadingPage />;
      case 'changing':
        return (
          <ChangePage
            appointment={step.appointment}
            service={serviceOfAppointment(step.appointment, services)}
            journey={journey}
            cancelling={step.cancelling}
            disabled={disabled}
            backTo={links(false).base}
            onNewTime={actions.chooseNewTime}
            onCancel={(reason, text) => actions.cancel(step.appointment, reason, text)}
          />
        );
      default:
        return children(step, disabled) ?? <LoadingPage />;
    }
  })();

  return (
    <>
      {screen.offline ? <OfflineNotice holdsBooking={screen.held !== undefined} /> : null}
      <Fragment key={step.name}>{page}</Fragment>
    </>
  );
}
