import type { BookingProblem } from './booking-issues';
import type { HealthcareService } from './fhir-schemas';
import type { BookingEvent, BookingSession, BookingState, Journey } from './booking-states';
import { describeService } from './resource-details';
import { parseUbrn } from './ubrn';

/**
 * The booking engine: a pure `transition(state, event)`. An event a state does not
 * accept returns the very same state object, so a double tap or a late response can
 * never move the patient somewhere unexpected.
 */
export function transition(state: BookingState, event: BookingEvent): BookingState {
  if (event.type === 'SIGN_OUT') return { name: 'signed-out', journey: journeyOf(state) };
  if (event.type === 'WENT_OFFLINE') return state.name === 'offline' ? state : { name: 'offline', resume: settle(state) };
  if (state.name === 'offline') return whileOffline(state, event);
  if (event.type === 'REQUEST_FAILED' && state.name !== 'signing-in') return requestFailed(state, event.problem);
  return step(state, event);
}

function step(state: BookingState, event: BookingEvent): BookingState {
  switch (state.name) {
    case 'signed-out':
      if (event.type !== 'SIGN_IN') return state;
      if (state.journey === 'referral' && event.ubrn !== undefined) {
        const ubrn = parseUbrn(event.ubrn);
        if (!ubrn.ok) return { name: 'signed-out', journey: state.journey, inputError: ubrn.error };
      }
      return { name: 'signing-in', journey: state.journey };
    case 'signing-in':
      if (event.type === 'SIGNED_IN') return signedIn(state.journey, event);
      if (event.type === 'SIGN_IN_FAILED' || event.type === 'REQUEST_FAILED') return signInFailed(state.journey, event.problem);
      return state;
    case 'locked':
      return event.type === 'UNLOCK_DUE' && event.now.getTime() >= Date.parse(state.unlocksAt)
        ? { name: 'signed-out', journey: state.journey }
        : state;
    case 'referral-loaded':
      if (event.type === 'SHORTLIST_LOADED') {
        return shortlistLoaded(state.session, event.services) ?? { ...state, session: { ...state.session, services: event.services } };
      }
      if (event.type === 'CHOOSE_SERVICE' && state.session.services?.length) return { name: 'choosing-service', session: state.session };
      return state;
    case 'choosing-service':
      return choosingService(state, event);
    case 'choosing-slot':
    case 'conflict':
      return choosingSlot(state, event);
    case 'confirming':
      return confirming(state, event);
    case 'booked':
      return event.type === 'CHANGE' ? { name: 'changing', session: state.session, appointment: state.appointment } : state;
    case 'changing':
      if (event.type === 'CHOOSE_NEW_TIME') return { name: 'choosing-service', session: state.session, replacing: state.appointment };
      if (event.type === 'CANCEL') return { name: 'cancelling', session: state.session, appointment: state.appointment };
      if (event.type === 'CANCELLED') return { name: 'cancelled', session: state.session, appointment: event.appointment };
      if (event.type === 'BACK') return { name: 'booked', session: state.session, appointment: state.appointment };
      return state;
    case 'cancelling':
      return event.type === 'CANCELLED' ? { name: 'cancelled', session: state.session, appointment: event.appointment } : state;
    case 'cancelled':
      return event.type === 'BOOK_AGAIN' ? freshStart({ ...state.session, services: null }) : state;
    case 'no-slots':
      if (event.type === 'DEFER_TO_PROVIDER' && state.session.journey === 'referral' && !state.deferred && !state.deferring) {
        return { ...state, deferring: true };
      }
      if (event.type === 'DEFERRED') {
        return { ...state, session: { ...state.session, referral: event.referral }, deferring: false, deferred: true };
      }
      return state;
    case 'error':
      return event.type === 'RETRY' || event.type === 'BACK' ? state.resume : state;
    case 'offline':
      return state;
  }
}

type Of<N extends BookingState['name']> = Extract<BookingState, { name: N }>;

function choosingService(state: Of<'choosing-service'>, event: BookingEvent): BookingState {
  const { session, replacing } = state;
  if (event.type === 'SHORTLIST_LOADED') {
    // Someone changing a booking keeps it even when nothing else is free: no slot-issue path.
    const none = replacing ? undefined : shortlistLoaded(session, event.services);
    return none ?? { ...state, session: { ...session, services: event.services } };
  }
  if (event.type === 'SERVICE_CHOSEN') {
    const service = session.services?.find((s) => s.id === event.serviceId);
    return service ? { name: 'choosing-slot', session, service, slots: null, replacing } : state;
  }
  if (event.type === 'BACK') {
    if (replacing) return { name: 'booked', session, appointment: replacing };
    if (session.journey === 'referral') return { name: 'referral-loaded', session };
  }
  return state;
}

