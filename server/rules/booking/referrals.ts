import type { Appointment, ServiceRequest } from 'fhir/r4';
import * as v from 'valibot';
import { ReferralSignInSchema } from '../../../src/domain/booking';
import { ok, type Answer } from '../outcome';
import { Refusal } from './answers';
import { bookingProblem, fieldOf, invalidRequest } from './problems';
import { failedSignIn, sessionFrom, signInLock, startSession } from './sessions';
import { shortlistOf } from './services';
import type { BookingReads, BookingRulesStore } from './store';

/*
 * Manage your referral (journey 4): sign-in with the letter's booking reference (UBRN)
 * and password, plus the year of birth where the referral asks; and the appointment
 * slot issue, when nothing on the shortlist is free.
 */

export const bookedAppointmentOf = async (store: BookingReads, referralId: string): Promise<Appointment | undefined> =>
  (await store.appointmentsOf(referralId)).find((a) => a.status === 'booked');

const expired = (referral: ServiceRequest, now: Date) => Date.parse(referral.occurrencePeriod?.end ?? '') <= now.getTime();

export const referralExpired = () => bookingProblem(410, 'business-rule', 'referral-expired', 'This referral has expired. Contact the practice that referred you.');

/** `POST referrals/sign-in`. */
export async function signInToReferral(store: BookingRulesStore, body: unknown, now: Date): Promise<Answer> {
  const parsed = v.safeParse(ReferralSignInSchema, body);
  if (!parsed.success) return invalidRequest('Send the 12-digit booking reference (UBRN) and the password from the letter.', fieldOf(parsed.issues));
  const { ubrn, password, yearOfBirth } = parsed.output;
  const access = await store.referralAccess(ubrn);
  const wrong = 'The booking reference, password or year of birth is not right.';
  // An unknown UBRN gets the same answer as a wrong password: nothing says which numbers exist.
  if (!access) return bookingProblem(401, 'login', 'wrong-details', wrong);
  const locked = await signInLock(store, access.referralId, now);
  if (locked) return locked;
  // A year of birth, when given, must be right too; a referral that asks for one needs it.
  const right = (await store.passwordMatches(access.referralId, password)) && (yearOfBirth === undefined || yearOfBirth === access.yearOfBirth);
  if (!right) return failedSignIn(store, access.referralId, now, wrong);
  if (access.asksYearOfBirth && yearOfBirth === undefined) {
    return bookingProblem(401, 'login', 'year-of-birth-required', 'This referral also asks for your year of birth.', { field: 'yearOfBirth' });
  }
  await store.clearSignIn(access.referralId);

  const serviceRequest = await store.read<ServiceRequest>('ServiceRequest', access.referralId);
  if (!serviceRequest) return bookingProblem(401, 'login', 'wrong-details', wrong);
  const appointment = await bookedAppointmentOf(store, serviceRequest.id);
  if (expired(serviceRequest, now) && !appointment) return referralExpired();
  if (serviceRequest.status === 'revoked' || serviceRequest.status === 'completed') {
    return bookingProblem(409, 'business-rule', 'referral-closed', 'This referral is closed. Contact the practice that referred you.');
  }
  const session = await startSession(store, now, { kind: 'referral', referralId: serviceRequest.id });
  await store.audit(now, { action: 'read', resourceType: 'ServiceRequest', resourceId: serviceRequest.id, detail: 'referral sign-in' });
  return ok({ session, serviceRequest, ...(appointment ? { appointment } : {}) });
}

/** `POST referrals/slot-issue` (Bearer): nothing free on the shortlist, so the provider will contact the patient. */
export async function deferReferral(store: BookingRulesStore, authorization: string | undefined, now: Date): Promise<Answer> {
  const check = await sessionFrom(store, authorization, now);
  if ('refused' in check) return check.refused;
  if (check.session.kind !== 'referral') return bookingProblem(403, 'forbidden', 'invalid-request', 'Sign in with your referral first.');
  const referralId = check.session.referralId;
  try {
    return await store.transaction(async (tx) => {
      await tx.lock(`referral/${referralId}`);
      const referral = await tx.read<ServiceRequest>('ServiceRequest', referralId);
      if (!referral) throw new Refusal(bookingProblem(403, 'forbidden', 'invalid-request', 'Sign in with your referral first.'));
      if (await bookedAppointmentOf(tx, referralId)) throw new Refusal(bookingProblem(409, 'business-rule', 'already-booked', 'This referral is already booked.'));
      for (const serviceId of shortlistOf(referral)) {
        if ((await tx.freeSlotsOf(serviceId, now)).length > 0) {
          throw new Refusal(bookingProblem(409, 'business-rule', 'slots-available', 'There are free appointments: choose one instead.'));
        }
      }
      if (referral.status === 'on-hold') return ok(referral); // asked already: nothing new
      // The appointment slot issue: the provider now holds the referral and will contact the patient.
      const held = await tx.update<ServiceRequest>({ ...referral, status: 'on-hold' }, now, referral.meta.versionId);
      if (!held) throw new Refusal(bookingProblem(409, 'conflict', 'invalid-request', 'The referral changed meanwhile. Try again.'));
      await tx.audit(now, { action: 'update', resourceType: 'ServiceRequest', resourceId: referralId, detail: 'appointment slot issue' });
      return ok(held);
    });
  } catch (error) {
    if (error instanceof Refusal) return error.answer;
    throw error;
  }
}
