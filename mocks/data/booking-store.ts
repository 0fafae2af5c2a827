import * as v from 'valibot';
import {
  AppointmentSchema,
  BOOKING_REFERENCE_SYSTEM,
  contactModeCoding,
  EXTENSION,
  HealthcareServiceSchema,
  NHS_NUMBER_SYSTEM,
  ScheduleSchema,
  ServiceRequestSchema,
  SlotSchema,
  UBRN_SYSTEM,
  type Appointment,
  type ContactMode,
  type HealthcareService,
  type Schedule,
  type ServiceRequest,
  type Slot,
} from '../../src/domain/booking';
import { addDays, londonInstant, londonWallClock, minutesFromHHMM, weekdayOf } from '../../src/domain/time/london';
import { seedPractices } from '../../server/rules/seed/practices';
import { seededReferrals, seededServices, type SeededReferral, type SeededService, type SlotPlan } from './referrals';
import { registeredPatients, type RegisteredPatient } from './registered-patients';

/** The booking half of the mock practice backend's memory, seeded relative to the store clock. */
export interface BookingStore {
  referrals: Map<string, { seed: SeededReferral; serviceRequest: ServiceRequest }>;
  services: Map<string, HealthcareService>;
  /** Which practice (ODS code) offers a service; hospital services are not listed. */
  practiceOf: Map<string, { ods: string; mode: ContactMode }>;
  schedules: Map<string, Schedule>;
  slots: Map<string, Slot>;
  appointments: Map<string, StoredAppointment>;
  sessions: Map<string, BookingSession>;
  signInAttempts: Map<string, { failures: number; lockedUntil?: number }>;
  /** Each practice's registered patients (by ODS code): only they can book its appointments. */
  registered: Map<string, RegisteredPatient[]>;
  /** Idempotency-Key → the first answer given, returned again for a resend. */
  idempotent: Map<string, { fingerprint: string; status: number; body: unknown }>;
  nextAppointment: number;
}

export interface StoredAppointment {
  appointment: Appointment;
  serviceId: string;
  referralId?: string;
  /** Practice bookings are found again by reference and date of birth. */
  birthDate?: string;
  patientName?: string;
}

export type BookingSession = { expiresAt: number } & ({ kind: 'referral'; referralId: string } | { kind: 'appointment'; appointmentId: string });

export const SESSION_MINUTES = 20;
export const MAX_FAILED_SIGN_INS = 5;
export const LOCK_MINUTES = 30;
const REFERENCE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** Practices that take online appointment bookings, and the practice appointments seeded already booked. */
const PRACTICES = [
  { ods: 'Y99001', name: 'Riverside Medical Practice' },
  { ods: 'Y99004', name: 'Harbour Street Surgery' },
];
const SEEDED_PRACTICE_BOOKINGS = [
  { serviceId: 'Y99001-phone', reference: 'RV4K7PQ2', birthDate: '1985-06-14', patientName: 'Chris Notreal' },
  { serviceId: 'Y99004-face-to-face', reference: 'HS9T3WXC', birthDate: '1972-11-03', patientName: 'Dana Imaginary' },
];
const SEEDED_REFERRAL_BOOKING_REFERENCE = 'HB7K2M9P';

const HOSPITAL_TIMES = { times: ['09:00', '09:40', '10:20', '11:00', '14:00', '14:40', '15:20'], minutes: 40 };
const PRACTICE_TIMES: Record<ContactMode, { times: string[]; minutes: number }> = {
  phone: { times: ['08:30', '08:40', '09:00', '11:00', '11:10', '16:00', '16:10'], minutes: 10 },
  video: { times: ['10:00', '10:15', '15:00', '15:15'], minutes: 15 },
  'face-to-face': { times: ['09:00', '09:15', '09:30', '14:00', '14:15', '14:30'], minutes: 15 },
};

