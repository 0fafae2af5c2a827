import type { Appointment, HealthcareService } from 'fhir/r4';
import { applyPatch, type Operation } from 'rfc6902';
import * as v from 'valibot';
import { BOOKING_REFERENCE_SYSTEM, CancelationReasonSchema, FindPracticeAppointmentSchema } from '../../../src/domain/booking';
import { birthDateProblem } from '../../../src/domain/person/date-of-birth';
import { ok, problem, type Answer } from '../outcome';
import { Refusal, sameJson, versionOf } from './answers';
import { containedPatient, serviceIdOf } from './appointment';
import { ownedAppointment, release } from './book';
import { bookingProblem, fieldOf, invalidRequest } from './problems';
import { practiceOf } from './services';
import { failedSignIn, signInLock, startSession } from './sessions';
import type { BookingRulesStore } from './store';

/*
 * Reading, finding and cancelling a booking. A cancellation is a JSON Patch
 * (application/json-patch+json) with If-Match: the backend applies it, then checks that
 * only the status (to cancelled) and the reason changed.
 */

/** `GET Appointment/{id}` (Bearer): only the session's own appointment; anything else is 404. */
export async function readAppointment(store: BookingRulesStore, id: string, authorization: string | undefined, now: Date): Promise<Answer> {
  try {
    const { appointment } = await ownedAppointment(store, id, authorization, now);
    await store.audit(now, { action: 'read', resourceType: 'Appointment', resourceId: id });
    return ok(appointment, 200, { ETag: `W/"${appointment.meta.versionId}"` });
  } catch (error) {
    if (error instanceof Refusal) return error.answer;
    throw error;
  }
}

const MAX_OPERATIONS = 10;
const JSON_PATCH = /^application\/json-patch\+json\s*(;|$)/i;

/** What a patch may change: the status, to cancelled, and the reason for it; nothing else. */
function onlyCancels(before: Appointment, after: Appointment & Record<string, unknown>): boolean {
  const { status: _s, cancelationReason: _r, ...rest } = after;
  const { status: _bs, cancelationReason: _br, ...was } = before as Appointment & Record<string, unknown>;
  return after.status === 'cancelled' && v.is(CancelationReasonSchema, after.cancelationReason) && sameJson(rest, was);
}

/** `PATCH Appointment/{id}` (Bearer, JSON Patch, If-Match): cancel it. The slot goes back on offer. */
export async function patchAppointment(
  store: BookingRulesStore,
  id: string,
  request: { contentType: string | undefined; ifMatch: string | undefined; authorization: string | undefined; body: unknown },
  now: Date,
): Promise<Answer> {
  if (!JSON_PATCH.test(request.contentType ?? '')) return problem(415, 'not-supported', 'Send a JSON Patch (application/json-patch+json).');
  try {
    const { appointment } = await ownedAppointment(store, id, request.authorization, now);
    if (appointment.status === 'cancelled') return ok(appointment); // cancelling twice is still cancelled
    const operations = request.body;
    if (!Array.isArray(operations) || operations.length === 0 || operations.length > MAX_OPERATIONS || !operations.every((op) => typeof op === 'object' && op !== null)) {
      return invalidRequest('Send a JSON Patch: a list of up to 10 operations.');
    }
    const patched = structuredClone(appointment) as Appointment & Record<string, unknown>;
    const results = applyPatch(patched, operations as Operation[]);
    if (results.some((r) => r !== null)) return problem(422, 'processing', 'That patch cannot be applied to this appointment.');
    if (!onlyCancels(appointment, patched)) {
      return bookingProblem(422, 'business-rule', 'invalid-request', 'Only a cancellation, with a reason from the list, can be sent.', { field: 'Appointment.status' });
    }
    const ifMatch = request.ifMatch === undefined ? undefined : versionOf(request.ifMatch) ?? '';

    return await store.transaction(async (tx) => {
      const current = await tx.read<Appointment>('Appointment', id);
      if (!current) throw new Refusal(bookingProblem(404, 'not-found', 'appointment-unknown', 'We could not find that appointment.'));
      if (current.status === 'cancelled') return ok(current);
      if (ifMatch !== undefined && current.meta.versionId !== ifMatch) {
        throw new Refusal(bookingProblem(412, 'conflict', 'invalid-request', 'This appointment changed since you saw it. Look at it again.', { field: 'Appointment' }));
      }
      const cancelled = await tx.update<Appointment>(
        { ...current, status: 'cancelled', cancelationReason: patched.cancelationReason },
        now,
        current.meta.versionId,
      );
      if (!cancelled) throw new Refusal(bookingProblem(412, 'conflict', 'invalid-request', 'This appointment changed since you saw it. Look at it again.'));
      // The time goes back on offer for someone else.
      await release(tx, current.slot?.[0]?.reference, now);
      await tx.audit(now, { action: 'update', resourceType: 'Appointment', resourceId: id, detail: 'cancelled' });
      return ok(cancelled, 200, { ETag: `W/"${cancelled.meta.versionId}"` });
    });
  } catch (error) {
    if (error instanceof Refusal) return error.answer;
    throw error;
  }
}

/** `POST practices/{ods}/appointments/find`: a practice booking by its reference and the patient's date of birth. */
export async function findPracticeAppointment(store: BookingRulesStore, odsParam: string, body: unknown, now: Date): Promise<Answer> {
  const ods = odsParam.toUpperCase();
  if ((await store.servicesOf(ods)).length === 0) {
    return bookingProblem(404, 'not-found', 'practice-unknown', 'This practice does not take appointment bookings online.');
  }
  const parsed = v.safeParse(FindPracticeAppointmentSchema, body);
  if (!parsed.success || birthDateProblem(parsed.output.birthDate, now)) {
    return invalidRequest('Send the booking reference and date of birth (yyyy-mm-dd).', parsed.success ? 'birthDate' : fieldOf(parsed.issues));
  }
  const { reference, birthDate } = parsed.output;
  const key = `${ods}:${reference}`;
  const locked = await signInLock(store, key, now);
  if (locked) return locked;
  const found = await store.appointmentWith(BOOKING_REFERENCE_SYSTEM, reference);
  const service = found ? await store.read<HealthcareService>('HealthcareService', serviceIdOf(found) ?? '') : undefined;
  const right = found && service && practiceOf(service)?.ods === ods && containedPatient(found)?.birthDate === birthDate;
  if (!found || !right) return failedSignIn(store, key, now, 'The booking reference or date of birth is not right.');
  await store.clearSignIn(key);
  const session = await startSession(store, now, { kind: 'appointment', appointmentId: found.id });
  await store.audit(now, { action: 'read', resourceType: 'Appointment', resourceId: found.id, detail: 'found by reference' });
  return ok({ session, appointment: found, ods });
}
