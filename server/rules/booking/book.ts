import type { Appointment, HealthcareService, Patient, Slot } from 'fhir/r4';
import * as v from 'valibot';
import { BOOKING_REFERENCE_SYSTEM, BOOKING_REQUEST_SYSTEM, bookingRequestIdOf, FhirIdSchema, NewAppointmentSchema } from '../../../src/domain/booking';
import { birthDateProblem } from '../../../src/domain/person/date-of-birth';
import { ok, type Answer } from '../outcome';
import { Refusal, transactionResponse, versionOf } from './answers';
import { bookedAppointment, movedAppointment, newBookingReference, serviceIdOf } from './appointment';
import { bookingProblem, fieldOf, invalidRequest, notYours, slotTaken } from './problems';
import { bookedAppointmentOf, referralExpired } from './referrals';
import { findRegisteredPatient } from './registered-patients';
import { offerFor, practiceOf, serviceOfSlot, type Offer } from './services';
import { sessionFrom } from './sessions';
import type { BookingRulesStore, BookingSession, BookingTransaction, Stored } from './store';

/*
 * Booking and changing, each one FHIR transaction (docs/booking-api.md):
 * - book: POST Appointment (conditional on the app's own id for the booking) and
 *   PUT Slot/{id} busy with If-Match on the slot's version;
 * - change: PUT Appointment/{id} with If-Match, at the new slot, and PUT that Slot busy.
 * The checks run first; then, in one database transaction, the slot is taken only if it
 * is still the version the patient saw and still free, so two servers racing for one
 * slot give one booking and one 409/412. What the app sent is checked, not trusted: the
 * stored Appointment is built here from the slot, the service and the referral.
 */

interface Entry {
  resource: { resourceType: string; id?: unknown; status?: unknown; slot?: { reference?: unknown }[] } & Record<string, unknown>;
  request: { method: string; url: string; ifMatch?: string; ifNoneExist?: string };
}

/** The two entries of a booking or change transaction, or the 400 to answer. */
function entriesOf(body: { entry?: unknown }): { appointment: Entry; slot: Entry; slotId: string } | { refused: Answer } {
  const entries = Array.isArray(body.entry) ? (body.entry as Partial<Entry>[]) : [];
  const complete = entries.every((e) => typeof e?.resource?.resourceType === 'string' && typeof e.request?.method === 'string' && typeof e.request.url === 'string');
  const appointment = entries.find((e) => e?.resource?.resourceType === 'Appointment') as Entry | undefined;
  const slot = entries.find((e) => e?.resource?.resourceType === 'Slot') as Entry | undefined;
  if (entries.length !== 2 || !complete || !appointment || !slot) {
    return { refused: invalidRequest('Send a transaction of the Appointment and the Slot it takes.', 'Bundle.entry') };
  }
  const slotId = slot.request.url.match(/^Slot\/(.+)$/)?.[1];
  if (slot.request.method !== 'PUT' || !slotId || !v.is(FhirIdSchema, slotId) || slot.resource.id !== slotId) {
    return { refused: bookingProblem(400, 'invalid', 'slot-unknown', 'That is not a slot.', { field: 'Slot' }) };
  }
  if (slot.resource.status !== 'busy') return { refused: invalidRequest('A booking marks its Slot busy.', 'Slot.status') };
  if (appointment.resource.slot?.length !== 1 || appointment.resource.slot[0]?.reference !== `Slot/${slotId}`) {
    return { refused: invalidRequest('The Appointment must name the Slot it takes.', 'Appointment.slot') };
  }
  return { appointment, slot, slotId };
}

/** `POST` a transaction Bundle that holds an Appointment to the FHIR base. */
export async function bookingTransaction(store: BookingRulesStore, body: { entry?: unknown }, authorization: string | undefined, now: Date): Promise<Answer> {
  const entries = entriesOf(body);
  if ('refused' in entries) return entries.refused;
  const { method, url } = entries.appointment.request;
  if (method === 'POST' && url === 'Appointment') return book(store, entries, authorization, now);
  const id = url.match(/^Appointment\/(.+)$/)?.[1];
  if (method === 'PUT' && id && v.is(FhirIdSchema, id)) return move(store, id, entries, authorization, now);
  return invalidRequest('Create an Appointment (POST) or change one (PUT Appointment/{id}).', 'Bundle.entry.request');
}

