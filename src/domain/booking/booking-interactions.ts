import type { Appointment as R4Appointment, AppointmentParticipant, Bundle, BundleEntry, Slot as R4Slot } from 'fhir/r4';
import type { Appointment, HealthcareService, ServiceRequest, Slot } from './fhir-schemas';
import { BOOKING_REQUEST_SYSTEM, CANCEL_REASON_SYSTEM } from './fhir-systems';
import type { BookingPatient, CancelReason } from './requests';

/*
 * Booking, changing and cancelling as standard FHIR R4 interactions, so any FHIR server
 * could stand in for the practice's (docs/booking-api.md):
 * - book: one transaction that creates the Appointment (conditional on the app's own id
 *   for this booking) and updates its Slot to busy with If-Match on the slot's version;
 * - change: one transaction that updates the Appointment (If-Match) to the new Slot and
 *   that Slot to busy (If-Match);
 * - cancel: a JSON Patch of the Appointment (If-Match) to cancelled, with the reason.
 * Two patients racing for one slot: one booking, and a 409/412 for the other.
 */

/** FHIR's weak ETag for a version: what If-Match names. */
export const versionTag = (versionId: string) => `W/"${versionId}"`;

/** Who is booking what: the chosen slot of a service, for a referral or a practice's patient. */
export interface BookingWish {
  slot: Slot;
  service: Pick<HealthcareService, 'id' | 'name'>;
  /** The app's own id for this booking (a UUID): the same for a resend of the same booking. */
  requestId: string;
  /** The referral being booked: its patient is the appointment's. */
  referral?: Pick<ServiceRequest, 'id' | 'subject'>;
  /** Who a practice appointment is for, and what for. */
  patient?: BookingPatient;
  reason?: string;
}

const serviceParticipant = (service: BookingWish['service']): AppointmentParticipant => ({
  actor: { reference: `HealthcareService/${service.id}`, display: service.name },
  status: 'accepted',
});

function patientParticipant(wish: BookingWish): AppointmentParticipant[] {
  if (wish.patient) return [{ actor: { reference: '#patient', display: wish.patient.name[0].text }, status: 'accepted' }];
  const subject = wish.referral?.subject;
  if (!subject) return [];
  return [{ actor: { type: 'Patient', ...(subject.identifier ? { identifier: subject.identifier } : {}), ...(subject.display ? { display: subject.display } : {}) }, status: 'accepted' }];
}

/** The slot as sent back taken: everything the server said about it, now busy. */
function takenSlot(slot: Slot): R4Slot {
  const { meta: _meta, ...rest } = slot;
  return { ...(rest as unknown as R4Slot), status: 'busy' };
}

function slotUpdate(slot: Slot): BundleEntry {
  return {
    resource: takenSlot(slot),
    request: { method: 'PUT', url: `Slot/${slot.id}`, ...(slot.meta?.versionId ? { ifMatch: versionTag(slot.meta.versionId) } : {}) },
  };
}

/** The new Appointment: valid R4, with the patient and the service as participants. */
export function newAppointment(wish: BookingWish): R4Appointment {
  const patient = wish.patient ? [{ ...wish.patient }] : [];
  return {
    resourceType: 'Appointment',
    identifier: [{ system: BOOKING_REQUEST_SYSTEM, value: wish.requestId }],
    status: 'booked',
    ...(wish.slot.serviceType ? { serviceType: wish.slot.serviceType } : {}),
    ...(wish.reason ? { reasonCode: [{ text: wish.reason }] } : {}),
    start: wish.slot.start,
    end: wish.slot.end,
    slot: [{ reference: `Slot/${wish.slot.id}` }],
    ...(wish.referral ? { basedOn: [{ reference: `ServiceRequest/${wish.referral.id}` }] } : {}),
    ...(patient.length > 0 ? { contained: patient as R4Appointment['contained'] } : {}),
    participant: [...patientParticipant(wish), serviceParticipant(wish.service)],
  };
}

/** Book: create the Appointment (once, whatever the resends) and take its Slot, together. */
export function bookingTransaction(wish: BookingWish): Bundle {
  return {
    resourceType: 'Bundle',
    type: 'transaction',
    entry: [
      {
        fullUrl: `urn:uuid:${wish.requestId}`,
        resource: newAppointment(wish),
        request: { method: 'POST', url: 'Appointment', ifNoneExist: `identifier=${BOOKING_REQUEST_SYSTEM}|${wish.requestId}` },
      },
      slotUpdate(wish.slot),
    ],
  };
}

/** Change: the same Appointment at the new Slot, which it takes in the same transaction. */
export function moveTransaction(appointment: Appointment, slot: Slot, service: BookingWish['service']): Bundle {
  const { meta, ...current } = appointment;
  const others = appointment.participant.filter((p) => !p.actor?.reference?.startsWith('HealthcareService/'));
  const moved = {
    ...current,
    start: slot.start,
    end: slot.end,
    slot: [{ reference: `Slot/${slot.id}` }],
    ...(slot.serviceType ? { serviceType: slot.serviceType } : {}),
    participant: [...others, serviceParticipant(service)],
  } as unknown as R4Appointment;
  return {
    resourceType: 'Bundle',
    type: 'transaction',
    entry: [
      {
        resource: moved,
        request: { method: 'PUT', url: `Appointment/${appointment.id}`, ...(meta?.versionId ? { ifMatch: versionTag(meta.versionId) } : {}) },
      },
      slotUpdate(slot),
    ],
  };
}

/** One JSON Patch operation (RFC 6902), as much of it as a cancellation needs. */
export type PatchOperation = { op: 'test' | 'replace' | 'add'; path: string; value: unknown };

/** Cancel: only the status and the reason change, and only if it is still booked. */
export function cancelPatch(reason: CancelReason, text: string): PatchOperation[] {
  const said = text.trim();
  return [
    { op: 'test', path: '/status', value: 'booked' },
    { op: 'replace', path: '/status', value: 'cancelled' },
    { op: 'add', path: '/cancelationReason', value: { coding: [{ system: CANCEL_REASON_SYSTEM, code: reason }], ...(said ? { text: said } : {}) } },
  ];
}

/** The Appointment a transaction-response carries (the first Appointment entry). */
export function appointmentInAnswer(answer: unknown): unknown {
  const entries = (answer as { entry?: { resource?: { resourceType?: unknown } }[] } | null)?.entry;
  return Array.isArray(entries) ? entries.find((e) => e?.resource?.resourceType === 'Appointment')?.resource : undefined;
}
