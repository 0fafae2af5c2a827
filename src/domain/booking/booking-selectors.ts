import { journeyOf } from './booking-machine';
import type { BookingEventType, BookingSession, BookingState } from './booking-states';
import type { Appointment } from './fhir-schemas';
import { groupSlotsByLondonDay, type SlotDay } from './slot-days';

/** Readings of a booking state for pages: what to show, what to fetch, what to switch off. */

/** The state the patient is really in, looking through an error or offline screen. */
export function underlyingState(state: BookingState): BookingState {
  return state.name === 'error' || state.name === 'offline' ? underlyingState(state.resume) : state;
}

export function sessionOf(state: BookingState): BookingSession | undefined {
  const inner = underlyingState(state);
  return 'session' in inner ? inner.session : undefined;
}

/** The booking the patient holds now, still shown offline, while changing it and after an error. */
export function heldAppointment(state: BookingState): Appointment | undefined {
  const inner = underlyingState(state);
  switch (inner.name) {
    case 'booked':
    case 'changing':
    case 'cancelling':
      return inner.appointment;
    case 'choosing-service':
    case 'choosing-slot':
    case 'confirming':
    case 'conflict':
      return inner.replacing;
    default:
      return undefined;
  }
}

/** A request is on its way: buttons that would send another are disabled. */
export function isWaiting(state: BookingState): boolean {
  return (
    state.name === 'signing-in' ||
    state.name === 'cancelling' ||
    (state.name === 'confirming' && state.submitting) ||
    (state.name === 'no-slots' && state.deferring)
  );
}

/** Booking, changing and cancelling need live slot data: off while offline or while waiting. */
export const canTakeBookingActions = (state: BookingState) => state.name !== 'offline' && !isWaiting(state);

/** What the page should fetch for this state, if anything. */
export function dataNeeded(state: BookingState): 'shortlist' | 'slots' | undefined {
  if ((state.name === 'referral-loaded' || state.name === 'choosing-service') && state.session.services === null) return 'shortlist';
  if ((state.name === 'choosing-slot' || state.name === 'conflict') && state.slots === null) return 'slots';
  return undefined;
}

/** Slots to offer, by London day with the next free first, for the slot page and the conflict page. */
export function slotDaysOf(state: BookingState, now: Date): SlotDay[] {
  if (state.name === 'choosing-slot' || state.name === 'conflict') return groupSlotsByLondonDay(state.slots ?? [], now);
  return [];
}

/** Events that call the backend: refused offline, never queued for later. */
export const NETWORK_EVENTS: readonly BookingEventType[] = ['SIGN_IN', 'CONFIRM', 'CANCEL', 'DEFER_TO_PROVIDER', 'RETRY'];

export { journeyOf };
