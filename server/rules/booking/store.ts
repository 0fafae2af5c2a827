import type { Appointment, HealthcareService, Resource, Schedule, ServiceRequest, Slot } from 'fhir/r4';
import type { RegisteredPatient } from './registered-patients';

/*
 * What the booking rules need from storage, and nothing more. The server keeps it in
 * PostgreSQL (server/store/booking.ts), the MSW mock in memory (mocks/data/booking-store.ts).
 * Nothing here holds state between requests: sessions and lock-outs are stored too, so
 * any number of servers behave as one.
 */

/** A stored resource: its id and version (FHIR's meta.versionId, what If-Match names). */
export type Stored<T extends Resource> = T & { id: string; meta: { versionId: string; lastUpdated: string } };

export type BookingResource = Appointment | HealthcareService | Schedule | ServiceRequest | Slot;

/** Who a session's token lets in: one referral's patient, or whoever found one practice booking. */
export type BookingSession = { expiresAt: string } & ({ kind: 'referral'; referralId: string } | { kind: 'appointment'; appointmentId: string });

/** How a referral is opened: its UBRN, plus the year of birth where it asks for it. The password stays in the store. */
export interface ReferralAccess {
  referralId: string;
  yearOfBirth: number;
  asksYearOfBirth: boolean;
}

export interface BookingReads {
  read<T extends BookingResource>(type: T['resourceType'], id: string): Promise<Stored<T> | undefined>;
  /** `Slot?status=free&schedule.actor=…`: the free slots of a service starting after `after`, earliest first. */
  freeSlotsOf(serviceId: string, after: Date): Promise<Stored<Slot>[]>;
  /** `HealthcareService?organization=…`: a practice's own services, in the order they were added. */
  servicesOf(ods: string): Promise<Stored<HealthcareService>[]>;
  /** The appointments made for a referral (`Appointment?based-on=…`). */
  appointmentsOf(referralId: string): Promise<Stored<Appointment>[]>;
  /** `Appointment?identifier=system|value`. */
  appointmentWith(system: string, value: string): Promise<Stored<Appointment> | undefined>;
  referralAccess(ubrn: string): Promise<ReferralAccess | undefined>;
  passwordMatches(referralId: string, password: string): Promise<boolean>;
  registeredPatients(ods: string): Promise<RegisteredPatient[]>;
  session(token: string): Promise<BookingSession | undefined>;
  /** Until when sign-in with this key is locked, if it is. */
  signInLockedUntil(key: string): Promise<Date | undefined>;
}

/** One unit of work: every read and write inside it sees and commits together, or not at all. */
export interface BookingTransaction extends BookingReads {
  /** Waits until no other transaction holds `key`, then holds it until this one ends. */
  lock(key: string): Promise<void>;
  /** Claims `system|value` for a resource; false when it is claimed already (waiting for a racing claim to settle first). */
  claimIdentifier(system: string, value: string, type: string, id: string): Promise<boolean>;
  /** Stores a new resource as version 1. */
  create<T extends BookingResource>(resource: T & { id: string }, now: Date): Promise<Stored<T>>;
  /** Stores a new version, if the current one is `ifMatch` (any, when undefined); undefined when it is not. */
  update<T extends BookingResource>(resource: T & { id: string }, now: Date, ifMatch?: string): Promise<Stored<T> | undefined>;
  audit(at: Date, event: AuditNote): Promise<void>;
}

/** A read or write of patient data: who (the store knows: the patient), what, when. */
export interface AuditNote {
  action: 'create' | 'read' | 'update';
  resourceType: string;
  resourceId: string;
  detail?: string;
}

export interface BookingRulesStore extends BookingReads {
  audit(at: Date, event: AuditNote): Promise<void>;
  startSession(token: string, session: BookingSession): Promise<void>;
  endSession(token: string): Promise<void>;
  /** Adds one failed sign-in for `key` at once (servers racing lose none) and returns how many in a row. */
  countFailedSignIn(key: string): Promise<number>;
  /** Locks `key` until `until`, starting its count again. */
  lockSignIn(key: string, until: Date): Promise<void>;
  clearSignIn(key: string): Promise<void>;
  transaction<T>(work: (tx: BookingTransaction) => Promise<T>): Promise<T>;
}
