import type { BookingEvent, BookingState } from '../../domain/booking';
import { transition } from '../../domain/booking';

/**
 * Where a booking journey's state lives while the app is open: in memory only, keyed by
 * journey (and practice). Moving to another page and back keeps the booking on screen,
 * also offline; a reload or closing the tab forgets it, so nothing about a patient's
 * referral or appointment is written to the device. The backend still has the booking:
 * signing in again shows it.
 */
interface Flow {
  state: BookingState;
  listeners: Set<() => void>;
}

const flows = new Map<string, Flow>();

export function flowOf(key: string, start: () => BookingState): Flow {
  let flow = flows.get(key);
  if (!flow) {
    flow = { state: start(), listeners: new Set() };
    flows.set(key, flow);
  }
  return flow;
}

/** Runs an event through the engine; returns the new state (the same object when refused). */
export function sendTo(flow: Flow, event: BookingEvent): BookingState {
  const next = transition(flow.state, event);
  if (next !== flow.state) {
    flow.state = next;
    for (const listener of flow.listeners) listener();
  }
  return next;
}

export function restartFlow(flow: Flow, state: BookingState) {
  flow.state = state;
  for (const listener of flow.listeners) listener();
}

/** Forget every journey (tests). */
export function forgetAllFlows() {
  flows.clear();
}

/** Appointments booked on this device in this visit: others were already booked when the patient signed in. */
export const bookedThisVisit = new Set<string>();
