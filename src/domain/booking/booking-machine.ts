import type { BookingProblem } from './booking-issues';
import type { Appointment, HealthcareService } from './fhir-schemas';
import type { BookingFacts, BookingScreen, BookingStep, RetryTarget } from './booking-states';
import { describeService } from './resource-details';

/**
 * The booking engine: a pure function from what is known to the step the patient is on.
 * The steps follow FHIR's booking interactions: find the services, find their free slots,
 * confirm one (an Appointment that takes the Slot), then see, change or cancel it.
 */
export function bookingScreen(facts: BookingFacts): BookingScreen {
  const held = facts.held?.status === 'done' && facts.held.data.status === 'booked' ? facts.held.data : undefined;
  const waiting = [facts.signIn, facts.book, facts.update, facts.defer].some((write) => write.status === 'sending');
  return { step: bookingStep(facts), offline: !facts.online, actionsOff: !facts.online || waiting, held };
}

export function bookingStep(facts: BookingFacts): BookingStep {
  const problems = problemsOf(facts);
  // A lock or an ended session trumps everything else: whatever was on screen needs a new sign-in.
  const lock = problems.find((p) => p.issue === 'locked' && p.unlocksAt);
  if (lock?.unlocksAt && Date.parse(lock.unlocksAt) > facts.now.getTime()) return { name: 'locked', unlocksAt: lock.unlocksAt };
  const expired = problems.find((p) => p.issue === 'session-expired');
  if (!facts.session || expired) {
    const { signIn } = facts;
    const refused = signIn.status === 'failed' && !(signIn.problem.issue === 'locked' && signIn.problem.unlocksAt) ? signIn.problem : undefined;
    return { name: 'signed-out', problem: expired ?? refused, signingIn: signIn.status === 'sending' };
  }

  if (facts.held) return heldStep(facts, facts.held);
  if (facts.session.referral?.status === 'on-hold') return { name: 'no-slots', deferring: false, deferred: true };
  return choosingStep(facts, undefined);
}

function heldStep(facts: BookingFacts, held: NonNullable<BookingFacts['held']>): BookingStep {
  if (held.status === 'loading') return { name: 'loading' };
  if (held.status === 'failed') return { name: 'error', problem: held.problem, retry: 'held' };
  const appointment = held.data;
  if (appointment.status === 'cancelled') return { name: 'cancelled', appointment };
  const { update, choice } = facts;
  const cancel = update.status !== 'idle' && update.about.kind === 'cancel';
  if (cancel && update.status === 'failed') return { name: 'error', problem: update.problem, retry: 'update' };
  if (choice.step === 'change' || cancel) return { name: 'changing', appointment, cancelling: cancel && update.status === 'sending' };
  // A move that has just landed is booked, even before the URL forgets the chosen slot.
  const movedThere = choice.slot !== undefined && appointment.slot[0]?.reference === `Slot/${choice.slot}`;
  if (choice.step !== 'new-time' || movedThere) return { name: 'booked', appointment, bookedHere: Boolean(facts.session?.bookedHere) };
  return choosingStep(facts, appointment);
}

/** Service, then slot, then confirm: for a first booking, or a new time for the one held. */
function choosingStep(facts: BookingFacts, replacing: Appointment | undefined): BookingStep {
  const { services, choice } = facts;
  if (!services || services.status === 'loading') return { name: 'choosing-service', services: null, replacing, unknownService: false };
  if (services.status === 'failed') return { name: 'error', problem: services.problem, retry: 'services' };
  if (!replacing && !services.data.some(hasFreeSlot)) return noSlots(facts);

  const service = choice.service === undefined ? undefined : facts.serviceFor(choice.service, services.data);
  if (!service) return { name: 'choosing-service', services: services.data, replacing, unknownService: choice.service !== undefined };

  const { slots } = facts;
  if (slots?.status === 'failed') return { name: 'error', problem: slots.problem, retry: 'slots' };
  const offered = slots?.status === 'done' ? slots.data : null;
  const write = replacing ? moveOf(facts) : facts.book;
  const retry: RetryTarget = replacing ? 'update' : 'book';
  const thisSlot = write.status !== 'idle' && write.about.slot.id === choice.slot;

  if (thisSlot && write.status === 'sending') return { name: 'confirming', service, slot: write.about.slot, replacing, submitting: true };
  if (thisSlot && write.status === 'failed') {
    if (write.problem.issue === 'slot-taken') return { name: 'conflict', service, takenSlot: write.about.slot, slots: offered, replacing };
    if (!canPutRightHere(write.problem)) return { name: 'error', problem: write.problem, retry };
  }
  if (choice.slot === undefined || offered === null) return { name: 'choosing-slot', service, slots: offered, replacing, unknownSlot: false };

  const slot = offered.find((s) => s.id === choice.slot && s.status === 'free' && Date.parse(s.start) > facts.now.getTime());
  if (!slot) return { name: 'choosing-slot', service, slots: offered, replacing, unknownSlot: true };
  const problem = thisSlot && write.status === 'failed' ? write.problem : undefined;
  return { name: 'confirming', service, slot, replacing, submitting: false, ...(problem ? { problem } : {}) };
}

/** No service has a free time: the appointment slot issue (referral) or "phone the practice". */
function noSlots(facts: BookingFacts): BookingStep {
  const { defer } = facts;
  if (defer.status === 'failed') return { name: 'error', problem: defer.problem, retry: 'defer' };
  return { name: 'no-slots', deferring: defer.status === 'sending', deferred: false };
}

const hasFreeSlot = (service: HealthcareService) => Boolean(describeService(service).nextFreeSlot);

/** Refusals the patient fixes by changing what they typed on the confirm page, not by trying again. */
const canPutRightHere = (problem: BookingProblem) => problem.issue === 'patient-not-registered';

function moveOf(facts: BookingFacts): BookingFacts['book'] {
  const { update } = facts;
  if (update.status === 'idle' || update.about.kind !== 'move') return { status: 'idle' };
  return update.status === 'sending' ? { status: 'sending', about: update.about } : { status: 'failed', about: update.about, problem: update.problem };
}

function problemsOf(facts: BookingFacts): BookingProblem[] {
  const reads = [facts.services, facts.slots, facts.held].flatMap((read) => (read?.status === 'failed' ? [read.problem] : []));
  const writes = [facts.signIn, facts.book, facts.update, facts.defer].flatMap((write) => (write.status === 'failed' ? [write.problem] : []));
  return [...reads, ...writes];
}