function choosingSlot(state: Of<'choosing-slot'> | Of<'conflict'>, event: BookingEvent): BookingState {
  const { session, service, replacing } = state;
  if (event.type === 'SLOTS_LOADED') return { ...state, slots: event.slots };
  if (event.type === 'SLOT_CHOSEN') {
    const slot = state.slots?.find((s) => s.id === event.slotId && s.status === 'free');
    if (!slot || !state.slots) return state;
    return { name: 'confirming', session, service, slot, slots: state.slots, idempotencyKey: event.idempotencyKey, submitting: false, replacing };
  }
  if (event.type === 'BACK') return { name: 'choosing-service', session, replacing };
  return state;
}

function confirming(state: Of<'confirming'>, event: BookingEvent): BookingState {
  const { session, service, replacing } = state;
  if (event.type === 'CONFIRM') return state.submitting ? state : { ...state, submitting: true };
  if (event.type === 'BOOKED') return { name: 'booked', session, appointment: event.appointment };
  if (event.type === 'SLOT_TAKEN') return { name: 'conflict', session, service, takenSlot: state.slot, slots: null, replacing };
  if (event.type === 'BACK' && !state.submitting) return { name: 'choosing-slot', session, service, slots: state.slots, replacing };
  return state;
}

function signedIn(journey: Journey, event: Extract<BookingEvent, { type: 'SIGNED_IN' }>): BookingState {
  const session: BookingSession = { journey, token: event.token, referral: event.referral, ods: event.ods, services: null };
  const { appointment } = event;
  if (appointment?.status === 'booked') return { name: 'booked', session, appointment };
  if (appointment?.status === 'cancelled') return { name: 'cancelled', session, appointment };
  if (event.referral?.status === 'on-hold') return { name: 'no-slots', session, deferring: false, deferred: true };
  return freshStart(session);
}

function signInFailed(journey: Journey, problem: BookingProblem): BookingState {
  if (problem.issue === 'locked' && problem.unlocksAt) return { name: 'locked', journey, unlocksAt: problem.unlocksAt };
  return { name: 'signed-out', journey, problem };
}

/** The slot-issue path: no service on the shortlist has a free slot. */
function shortlistLoaded(session: BookingSession, services: HealthcareService[]): BookingState | undefined {
  if (services.some((s) => describeService(s).nextFreeSlot)) return undefined;
  return { name: 'no-slots', session: { ...session, services }, deferring: false, deferred: false };
}

const freshStart = (session: BookingSession): BookingState =>
  session.journey === 'referral' ? { name: 'referral-loaded', session } : { name: 'choosing-service', session };

function requestFailed(state: BookingState, problem: BookingProblem): BookingState {
  const journey = journeyOf(state);
  if (problem.issue === 'session-expired') return { name: 'signed-out', journey, problem };
  if (problem.issue === 'locked' && problem.unlocksAt) return { name: 'locked', journey, unlocksAt: problem.unlocksAt };
  if (problem.issue === 'slot-taken' && state.name === 'confirming') return transition(state, { type: 'SLOT_TAKEN' });
  if (state.name === 'error') return state;
  return { name: 'error', problem, resume: settle(state) };
}

/** Offline, only answers to requests already sent (and coming back online) are taken in; nothing is queued. */
function whileOffline(state: Of<'offline'>, event: BookingEvent): BookingState {
  if (event.type === 'BACK_ONLINE') return state.resume;
  if (event.type === 'BOOKED' || event.type === 'CANCELLED' || event.type === 'DEFERRED') {
    return { name: 'offline', resume: step(state.resume, event) };
  }
  return state;
}

/** A state with nothing in flight: what a patient comes back to after an error or going offline. */
function settle(state: BookingState): BookingState {
  switch (state.name) {
    case 'signing-in':
      return { name: 'signed-out', journey: state.journey };
    case 'confirming':
      return { ...state, submitting: false };
    case 'cancelling':
      return { name: 'changing', session: state.session, appointment: state.appointment };
    case 'no-slots':
      return { ...state, deferring: false };
    default:
      return state;
  }
}

export function journeyOf(state: BookingState): Journey {
  if (state.name === 'error' || state.name === 'offline') return journeyOf(state.resume);
  return 'session' in state ? state.session.journey : state.journey;
}