export function seedBooking(now: Date): BookingStore {
  const store: BookingStore = {
    referrals: new Map(),
    services: new Map(),
    practiceOf: new Map(),
    schedules: new Map(),
    slots: new Map(),
    appointments: new Map(),
    sessions: new Map(),
    signInAttempts: new Map(),
    registered: new Map(Object.entries(registeredPatients).map(([ods, list]) => [ods, [...list]])),
    idempotent: new Map(),
    nextAppointment: 1,
  };
  const addresses = new Map(seedPractices(now).map((p) => [p.ods, p.address]));
  const today = londonWallClock(now).date;

  for (const seed of seededServices) {
    addService(store, hospitalService(seed));
    addSlots(store, seed.id, undefined, slotsFor(seed.id, addDays(today, 1), 21, HOSPITAL_TIMES, seed.slots));
  }
  for (const practice of PRACTICES) {
    for (const mode of ['phone', 'video', 'face-to-face'] as const) {
      const id = `${practice.ods}-${mode}`;
      addService(store, practiceService(id, practice, mode, addresses.get(practice.ods)));
      store.practiceOf.set(id, { ods: practice.ods, mode });
      addSlots(store, id, mode, slotsFor(id, today, 10, PRACTICE_TIMES[mode], 'plenty'));
    }
  }
  for (const seed of seededReferrals) {
    store.referrals.set(seed.id, { seed, serviceRequest: v.parse(ServiceRequestSchema, serviceRequest(seed, now)) });
    if (seed.locked) store.signInAttempts.set(seed.id, { failures: 0, lockedUntil: now.getTime() + LOCK_MINUTES * 60_000 });
    const first = seed.shortlist[0];
    if (seed.alreadyBooked && first) {
      seedAppointment(store, now, first, SEEDED_REFERRAL_BOOKING_REFERENCE, { referralId: seed.id });
    }
  }
  for (const booking of SEEDED_PRACTICE_BOOKINGS) {
    seedAppointment(store, now, booking.serviceId, booking.reference, { birthDate: booking.birthDate, patientName: booking.patientName });
  }
  return store;
}

/** Free slots of a service that have not started yet, earliest first. */
export function freeSlotsOf(store: BookingStore, serviceId: string, now: Date): Slot[] {
  const scheduleRef = `Schedule/schedule-${serviceId}`;
  return [...store.slots.values()]
    .filter((slot) => slot.schedule.reference === scheduleRef && slot.status === 'free' && Date.parse(slot.start) > now.getTime())
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}

export const serviceOfSlot = (slot: Slot) => slot.schedule.reference?.replace('Schedule/schedule-', '') ?? '';

/** A booking reference a patient can read out on the phone: no 0/O or 1/I/L to mix up. */
export function newBookingReference(store: BookingStore): string {
  const taken = new Set([...store.appointments.values()].map((a) => a.appointment.identifier[0]?.value));
  for (;;) {
    const bytes = crypto.getRandomValues(new Uint8Array(8));
    const reference = [...bytes].map((b) => REFERENCE_ALPHABET[b % REFERENCE_ALPHABET.length]).join('');
    if (!taken.has(reference)) return reference;
  }
}

/** Builds a booked Appointment for a slot; the caller marks the slot busy in the same breath. */
export function appointmentFor(store: BookingStore, slot: Slot, reference: string, now: Date, referralId?: string): Appointment {
  const serviceId = serviceOfSlot(slot);
  const service = store.services.get(serviceId);
  return v.parse(AppointmentSchema, {
    resourceType: 'Appointment',
    id: `appointment-${store.nextAppointment++}`,
    status: 'booked',
    identifier: [{ system: BOOKING_REFERENCE_SYSTEM, value: reference }],
    start: slot.start,
    end: slot.end,
    slot: [{ reference: `Slot/${slot.id}` }],
    ...(referralId ? { basedOn: [{ reference: `ServiceRequest/${referralId}` }] } : {}),
    ...(slot.serviceType ? { serviceType: slot.serviceType } : {}),
    participant: [{ actor: { reference: `HealthcareService/${serviceId}`, display: service?.name }, status: 'accepted' }],
    created: now.toISOString(),
  });
}

function seedAppointment(store: BookingStore, now: Date, serviceId: string, reference: string, extra: Omit<StoredAppointment, 'appointment' | 'serviceId'>) {
  const slot = freeSlotsOf(store, serviceId, now)[1];
  if (!slot) throw new Error(`seed: no free slot to book in ${serviceId}`);
  slot.status = 'busy';
  const appointment = appointmentFor(store, slot, reference, now, extra.referralId);
  store.appointments.set(appointment.id, { appointment, serviceId, ...extra });
}

function addService(store: BookingStore, service: unknown) {
  const parsed = v.parse(HealthcareServiceSchema, service);
  store.services.set(parsed.id, parsed);
  store.schedules.set(
    `schedule-${parsed.id}`,
    v.parse(ScheduleSchema, {
      resourceType: 'Schedule',
      id: `schedule-${parsed.id}`,
      active: true,
      actor: [{ reference: `HealthcareService/${parsed.id}`, display: parsed.name }],
    }),
  );
}

