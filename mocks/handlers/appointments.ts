import { http } from 'msw';
import * as v from 'valibot';
import {
  AppointmentChangeSchema,
  AppointmentRequestSchema,
  CANCEL_REASON_SYSTEM,
  ContactModeSchema,
  FhirIdSchema,
  FindPracticeAppointmentSchema,
  slotIdFromReference,
  type Appointment,
  type Slot,
} from '../../src/domain/booking';
import { findRegisteredPatient } from '../data/registered-patients';
import { appointmentFor, freeSlotsOf, newBookingReference, serviceOfSlot, type BookingSession, type BookingStore } from '../data/booking-store';
import type { MockStore } from '../data/store';
import { json } from './responses';
import {
  bookedAppointmentOf,
  bookingProblem,
  failedSignIn,
  fieldOf,
  invalidRequest,
  lockFor,
  readJson,
  searchset,
  sessionFrom,
  startSession,
} from './referrals';

/*
 * Slots and appointments for both journeys. Every check and the slot's change of status
 * happen in one synchronous run after the body is read, so two requests for the last
 * slot can never both get it: JavaScript runs one of them to the end first.
 */

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,128}$/;

/** Who may book a slot: a referral's patient (its shortlist) or anyone at a practice (its own services). */
type Offer = { kind: 'referral'; referralId: string; shortlist: string[] } | { kind: 'practice'; ods: string };

function offerFor(store: BookingStore, session: BookingSession | undefined, slotServiceId: string): Offer | undefined {
  const practice = store.practiceOf.get(slotServiceId);
  if (practice) return { kind: 'practice', ods: practice.ods };
  if (session?.kind !== 'referral') return undefined;
  const entry = store.referrals.get(session.referralId);
  return entry ? { kind: 'referral', referralId: entry.seed.id, shortlist: entry.seed.shortlist } : undefined;
}

/** Checks a slot reference from a request (perhaps edited by hand) and finds the slot, or the 4xx to send. */
function slotToBook(store: BookingStore, reference: string, offer: Offer | undefined, now: Date): Slot | Response {
  const id = slotIdFromReference(reference);
  if (!id) return bookingProblem(400, 'invalid', 'slot-unknown', 'That is not a slot.', { field: 'slot' });
  const slot = store.slots.get(id);
  if (!slot) return bookingProblem(404, 'not-found', 'slot-unknown', 'That appointment time does not exist.', { field: 'slot' });
  const serviceId = serviceOfSlot(slot);
  const offered =
    offer?.kind === 'referral' ? offer.shortlist.includes(serviceId) : offer?.kind === 'practice' && store.practiceOf.get(serviceId)?.ods === offer.ods;
  if (!offered) return bookingProblem(422, 'business-rule', 'slot-not-offered', 'That appointment time is not one you were offered.', { field: 'slot' });
  if (Date.parse(slot.start) <= now.getTime()) return bookingProblem(422, 'business-rule', 'slot-in-past', 'That appointment time has passed.');
  if (slot.status !== 'free') return bookingProblem(409, 'conflict', 'slot-taken', 'That time has just been taken. Choose another.');
  return slot;
}

function ownedAppointment(store: BookingStore, session: BookingSession, id: string) {
  const stored = store.appointments.get(id);
  if (!stored) return undefined;
  const owns = session.kind === 'referral' ? stored.referralId === session.referralId : session.appointmentId === id;
  return owns ? stored : undefined;
}

/**
 * A practice books only its own registered patients, for a reason they give: the person
 * must be on the practice's list by name, date of birth and NHS number or postcode.
 */
function practicePatientRefusal(store: BookingStore, ods: string, request: v.InferOutput<typeof AppointmentRequestSchema>) {
  const patient = request.contained?.[0];
  if (!patient) return invalidRequest('Say who the appointment is for.', 'contained');
  if (!request.reasonCode) return invalidRequest('Say in a few words what the appointment is for.', 'reasonCode');
  if (!findRegisteredPatient(store.registered.get(ods) ?? [], patient)) {
    return bookingProblem(422, 'business-rule', 'patient-not-registered', 'We could not find this person on the practice’s list of patients.', { field: 'contained' });
  }
  return undefined;
}

const notYours = () => bookingProblem(404, 'not-found', 'appointment-unknown', 'We could not find that appointment.');

