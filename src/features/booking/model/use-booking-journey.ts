import { useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import {
  bookingChoiceHref,
  bookingScreen,
  readBookingChoice,
  type Appointment,
  type BookingSession,
  type CancelReason,
  type HealthcareService,
  type Journey,
  type Loaded,
  type RetryTarget,
  type Sent,
  type ServiceParam,
  type Slot,
} from '../../../domain/booking';
import { useNow } from '../../../platform/device/clock';
import { useOnline } from '../../../platform/device/online';
import { useBookAppointment, type BookingRequest } from '../api/book-appointment';
import { bookingKeys, type JourneyScope } from '../api/booking-keys';
import { problemOf } from '../api/booking-problem';
import { useDeferReferral } from '../api/defer-referral';
import { useFindPracticeAppointment } from '../api/find-practice-appointment';
import { useHeldAppointment } from '../api/get-appointment';
import { useFreeSlots } from '../api/get-free-slots';
import { usePracticeServices } from '../api/get-practice-services';
import { useShortlist } from '../api/get-shortlist';
import { useSignInToReferral } from '../api/sign-in-to-referral';
import { useUpdateAppointment } from '../api/update-appointment';
import { saveSession, startSession, forgetJourney, useBookingSession } from './booking-session';

export interface JourneyConfig {
  scope: JourneyScope;
  journey: Journey;
  /** The page's own URL without the patient's choices (it may carry `?practice=…`). */
  base: string;
  /** How the URL names a service: `service` (its id) or `type` (phone, video, face-to-face). */
  serviceParam: ServiceParam;
  serviceFor: (value: string, services: readonly HealthcareService[]) => HealthcareService | undefined;
  /** The URL value that names a service. */
  valueOf: (service: HealthcareService) => string;
  /** A practice booking needs no sign-in: its session starts with the practice. */
  start?: BookingSession;
}

/**
 * A booking journey: reads are queries, writes are mutations, the patient's choices are
 * read from the URL, and the booking engine works out the step from all of it. Actions
 * only send when the page offers them (never offline, never twice at once); nothing is
 * ever queued for later.
 */
export function useBookingJourney(config: JourneyConfig) {
  const { scope, base, serviceParam } = config;
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const choice = readBookingChoice(params, serviceParam);
  const session = useBookingSession(scope, config.start);
  const online = useOnline();
  const now = useNow(30_000);
  const token = session?.token;

  const referral = session?.journey === 'referral' && session.referral?.status !== 'on-hold' ? session.referral : undefined;
  const shortlist = useShortlist(scope, referral ? { id: referral.id, token } : undefined);
  const practiceServices = usePracticeServices(session?.journey === 'practice' ? session.ods : undefined);
  const services = config.journey === 'referral' ? shortlist : practiceServices;
  const held = useHeldAppointment(scope, session?.appointmentId, token);
  const holdsBooking = held.data?.status === 'booked';
  const chosen = choice.service && services.data ? config.serviceFor(choice.service, services.data) : undefined;
  const slots = useFreeSlots(scope, chosen && (!holdsBooking || choice.step === 'new-time') ? chosen.id : undefined, token);

  const keep = (change: Partial<BookingSession>) => saveSession(queryClient, scope, config.start, change);
  /** What was on offer has changed: read it again now (`active`), or when next shown (`none`). */
  const offersChanged = (refetchType: 'active' | 'none') => {
    const keys = [...bookingKeys.offers(scope), ...(session?.ods ? [bookingKeys.practiceServices(session.ods)] : [])];
    for (const queryKey of keys) void queryClient.invalidateQueries({ queryKey, refetchType });
  };
  const holdAppointment = (appointment: Appointment, bookedHere?: boolean) => {
    queryClient.setQueryData(bookingKeys.appointment(scope, appointment.id), appointment);
    keep({ appointmentId: appointment.id, ...(bookedHere === undefined ? {} : { bookedHere }) });
    offersChanged('none');
  };

  const signIn = useSignInToReferral({
    onSuccess: (answer, asked) => {
      const { session: s, serviceRequest, appointment } = answer;
      const askedYearOfBirth = asked.yearOfBirth !== undefined;
      startSession(queryClient, scope, { journey: 'referral', token: s.token, referral: serviceRequest, appointmentId: appointment?.id, bookedHere: false, askedYearOfBirth });
      if (appointment) queryClient.setQueryData(bookingKeys.appointment(scope, appointment.id), appointment);
    },
  });
  const find = useFindPracticeAppointment({
    onSuccess: ({ session: s, appointment, ods }) => {
      startSession(queryClient, scope, { journey: 'practice', token: s.token, ods, appointmentId: appointment.id, bookedHere: false });
      queryClient.setQueryData(bookingKeys.appointment(scope, appointment.id), appointment);
    },
  });
  // The journey's door: sign-in for a referral, "find my appointment" for a practice.
  const door: { isPending: boolean; isError: boolean; variables: unknown; error: unknown; reset: () => void } = config.journey === 'referral' ? signIn : find;
  const book = useBookAppointment(scope, { onSuccess: (appointment) => holdAppointment(appointment, true) });
  const update = useUpdateAppointment(scope, {
    onSuccess: (appointment, variables) => holdAppointment(appointment, variables.kind === 'move' ? true : undefined),
  });
  const defer = useDeferReferral({ onSuccess: (serviceRequest) => keep({ referral: serviceRequest }) });

  const screen = bookingScreen({
    journey: config.journey,
    session: door.isPending || door.isError ? undefined : session,
    signIn: sentOf(door, () => null),
    choice,
    serviceFor: config.serviceFor,
    services: session ? loadedOf(services, referral !== undefined || session.journey === 'practice') : undefined,
    slots: loadedOf(slots, chosen !== undefined),
    held: loadedOf(held, session?.appointmentId !== undefined),
    book: sentOf(book, (v) => ({ slot: v.slot })),
    update: sentOf(update, (v) => (v.kind === 'move' ? { kind: 'move' as const, slot: v.slot } : { kind: 'cancel' as const })),
    defer: sentOf(defer, () => null),
    online,
    now,
  });
  const canSend = !screen.actionsOff;
  const home = () => void navigate(base, { replace: true });
  const forgetWrites = () => [book, update, defer].forEach((write) => write.reset());

  const links = (replacing: boolean) => {
    const step = replacing ? ('new-time' as const) : undefined;
    return {
      base,
      services: bookingChoiceHref(base, serviceParam, { step }),
      service: (service: HealthcareService) => bookingChoiceHref(base, serviceParam, { step, service: config.valueOf(service) }),
      slot: (service: HealthcareService) => (slotId: string) => bookingChoiceHref(base, serviceParam, { step, service: config.valueOf(service), slot: slotId }),
      change: bookingChoiceHref(base, serviceParam, { step: 'change' }),
    };
  };

  const actions = {
    signInToReferral(ubrn: string, password: string, yearOfBirth?: number) {
      if (canSend) signIn.mutate({ ubrn, password, ...(yearOfBirth === undefined ? {} : { yearOfBirth }) }, { onSuccess: forgetWrites });
    },
    findPracticeBooking(ods: string, reference: string, birthDate: string) {
      if (canSend) find.mutate({ ods, reference, birthDate }, { onSuccess: forgetWrites });
    },
    /** Books the chosen slot, or moves the held booking to it. */
    confirm(slot: Slot, service: HealthcareService, replacing: Appointment | undefined, practice?: Pick<BookingRequest, 'patient' | 'reason'>) {
      if (!canSend) return;
      if (replacing) {
        update.mutate({ kind: 'move', appointment: replacing, token, slot, service }, { onSuccess: home });
      } else {
        book.book({ slot, service, token, referral: session?.referral, ...practice }, { onSuccess: home });
      }
    },
    cancel(appointment: Appointment, reason: CancelReason, text: string) {
      if (canSend) update.mutate({ kind: 'cancel', appointment, token, reason, text }, { onSuccess: home });
    },
    deferToProvider() {
      if (canSend) defer.mutate({ token });
    },
    changeOrCancel: () => void navigate(links(false).change),
    chooseNewTime() {
      offersChanged('active');
      void navigate(links(true).services);
    },
    /** After a cancellation (or a practice booking made here): start a new booking. */
    bookAgain() {
      forgetWrites();
      keep({ appointmentId: undefined, bookedHere: false });
      offersChanged('active');
      home();
    },
    signOut() {
      forgetWrites();
      door.reset();
      forgetJourney(queryClient, scope);
      void navigate(base);
    },
    retry(target: RetryTarget) {
      const again = { services: services.refetch, slots: slots.refetch, held: held.refetch, book: book.reset, update: update.reset, defer: defer.reset };
      void again[target]();
    },
  };
  /** The services offered (shortlist or kinds of appointment), to say where a held booking is. */
  const offered = services.data;
  return { screen, session, now, links, actions, services: offered };
}

/** A read as the engine sees it; data already shown stays shown unless the session has ended. */
function loadedOf<T>(query: UseQueryResult<T>, wanted: boolean): Loaded<T> | undefined {
  if (!wanted) return undefined;
  const problem = query.isError ? problemOf(query.error) : undefined;
  if (query.data !== undefined && !(problem && (problem.issue === 'session-expired' || problem.issue === 'locked'))) return { status: 'done', data: query.data };
  if (problem) return { status: 'failed', problem };
  return { status: 'loading' };
}

/** A write as the engine sees it, with what it was about. */
function sentOf<V, A>(write: { isPending: boolean; isError: boolean; variables: V | undefined; error: unknown }, about: (variables: V) => A): Sent<A> {
  if (write.variables === undefined) return { status: 'idle' };
  if (write.isPending) return { status: 'sending', about: about(write.variables) };
  if (write.isError) return { status: 'failed', about: about(write.variables), problem: problemOf(write.error) };
  return { status: 'idle' };
}