interface PlannedSlot {
  id: string;
  start: Date;
  end: Date;
  free: boolean;
}

/** Weekday slots at London wall times, so a 09:00 clinic is at 09:00 on both sides of a clock change. */
function slotsFor(serviceId: string, firstDay: string, days: number, plan: { times: string[]; minutes: number }, kind: SlotPlan): PlannedSlot[] {
  const planned: PlannedSlot[] = [];
  for (let day = 0; day < days; day++) {
    const date = addDays(firstDay, day);
    const weekday = weekdayOf(date);
    if (weekday === 0 || weekday === 6) continue;
    plan.times.forEach((time, index) => {
      const start = londonInstant(date, minutesFromHHMM(time));
      const free = kind === 'plenty' ? (day * 7 + index) % 3 !== 0 : false;
      planned.push({ id: `${serviceId}-${date.replace(/-/g, '')}-${time.replace(':', '')}`, start, end: new Date(start.getTime() + plan.minutes * 60_000), free });
    });
  }
  // The race: only one slot of the whole schedule is left, a few days out.
  const last = planned[Math.min(4, planned.length - 1)];
  if (kind === 'last-slot' && last) last.free = true;
  return planned;
}

function addSlots(store: BookingStore, serviceId: string, mode: ContactMode | undefined, planned: PlannedSlot[]) {
  for (const p of planned) {
    const slot = v.parse(SlotSchema, {
      resourceType: 'Slot',
      id: p.id,
      schedule: { reference: `Schedule/schedule-${serviceId}` },
      status: p.free ? 'free' : 'busy',
      start: p.start.toISOString(),
      end: p.end.toISOString(),
      ...(mode ? { serviceType: contactModeCoding(mode) } : {}),
    });
    store.slots.set(slot.id, slot);
  }
}

function hospitalService(seed: SeededService) {
  return {
    resourceType: 'HealthcareService',
    id: seed.id,
    active: true,
    name: seed.name,
    providedBy: { display: seed.provider },
    specialty: [{ text: seed.specialty }],
    contained: [{ resourceType: 'Location', id: 'location', address: seed.address }],
    location: [{ reference: '#location' }],
    extraDetails: seed.accessNotes,
    extension: [
      { url: EXTENSION.distanceMiles, valueDecimal: seed.distanceMiles },
      { url: EXTENSION.typicalWaitWeeks, valueDuration: { value: seed.typicalWaitWeeks, unit: 'weeks', system: 'http://unitsofmeasure.org', code: 'wk' } },
    ],
  };
}

/** A practice's kind of appointment, at the practice's own address (where face-to-face patients go). */
function practiceService(id: string, practice: { ods: string; name: string }, mode: ContactMode, address?: { lines: string[]; town: string; postcode: string }) {
  return {
    resourceType: 'HealthcareService',
    id,
    active: true,
    name: practice.name,
    providedBy: { reference: `Organization/${practice.ods}`, display: practice.name },
    type: contactModeCoding(mode),
    ...(address
      ? {
          contained: [{ resourceType: 'Location', id: 'location', address: { line: address.lines, city: address.town, postalCode: address.postcode } }],
          location: [{ reference: '#location' }],
        }
      : {}),
  };
}

function serviceRequest(seed: SeededReferral, now: Date): ServiceRequest {
  const day = 86_400_000;
  return {
    resourceType: 'ServiceRequest',
    id: seed.id,
    identifier: [{ system: UBRN_SYSTEM, value: seed.ubrn }],
    status: 'active',
    intent: 'order',
    priority: seed.priority === 'routine' ? 'routine' : 'urgent',
    extension: [{ url: EXTENSION.referralPriority, valueCode: seed.priority }],
    code: { text: seed.specialty },
    subject: { display: seed.patientName, identifier: { system: NHS_NUMBER_SYSTEM, value: seed.nhsNumber } },
    requester: { reference: `Organization/${seed.referringOds}`, display: seed.referringName },
    authoredOn: new Date(now.getTime() - 20 * day).toISOString(),
    occurrencePeriod: {
      start: new Date(now.getTime() - 20 * day).toISOString(),
      end: new Date(now.getTime() + seed.expiresInDays * day).toISOString(),
    },
  };
}