/** The slot to take, its service and who may book it, checked before any transaction starts. */
async function slotToTake(store: BookingRulesStore, slotId: string, session: BookingSession | undefined, now: Date) {
  const slot = await store.read<Slot>('Slot', slotId);
  if (!slot) throw new Refusal(bookingProblem(404, 'not-found', 'slot-unknown', 'That appointment time does not exist.', { field: 'Slot' }));
  const service = await serviceOfSlot(store, slot);
  const offer = service ? await offerFor(store, session, service) : undefined;
  if (!service || !offer) throw new Refusal(bookingProblem(422, 'business-rule', 'slot-not-offered', 'That appointment time is not one you were offered.', { field: 'Slot' }));
  if (Date.parse(slot.start) <= now.getTime()) throw new Refusal(bookingProblem(422, 'business-rule', 'slot-in-past', 'That appointment time has passed.'));
  if (slot.status !== 'free') throw new Refusal(slotTaken(409));
  return { slot, service, offer };
}

/**
 * Takes the slot inside the transaction: only if it is still free and still the version
 * the patient saw (If-Match). Taken by someone else is a 409 (the conflict the patient
 * can act on: choose another time); free but changed since is If-Match's 412. The update
 * itself is conditional on the version read here, so a server that raced and took it in
 * between makes it fail: 409.
 */
async function take(tx: BookingTransaction, slotId: string, ifMatch: string | undefined, now: Date): Promise<Stored<Slot>> {
  const current = await tx.read<Slot>('Slot', slotId);
  if (!current) throw new Refusal(bookingProblem(404, 'not-found', 'slot-unknown', 'That appointment time does not exist.', { field: 'Slot' }));
  if (current.status !== 'free') throw new Refusal(slotTaken(409));
  if (ifMatch !== undefined && current.meta.versionId !== ifMatch) throw new Refusal(slotTaken(412));
  const taken = await tx.update<Slot>({ ...current, status: 'busy' }, now, current.meta.versionId);
  if (!taken) throw new Refusal(slotTaken(409));
  return taken;
}

