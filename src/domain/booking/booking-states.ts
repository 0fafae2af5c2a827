import type { BookingProblem } from './booking-issues';
import type { Appointment, HealthcareService, ServiceRequest, Slot } from './fhir-schemas';

/**
 * The booking engine's inputs and steps. One engine serves both journeys: a hospital
 * referral (signed in with the booking reference, the letter's password and, where the
 * referral asks for it, the year of birth) and a practice appointment (no sign-in to
 * book; booking reference and date of birth to manage it).
 *
 * The engine holds no state of its own. Each step is worked out afresh from what is
 * known: the session, the backend's answers, the requests on their way, the patient's
 * choices in the URL, and whether the device is online. So a late answer, a double tap
 * or the browser's Back button can only ever show the step those facts describe.
 */
export type Journey = 'referral' | 'practice';

/** What the backend said when the patient came through the door; kept in memory only. */
export interface BookingSession {
  journey: Journey;
  /** Opaque, short-lived token from the backend, sent as a Bearer token. */
  token?: string;
  referral?: ServiceRequest;
  ods?: string;
  /** The booking the patient holds (booked or cancelled); its details are read on their own. */
  appointmentId?: string;
  /** The held booking was made or moved in this visit, not found already booked at sign-in. */
  bookedHere?: boolean;
  /** The referral asked for the year of birth at sign-in, so changing the booking will too. */
  askedYearOfBirth?: boolean;
}

/** The patient's choices, as the URL states them (so links, Back and reloads agree). */
export interface BookingChoice {
  /** `change`: the change-or-cancel page; `new-time`: choosing a new time for the held booking. */
  step?: 'change' | 'new-time';
  /** The chosen service as the URL names it: a service id, or a kind of appointment. */
  service?: string;
  slot?: string;
}

/** A read from the backend. */
export type Loaded<T> = { status: 'loading' } | { status: 'failed'; problem: BookingProblem } | { status: 'done'; data: T };

/** A write to the backend, and what it was about. */
export type Sent<About> =
  | { status: 'idle' }
  | { status: 'sending'; about: About }
  | { status: 'failed'; about: About; problem: BookingProblem };

export type AppointmentUpdate = { kind: 'move'; slot: Slot } | { kind: 'cancel' };

export interface BookingFacts {
  journey: Journey;
  /** Undefined until the patient signs in (referral) or finds their booking (practice). */
  session?: BookingSession;
  signIn: Sent<null>;
  choice: BookingChoice;
  /** Finds the service the URL names among those offered. */
  serviceFor: (value: string, services: readonly HealthcareService[]) => HealthcareService | undefined;
  /** The shortlist, or the practice's kinds of appointment; undefined until asked for. */
  services?: Loaded<HealthcareService[]>;
  /** Free slots of the chosen service; undefined until a service is chosen. */
  slots?: Loaded<Slot[]>;
  /** The booking the patient holds; undefined when they hold none. */
  held?: Loaded<Appointment>;
  book: Sent<{ slot: Slot }>;
  update: Sent<AppointmentUpdate>;
  /** The appointment slot issue: asking the service to contact the patient. */
  defer: Sent<null>;
  online: boolean;
  now: Date;
}

/** Which read or write a problem page's Try again repeats. */
export type RetryTarget = 'services' | 'slots' | 'held' | 'book' | 'update' | 'defer';

export type BookingStep =
  | { name: 'signed-out'; problem?: BookingProblem; signingIn: boolean }
  | { name: 'locked'; unlocksAt: string }
  | { name: 'loading' }
  | { name: 'choosing-service'; services: HealthcareService[] | null; replacing?: Appointment; unknownService: boolean }
  | { name: 'choosing-slot'; service: HealthcareService; slots: Slot[] | null; replacing?: Appointment; unknownSlot: boolean }
  | { name: 'conflict'; service: HealthcareService; takenSlot: Slot; slots: Slot[] | null; replacing?: Appointment }
  | {
      name: 'confirming';
      service: HealthcareService;
      slot: Slot;
      replacing?: Appointment;
      submitting: boolean;
      /** A refusal the patient can put right on this page (details not on the practice's list). */
      problem?: BookingProblem;
    }
  | { name: 'booked'; appointment: Appointment; bookedHere: boolean }
  | { name: 'changing'; appointment: Appointment; cancelling: boolean }
  | { name: 'cancelled'; appointment: Appointment }
  | { name: 'no-slots'; deferring: boolean; deferred: boolean }
  | { name: 'error'; problem: BookingProblem; retry: RetryTarget };

export type BookingStepName = BookingStep['name'];

/** The step, and what holds on every page of it. */
export interface BookingScreen {
  step: BookingStep;
  offline: boolean;
  /** Offline, or waiting for an answer: nothing that would send a request can be pressed. */
  actionsOff: boolean;
  /** The booking the patient holds, still shown offline, while changing it and after an error. */
  held?: Appointment;
}

/** How a page of a step looks: still loading, nothing to offer, a problem, or ready. */
export type ScreenState = 'loading' | 'empty' | 'error' | 'done';