export function appointmentHandlers(store: MockStore) {
  return [
    http.get('*/api/fhir/Slot', ({ request }) => {
      const now = store.clock.now();
      const booking = store.booking;
      const params = new URL(request.url).searchParams;
      if ((params.get('status') ?? 'free') !== 'free') return invalidRequest('Only free slots can be searched.', 'status');
      let serviceId: string;
      const actor = params.get('schedule.actor');
      if (actor !== null) {
        serviceId = actor.replace(/^HealthcareService\//, '');
        if (!v.is(FhirIdSchema, serviceId)) return invalidRequest('That is not a service.', 'schedule.actor');
      } else {
        const ods = params.get('organization')?.toUpperCase() ?? '';
        const mode = v.safeParse(ContactModeSchema, params.get('service-type'));
        if (!mode.success) return invalidRequest('Say phone, video or face-to-face.', 'service-type');
        serviceId = `${ods}-${mode.output}`;
      }
      if (!booking.services.has(serviceId)) return bookingProblem(404, 'not-found', 'practice-unknown', 'No such service takes bookings.');
      if (!booking.practiceOf.has(serviceId)) {
        // Hospital slots are for the patient whose shortlist holds the service.
        const session = sessionFrom(booking, request, now);
        if (session instanceof Response) return session;
        const offer = offerFor(booking, session, serviceId);
        if (offer?.kind !== 'referral' || !offer.shortlist.includes(serviceId)) {
          return bookingProblem(403, 'forbidden', 'slot-not-offered', 'That service is not on your shortlist.');
        }
      }
      return json(searchset(freeSlotsOf(booking, serviceId, now)));
    }),

    http.post('*/api/fhir/Appointment', async ({ request }) => {
      const key = request.headers.get('Idempotency-Key') ?? '';
      const body = await readJson(request);
      // From here on nothing awaits: check, take the slot and record the answer in one go.
      const now = store.clock.now();
      const booking = store.booking;
      if (!IDEMPOTENCY_KEY.test(key)) {
        return bookingProblem(400, 'required', 'idempotency-key-missing', 'Send an Idempotency-Key header (8–128 letters, digits, - or _).');
      }
      const parsed = v.safeParse(AppointmentRequestSchema, body);
      if (!parsed.success) return invalidRequest('That is not a booking request.', fieldOf(parsed.issues));
      const auth = request.headers.has('Authorization') ? sessionFrom(booking, request, now) : undefined;
      if (auth instanceof Response) return auth;

      const fingerprint = JSON.stringify(parsed.output);
      const scopedKey = `${auth?.kind === 'referral' ? auth.referralId : 'practice'}:${key}`;
      const earlier = booking.idempotent.get(scopedKey);
      if (earlier) {
        if (earlier.fingerprint !== fingerprint) {
          return bookingProblem(422, 'business-rule', 'idempotency-key-reused', 'That Idempotency-Key was used for a different booking.');
        }
        return json(earlier.body, earlier.status);
      }

      const reference = parsed.output.slot[0]?.reference ?? '';
      const slotService = booking.slots.get(slotIdFromReference(reference) ?? '');
      const offer = offerFor(booking, auth, slotService ? serviceOfSlot(slotService) : '');
      if (offer?.kind === 'referral') {
        const entry = booking.referrals.get(offer.referralId);
        const basedOn = parsed.output.basedOn?.[0]?.reference;
        if (!entry || (basedOn && basedOn !== `ServiceRequest/${offer.referralId}`)) {
          return bookingProblem(403, 'forbidden', 'invalid-request', 'You can only book the referral you signed in with.', { field: 'basedOn' });
        }
        if (Date.parse(entry.serviceRequest.occurrencePeriod.end) <= now.getTime()) {
          return bookingProblem(410, 'business-rule', 'referral-expired', 'This referral has expired. Contact the practice that referred you.');
        }
        if (bookedAppointmentOf(booking, offer.referralId)) {
          return bookingProblem(409, 'business-rule', 'already-booked', 'This referral is already booked. Change that booking instead.');
        }
      } else if (offer?.kind === 'practice') {
        const refused = practicePatientRefusal(booking, offer.ods, parsed.output);
        if (refused) return refused;
      }
      const slot = slotToBook(booking, reference, offer, now);
      if (slot instanceof Response) return slot;

      slot.status = 'busy';
      const made = appointmentFor(booking, slot, newBookingReference(booking), now, offer?.kind === 'referral' ? offer.referralId : undefined);
      const appointment = parsed.output.reasonCode ? { ...made, reasonCode: parsed.output.reasonCode } : made;
      const patient = parsed.output.contained?.[0];
      booking.appointments.set(appointment.id, {
        appointment,
        serviceId: serviceOfSlot(slot),
        ...(offer?.kind === 'referral' ? { referralId: offer.referralId } : { birthDate: patient?.birthDate, patientName: patient?.name[0].text }),
      });
      booking.idempotent.set(scopedKey, { fingerprint, status: 201, body: appointment });
      return json(appointment, 201);
    }),

    http.get('*/api/fhir/Appointment/:id', ({ request, params }) => {
      const now = store.clock.now();
      const session = sessionFrom(store.booking, request, now);
      if (session instanceof Response) return session;
      const stored = ownedAppointment(store.booking, session, String(params.id));
      return stored ? json(stored.appointment) : notYours();
    }),

    http.patch('*/api/fhir/Appointment/:id', async ({ request, params }) => {
      const body = await readJson(request);
      const now = store.clock.now();
      const booking = store.booking;
      const session = sessionFrom(booking, request, now);
      if (session instanceof Response) return session;
      const stored = ownedAppointment(booking, session, String(params.id));
      if (!stored) return notYours();
      const parsed = v.safeParse(AppointmentChangeSchema, body);
      if (!parsed.success) return invalidRequest('Send a new slot, or a cancellation with a reason.', fieldOf(parsed.issues));
      const current = stored.appointment;
      const currentSlot = booking.slots.get(slotIdFromReference(current.slot[0]?.reference ?? '') ?? '');

      if ('status' in parsed.output) {
        if (current.status === 'cancelled') return json(current); // cancelling twice is still cancelled
        const reason = parsed.output.cancelationReason;
        stored.appointment = {
          ...current,
          status: 'cancelled',
          cancelationReason: { coding: [{ system: CANCEL_REASON_SYSTEM, code: reason.coding[0].code }], ...(reason.text ? { text: reason.text } : {}) },
        };
        // The time goes back on offer for someone else.
        if (currentSlot && Date.parse(currentSlot.start) > now.getTime()) currentSlot.status = 'free';
        return json(stored.appointment);
      }

      if (current.status === 'cancelled') {
        return bookingProblem(409, 'business-rule', 'appointment-cancelled', 'This appointment was cancelled. Book a new one instead.');
      }
      const reference = parsed.output.slot[0]?.reference ?? '';
      if (reference === current.slot[0]?.reference) return json(current); // already there: a resend changes nothing
      const target = booking.slots.get(slotIdFromReference(reference) ?? '');
      const offer = offerFor(booking, session, target ? serviceOfSlot(target) : stored.serviceId);
      const practiceOk = offer?.kind !== 'practice' || booking.practiceOf.get(stored.serviceId)?.ods === offer.ods;
      const slot = slotToBook(booking, reference, practiceOk ? offer : undefined, now);
      if (slot instanceof Response) return slot;

      slot.status = 'busy';
      if (currentSlot && Date.parse(currentSlot.start) > now.getTime()) currentSlot.status = 'free';
      const moved: Appointment = {
        ...current,
        start: slot.start,
        end: slot.end,
        slot: [{ reference: `Slot/${slot.id}` }],
        ...(slot.serviceType ? { serviceType: slot.serviceType } : {}),
        participant: [{ actor: { reference: `HealthcareService/${serviceOfSlot(slot)}`, display: booking.services.get(serviceOfSlot(slot))?.name }, status: 'accepted' }],
      };
      stored.appointment = moved;
      stored.serviceId = serviceOfSlot(slot);
      return json(moved);
    }),

    http.post('*/api/practices/:ods/appointments/find', async ({ request, params }) => {
      const body = await readJson(request);
      const now = store.clock.now();
      const booking = store.booking;
      const ods = String(params.ods).toUpperCase();
      if (![...booking.practiceOf.values()].some((p) => p.ods === ods)) {
        return bookingProblem(404, 'not-found', 'practice-unknown', 'This practice does not take appointment bookings online.');
      }
      const parsed = v.safeParse(FindPracticeAppointmentSchema, body);
      if (!parsed.success) return invalidRequest('Send the booking reference and date of birth (yyyy-mm-dd).', fieldOf(parsed.issues));
      const key = `${ods}:${parsed.output.reference}`;
      const locked = lockFor(booking, key, now);
      if (locked) return locked;
      const found = [...booking.appointments.values()].find(
        (a) =>
          a.appointment.identifier[0]?.value === parsed.output.reference &&
          a.birthDate === parsed.output.birthDate &&
          booking.practiceOf.get(a.serviceId)?.ods === ods,
      );
      if (!found) return failedSignIn(booking, key, now, 'The booking reference or date of birth is not right.');
      booking.signInAttempts.delete(key);
      const session = startSession(booking, now, { kind: 'appointment', appointmentId: found.appointment.id });
      return json({ session, appointment: found.appointment, ods });
    }),
  ];
}