/** Gives a slot the appointment has left back to everyone, if it is still to come. */
export async function release(tx: BookingTransaction, reference: string | undefined, now: Date) {
  const slot = await tx.read<Slot>('Slot', reference?.replace(/^Slot\//, '') ?? '');
  if (slot && slot.status === 'busy' && Date.parse(slot.start) > now.getTime()) await tx.update<Slot>({ ...slot, status: 'free' }, now);
}

/** A practice books only its own registered patients, for a reason they give. */
async function practicePatient(store: BookingRulesStore, ods: string, appointment: v.InferOutput<typeof NewAppointmentSchema>, now: Date) {
  const patient = appointment.contained?.[0];
  if (!patient) throw new Refusal(invalidRequest('Say who the appointment is for.', 'Appointment.contained'));
  if (!appointment.reasonCode) throw new Refusal(invalidRequest('Say in a few words what the appointment is for.', 'Appointment.reasonCode'));
  if (birthDateProblem(patient.birthDate, now)) throw new Refusal(invalidRequest('Check the date of birth.', 'Appointment.contained.birthDate'));
  if (!findRegisteredPatient(await store.registeredPatients(ods), patient)) {
    throw new Refusal(
      bookingProblem(422, 'business-rule', 'patient-not-registered', 'We could not find this person on the practice’s list of patients.', { field: 'Appointment.contained' }),
    );
  }
  return { ...patient, resourceType: 'Patient', id: 'patient' } as Patient & { id: 'patient' };
}

async function sessionIfSent(store: BookingRulesStore, authorization: string | undefined, now: Date) {
  if (!authorization) return undefined;
  const check = await sessionFrom(store, authorization, now);
  if ('refused' in check) throw new Refusal(check.refused);
  return check.session;
}

const ANSWERED_BEFORE = Symbol('answered before');

async function book(store: BookingRulesStore, entries: { appointment: Entry; slot: Entry; slotId: string }, authorization: string | undefined, now: Date): Promise<Answer> {
  const parsed = v.safeParse(NewAppointmentSchema, entries.appointment.resource);
  if (!parsed.success) return invalidRequest('That is not a booking.', `Appointment.${fieldOf(parsed.issues) ?? ''}`);
  const requestId = bookingRequestIdOf(parsed.output)!;
  if (entries.appointment.request.ifNoneExist !== `identifier=${BOOKING_REQUEST_SYSTEM}|${requestId}`) {
    return invalidRequest('A booking is created on a condition: its own id (ifNoneExist), so a resend books once.', 'Bundle.entry.request.ifNoneExist');
  }
  const answeredBefore = async () => {
    const earlier = await store.appointmentWith(BOOKING_REQUEST_SYSTEM, requestId);
    // The slot it took then (a resend names the same one; a changed wish does not change the booking).
    const slot = earlier ? await store.read<Slot>('Slot', earlier.slot?.[0]?.reference?.replace(/^Slot\//, '') ?? '') : undefined;
    return earlier && slot ? ok(transactionResponse([{ resource: earlier, status: '200 OK' }, { resource: slot, status: '200 OK' }])) : undefined;
  };
  try {
    const session = await sessionIfSent(store, authorization, now);
    // Sent twice (a double tap, a lost answer), booked once: the first booking again.
    const earlier = await answeredBefore();
    if (earlier) return earlier;
    const { slot, service, offer } = await slotToTake(store, entries.slotId, session, now);
    if (parsed.output.start !== slot.start || parsed.output.end !== slot.end) {
      return invalidRequest('The Appointment’s start and end must be its Slot’s.', 'Appointment.start');
    }
    const patient = offer.kind === 'practice' ? await practicePatient(store, offer.ods, parsed.output, now) : undefined;
    if (offer.kind === 'referral') await checkReferral(store, offer, parsed.output.basedOn?.[0]?.reference, now);
    const ifMatch = entries.slot.request.ifMatch === undefined ? undefined : versionOf(entries.slot.request.ifMatch) ?? '';

    return await store.transaction(async (tx) => {
      const id = crypto.randomUUID();
      if (!(await tx.claimIdentifier(BOOKING_REQUEST_SYSTEM, requestId, 'Appointment', id))) throw ANSWERED_BEFORE;
      if (offer.kind === 'referral') {
        // One booking per referral, even from two tabs at once.
        await tx.lock(`referral/${offer.referral.id}`);
        if (await bookedAppointmentOf(tx, offer.referral.id)) {
          throw new Refusal(bookingProblem(409, 'business-rule', 'already-booked', 'This referral is already booked. Change that booking instead.'));
        }
      }
      const taken = await take(tx, slot.id, ifMatch, now);
      let reference = newBookingReference();
      while (!(await tx.claimIdentifier(BOOKING_REFERENCE_SYSTEM, reference, 'Appointment', id))) reference = newBookingReference();
      const appointment = bookedAppointment({
        id,
        reference,
        requestId,
        slot: taken,
        service,
        now,
        ...(offer.kind === 'referral' ? { referral: offer.referral } : {}),
        ...(patient ? { patient, reason: parsed.output.reasonCode?.[0].text } : {}),
      });
      const stored = await tx.create(appointment, now);
      await tx.audit(now, { action: 'create', resourceType: 'Appointment', resourceId: id, detail: `booking ${reference}` });
      return ok(transactionResponse([{ resource: stored, status: '201 Created' }, { resource: taken, status: '200 OK' }]));
    });
  } catch (error) {
    if (error === ANSWERED_BEFORE) return (await answeredBefore()) ?? slotTaken(409);
    if (error instanceof Refusal) return error.answer;
    throw error;
  }
}

async function checkReferral(store: BookingRulesStore, offer: Extract<Offer, { kind: 'referral' }>, basedOn: string | undefined, now: Date) {
  if (basedOn && basedOn !== `ServiceRequest/${offer.referral.id}`) {
    throw new Refusal(bookingProblem(403, 'forbidden', 'invalid-request', 'You can only book the referral you signed in with.', { field: 'Appointment.basedOn' }));
  }
  if (Date.parse(offer.referral.occurrencePeriod?.end ?? '') <= now.getTime()) throw new Refusal(referralExpired());
  if (await bookedAppointmentOf(store, offer.referral.id)) {
    throw new Refusal(bookingProblem(409, 'business-rule', 'already-booked', 'This referral is already booked. Change that booking instead.'));
  }
}

/** Whether a session may see and change an appointment: its referral's, or the one found by reference. */
export const owns = (session: BookingSession, appointment: Appointment & { id: string }) =>
  session.kind === 'referral' ? appointment.basedOn?.some((b) => b.reference === `ServiceRequest/${session.referralId}`) === true : session.appointmentId === appointment.id;

/** The appointment a session may change, or the refusal. */
export async function ownedAppointment(store: BookingRulesStore, id: string, authorization: string | undefined, now: Date) {
  const check = await sessionFrom(store, authorization, now);
  if ('refused' in check) throw new Refusal(check.refused);
  const appointment = await store.read<Appointment>('Appointment', id);
  if (!appointment || !owns(check.session, appointment)) throw new Refusal(notYours());
  return { appointment, session: check.session };
}

async function move(store: BookingRulesStore, id: string, entries: { appointment: Entry; slot: Entry; slotId: string }, authorization: string | undefined, now: Date): Promise<Answer> {
  try {
    const { appointment, session } = await ownedAppointment(store, id, authorization, now);
    if (entries.appointment.resource.id !== id) return invalidRequest('The Appointment’s id must be the one it is sent to.', 'Appointment.id');
    if (appointment.status === 'cancelled') {
      return bookingProblem(409, 'business-rule', 'appointment-cancelled', 'This appointment was cancelled. Book a new one instead.');
    }
    const target = `Slot/${entries.slotId}`;
    if (appointment.slot?.[0]?.reference === target) return ok(transactionResponse([{ resource: appointment, status: '200 OK' }])); // already there
    const { slot, service, offer } = await slotToTake(store, entries.slotId, session, now);
    const sent = entries.appointment.resource as { start?: unknown; end?: unknown };
    if (sent.start !== slot.start || sent.end !== slot.end) return invalidRequest('The Appointment’s start and end must be its Slot’s.', 'Appointment.start');
    // A referral stays on its shortlist (offerFor checked it); a practice booking stays at its practice.
    if (offer.kind === 'practice') {
      const was = await store.read<HealthcareService>('HealthcareService', serviceIdOf(appointment) ?? '');
      if (!was || practiceOf(was)?.ods !== offer.ods) {
        return bookingProblem(422, 'business-rule', 'slot-not-offered', 'That appointment time is not one you were offered.', { field: 'Slot' });
      }
    }
    const appointmentVersion = entries.appointment.request.ifMatch === undefined ? undefined : versionOf(entries.appointment.request.ifMatch) ?? '';
    const slotVersion = entries.slot.request.ifMatch === undefined ? undefined : versionOf(entries.slot.request.ifMatch) ?? '';

    return await store.transaction(async (tx) => {
      const current = await tx.read<Appointment>('Appointment', id);
      if (!current) throw new Refusal(notYours());
      if (appointmentVersion !== undefined && current.meta.versionId !== appointmentVersion) {
        // RFC 9110 13.1.1: a change already made may be answered as done.
        if (current.slot?.[0]?.reference === target) return ok(transactionResponse([{ resource: current, status: '200 OK' }]));
        throw new Refusal(bookingProblem(412, 'conflict', 'invalid-request', 'This appointment changed since you saw it. Look at it again.', { field: 'Appointment' }));
      }
      if (current.status === 'cancelled') throw new Refusal(bookingProblem(409, 'business-rule', 'appointment-cancelled', 'This appointment was cancelled. Book a new one instead.'));
      const taken = await take(tx, slot.id, slotVersion, now);
      await release(tx, current.slot?.[0]?.reference, now);
      const moved = await tx.update<Appointment>(movedAppointment(current, taken, service), now, current.meta.versionId);
      if (!moved) throw new Refusal(bookingProblem(412, 'conflict', 'invalid-request', 'This appointment changed since you saw it. Look at it again.', { field: 'Appointment' }));
      await tx.audit(now, { action: 'update', resourceType: 'Appointment', resourceId: id, detail: `moved to ${taken.start}` });
      return ok(transactionResponse([{ resource: moved, status: '200 OK' }, { resource: taken, status: '200 OK' }]));
    });
  } catch (error) {
    if (error instanceof Refusal) return error.answer;
    throw error;
  }
}
