import type { Appointment, AppointmentParticipant, HealthcareService, Patient, ServiceRequest, Slot } from 'fhir/r4';
import { BOOKING_REFERENCE_SYSTEM, BOOKING_REQUEST_SYSTEM } from '../../../src/domain/booking';

/*
 * The Appointment the backend stores for a booking: valid R4 (a participant for the
 * patient and one for the service, start and end from its Slot, the Slot itself), with
 * the booking reference the patient reads out on the phone.
 */

const REFERENCE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A booking reference a patient can read out on the phone: no 0/O or 1/I/L to mix up. */
export function newBookingReference(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return [...bytes].map((b) => REFERENCE_ALPHABET[b % REFERENCE_ALPHABET.length]).join('');
}

export const serviceParticipant = (service: HealthcareService & { id: string }): AppointmentParticipant => ({
  actor: { reference: `HealthcareService/${service.id}`, ...(service.name ? { display: service.name } : {}) },
  status: 'accepted',
});

/** A referral's patient, as the referral names them (NHS number and name). */
export const referralPatient = (referral: ServiceRequest): AppointmentParticipant => ({
  actor: { type: 'Patient', ...(referral.subject.identifier ? { identifier: referral.subject.identifier } : {}), ...(referral.subject.display ? { display: referral.subject.display } : {}) },
  status: 'accepted',
});

export interface BookedAppointment {
  id: string;
  reference: string;
  slot: Slot & { id: string };
  service: HealthcareService & { id: string };
  now: Date;
  /** The app's own id for the booking (conditional create); seeded bookings have none. */
  requestId?: string;
  referral?: ServiceRequest & { id: string };
  /** A practice's patient, carried inside the appointment (the practice checked them against its list). */
  patient?: Patient & { id: 'patient' };
  reason?: string;
}

export function bookedAppointment(booking: BookedAppointment): Appointment & { id: string } {
  const { slot, service, referral, patient } = booking;
  const patientParticipant: AppointmentParticipant[] = patient
    ? [{ actor: { reference: '#patient', display: patient.name?.[0]?.text }, status: 'accepted' }]
    : referral
      ? [referralPatient(referral)]
      : [];
  return {
    resourceType: 'Appointment',
    id: booking.id,
    identifier: [
      ...(booking.requestId ? [{ system: BOOKING_REQUEST_SYSTEM, value: booking.requestId }] : []),
      { system: BOOKING_REFERENCE_SYSTEM, value: booking.reference },
    ],
    status: 'booked',
    ...(slot.serviceType ? { serviceType: slot.serviceType } : {}),
    ...(booking.reason ? { reasonCode: [{ text: booking.reason }] } : {}),
    start: slot.start,
    end: slot.end,
    created: booking.now.toISOString(),
    slot: [{ reference: `Slot/${slot.id}` }],
    ...(referral ? { basedOn: [{ reference: `ServiceRequest/${referral.id}` }] } : {}),
    ...(patient ? { contained: [patient] } : {}),
    participant: [...patientParticipant, serviceParticipant(service)],
  };
}

/** The same appointment at another slot (perhaps of another service): the booking reference stays. */
export function movedAppointment<T extends Appointment>(current: T, slot: Slot & { id: string }, service: HealthcareService & { id: string }): T {
  const others = current.participant.filter((p) => !p.actor?.reference?.startsWith('HealthcareService/'));
  const { serviceType: _old, ...rest } = current;
  return {
    ...rest,
    ...(slot.serviceType ? { serviceType: slot.serviceType } : {}),
    start: slot.start,
    end: slot.end,
    slot: [{ reference: `Slot/${slot.id}` }],
    participant: [...others, serviceParticipant(service)],
  } as T;
}

export const bookingReferenceOf = (appointment: Appointment) => appointment.identifier?.find((i) => i.system === BOOKING_REFERENCE_SYSTEM)?.value ?? '';

/** The service an appointment is with (its HealthcareService participant). */
export const serviceIdOf = (appointment: Appointment) =>
  appointment.participant.map((p) => p.actor?.reference ?? '').find((r) => r.startsWith('HealthcareService/'))?.slice('HealthcareService/'.length);

/** The practice patient carried inside an appointment. */
export const containedPatient = (appointment: Appointment) => appointment.contained?.find((r): r is Patient => r.resourceType === 'Patient');
