import type { BookingProblem } from './booking-issues';
import type { Appointment, HealthcareService, ServiceRequest, Slot } from './fhir-schemas';
import type { UbrnError } from './ubrn';

/**
 * The booking engine's states and events. One engine serves both journeys: a hospital
 * referral (signed in with UBRN and password or year of birth) and a practice
 * appointment (no sign-in to book; booking reference and date of birth to manage).
 */
export type Journey = 'referral' | 'practice';

/** What is known once the patient is through the door. */
export interface BookingSession {
  journey: Journey;
  /** Opaque, short-lived token from the backend, sent as a Bearer token. */
  token?: string;
  referral?: ServiceRequest;
  ods?: string;
  /** The shortlist (referral) or the practice's appointment kinds; null while loading. */
  services: HealthcareService[] | null;
}

/** Set while choosing a new time for a booking the patient already holds. */
interface Replacing {
  replacing?: Appointment;
}

export type BookingState =
  | { name: 'signed-out'; journey: Journey; problem?: BookingProblem; inputError?: UbrnError }
  | { name: 'signing-in'; journey: Journey }
  | { name: 'locked'; journey: Journey; unlocksAt: string }
  | { name: 'referral-loaded'; session: BookingSession }
  | ({ name: 'choosing-service'; session: BookingSession } & Replacing)
  | ({ name: 'choosing-slot'; session: BookingSession; service: HealthcareService; slots: Slot[] | null } & Replacing)
  | ({
      name: 'confirming';
      session: BookingSession;
      service: HealthcareService;
      slot: Slot;
      slots: Slot[];
      /** Made when the slot is chosen and kept for retries, so a resend books once. */
      idempotencyKey: string;
      submitting: boolean;
    } & Replacing)
  | ({ name: 'conflict'; session: BookingSession; service: HealthcareService; takenSlot: Slot; slots: Slot[] | null } & Replacing)
  | { name: 'booked'; session: BookingSession; appointment: Appointment }
  | { name: 'changing'; session: BookingSession; appointment: Appointment }
  | { name: 'cancelling'; session: BookingSession; appointment: Appointment }
  | { name: 'cancelled'; session: BookingSession; appointment: Appointment }
  | { name: 'no-slots'; session: BookingSession; deferring: boolean; deferred: boolean }
  | { name: 'error'; problem: BookingProblem; resume: BookingState }
  | { name: 'offline'; resume: BookingState };

export type BookingStateName = BookingState['name'];

export type BookingEvent =
  /** For a referral, `ubrn` is what the patient typed; it is checked before anything is sent. */
  | { type: 'SIGN_IN'; ubrn?: string }
  | { type: 'SIGNED_IN'; token: string; referral?: ServiceRequest; appointment?: Appointment; ods?: string }
  | { type: 'SIGN_IN_FAILED'; problem: BookingProblem }
  | { type: 'UNLOCK_DUE'; now: Date }
  | { type: 'SHORTLIST_LOADED'; services: HealthcareService[] }
  | { type: 'CHOOSE_SERVICE' }
  | { type: 'SERVICE_CHOSEN'; serviceId: string }
  | { type: 'SLOTS_LOADED'; slots: Slot[] }
  | { type: 'SLOT_CHOSEN'; slotId: string; idempotencyKey: string }
  | { type: 'CONFIRM' }
  | { type: 'BOOKED'; appointment: Appointment }
  | { type: 'SLOT_TAKEN' }
  | { type: 'CHANGE' }
  | { type: 'CHOOSE_NEW_TIME' }
  | { type: 'CANCEL' }
  | { type: 'CANCELLED'; appointment: Appointment }
  | { type: 'BOOK_AGAIN' }
  | { type: 'DEFER_TO_PROVIDER' }
  | { type: 'DEFERRED'; referral: ServiceRequest }
  | { type: 'REQUEST_FAILED'; problem: BookingProblem }
  | { type: 'RETRY' }
  | { type: 'BACK' }
  | { type: 'WENT_OFFLINE' }
  | { type: 'BACK_ONLINE' }
  | { type: 'SIGN_OUT' };

export type BookingEventType = BookingEvent['type'];

/** A hospital referral starts at the sign-in page. */
export const startReferralBooking = (): BookingState => ({ name: 'signed-out', journey: 'referral' });

/** A practice booking starts by loading the practice's kinds of appointment. */
export const startPracticeBooking = (ods: string): BookingState => ({
  name: 'choosing-service',
  session: { journey: 'practice', ods, services: null },
});

/** Managing a practice booking starts at "find your booking" (reference and date of birth). */
export const startPracticeManage = (): BookingState => ({ name: 'signed-out', journey: 'practice' });
