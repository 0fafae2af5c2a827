import { useCallback, type ReactNode } from 'react';
import { LoadingPage } from '../../components/loading-page';
import { canTakeBookingActions, heldAppointment, underlyingState, type BookingProblem, type BookingState, type CancelReason, type Journey } from '../../domain/booking';
import { ChangePage, OfflineNotice, ProblemPage } from './booking-views';
import { LockedPage } from './locked-page';
import type { useBookingFlow } from './use-booking-flow';

export type BookingFlow = ReturnType<typeof useBookingFlow>;

/**
 * The frame both booking journeys share, one engine state at a time: an error the patient
 * cannot fix (with Try again), the offline notice above whatever is on screen, and the
 * pages that read the same in either journey (locked, change or cancel). Every other
 * state is the journey's own: `children` renders it from the state under any error or
 * offline screen, and returns `undefined` for a state it does not show (a loading page).
 */
export function BookingSteps({
  flow,
  journey,
  errorPage,
  children,
}: {
  flow: BookingFlow;
  journey: Journey;
  /** An error the journey explains its own way; `undefined` for the shared problem page. */
  errorPage?: (problem: BookingProblem) => ReactNode;
  children: (inner: BookingState, disabled: boolean) => ReactNode;
}) {
  const { state, send } = flow;
  const onTick = useCallback((tick: Date) => send({ type: 'UNLOCK_DUE', now: tick }), [send]);

  if (state.name === 'error') {
    return errorPage?.(state.problem) ?? <ProblemPage problem={state.problem} journey={journey} onRetry={() => send({ type: 'RETRY' })} />;
  }
  const inner = underlyingState(state);
  const disabled = !canTakeBookingActions(state);
  const page = (() => {
    switch (inner.name) {
      case 'locked':
        return <LockedPage unlocksAt={inner.unlocksAt} journey={journey} onTick={onTick} />;
      case 'changing':
      case 'cancelling':
        return (
          <ChangePage
            state={inner}
            journey={journey}
            disabled={disabled}
            onNewTime={() => send({ type: 'CHOOSE_NEW_TIME' })}
            onCancel={(reason, text) => void flow.cancel(reason as CancelReason, text)}
            onKeep={() => send({ type: 'BACK' })}
          />
        );
      default:
        return children(inner, disabled) ?? <LoadingPage />;
    }
  })();

  return (
    <>
      {state.name === 'offline' ? <OfflineNotice holdsBooking={Boolean(heldAppointment(state))} /> : null}
      {page}
    </>
  );
}
