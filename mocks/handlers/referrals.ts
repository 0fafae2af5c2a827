import { http } from 'msw';
import * as v from 'valibot';
import { BOOKING_ISSUE_SYSTEM, EXTENSION, FhirIdSchema, ReferralSignInSchema, type BookingIssue } from '../../src/domain/booking';
import {
  freeSlotsOf,
  LOCK_MINUTES,
  MAX_FAILED_SIGN_INS,
  SESSION_MINUTES,
  type BookingSession,
  type BookingStore,
} from '../data/booking-store';
import type { MockStore } from '../data/store';
import { json, type IssueType } from './responses';

/*
 * Referral sign-in, shortlist and the appointment slot issue (journey 4). Helpers shared
 * with ./appointments.ts live here too: every "no" is a 4xx OperationOutcome carrying a
 * booking-issue code the app can act on.
 */

type Extra = { unlocksAt?: Date; attemptsLeft?: number; field?: string };

export function bookingProblem(status: number, code: IssueType, issue: BookingIssue, text: string, extra: Extra = {}) {
  const extension = [
    ...(extra.unlocksAt ? [{ url: EXTENSION.unlocksAt, valueInstant: extra.unlocksAt.toISOString() }] : []),
    ...(extra.attemptsLeft !== undefined ? [{ url: EXTENSION.attemptsLeft, valueInteger: extra.attemptsLeft }] : []),
  ];
  return json(
    {
      resourceType: 'OperationOutcome',
      issue: [
        {
          severity: 'error',
          code,
          details: { coding: [{ system: BOOKING_ISSUE_SYSTEM, code: issue }], text },
          ...(extra.field ? { expression: [extra.field] } : {}),
          ...(extension.length ? { extension } : {}),
        },
      ],
    },
    status,
  );
}

export const invalidRequest = (text: string, field?: string) => bookingProblem(400, 'invalid', 'invalid-request', text, { field });

/** The body as JSON, or undefined when it is not JSON at all (answered with a 400, never a 500). */
export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    return undefined;
  }
}

/** The first field a valibot failure names, for the OperationOutcome's expression. */
export const fieldOf = (issues: readonly v.BaseIssue<unknown>[]) => (issues[0] ? v.getDotPath(issues[0]) ?? undefined : undefined);

/** The sign-in session behind a Bearer token, or the 401 to send instead. */
export function sessionFrom(store: BookingStore, request: Request, now: Date): BookingSession | Response {
  const token = /^Bearer ([A-Za-z0-9-]{10,100})$/.exec(request.headers.get('Authorization') ?? '')?.[1];
  const session = token ? store.sessions.get(token) : undefined;
  if (!session || session.expiresAt <= now.getTime()) {
    if (token) store.sessions.delete(token);
    return bookingProblem(401, 'expired', 'session-expired', 'Your session has ended. Sign in again.');
  }
  return session;
}

export function startSession(
  store: BookingStore,
  now: Date,
  session: { kind: 'referral'; referralId: string } | { kind: 'appointment'; appointmentId: string },
) {
  const token = crypto.randomUUID();
  const expiresAt = now.getTime() + SESSION_MINUTES * 60_000;
  store.sessions.set(token, { ...session, expiresAt });
  return { token, expiresAt: new Date(expiresAt).toISOString() };
}

/**
 * Counts a failed sign-in against `key`. The fifth in a row locks it for 30 minutes, so
 * a booking reference cannot be guessed at; the patient is told when to try again.
 */
export function failedSignIn(store: BookingStore, key: string, now: Date, text: string) {
  const failures = (store.signInAttempts.get(key)?.failures ?? 0) + 1;
  if (failures >= MAX_FAILED_SIGN_INS) {
    const lockedUntil = now.getTime() + LOCK_MINUTES * 60_000;
    store.signInAttempts.set(key, { failures: 0, lockedUntil });
    return lockedOut(new Date(lockedUntil));
  }
  store.signInAttempts.set(key, { failures });
  return bookingProblem(401, 'login', 'wrong-details', text, { attemptsLeft: MAX_FAILED_SIGN_INS - failures });
}

/** The 423 for a locked key, or undefined when it may be tried. */
export function lockFor(store: BookingStore, key: string, now: Date) {
  const lockedUntil = store.signInAttempts.get(key)?.lockedUntil;
  if (lockedUntil === undefined) return undefined;
  if (lockedUntil > now.getTime()) return lockedOut(new Date(lockedUntil));
  store.signInAttempts.delete(key);
  return undefined;
}

const lockedOut = (unlocksAt: Date) =>
  bookingProblem(423, 'security', 'locked', `Too many tries. You can try again after ${unlocksAt.toISOString()}.`, { unlocksAt });

export const bookedAppointmentOf = (store: BookingStore, referralId: string) =>
  [...store.appointments.values()].find((a) => a.referralId === referralId && a.appointment.status === 'booked')?.appointment;

/** A service with its next free slot, so the shortlist can say "earliest appointment" and spot the no-slots path. */
function withNextFreeSlot(store: BookingStore, serviceId: string, now: Date) {
  const service = store.services.get(serviceId);
  const next = freeSlotsOf(store, serviceId, now)[0];
  if (!service || !next) return service;
  return { ...service, extension: [...(service.extension ?? []), { url: EXTENSION.nextFreeSlot, valueDateTime: next.start }] };
}

export const searchset = (resources: unknown[]) => ({
  resourceType: 'Bundle',
  type: 'searchset',
  total: resources.length,
  entry: resources.map((resource) => ({ resource })),
});

export function referralHandlers(store: MockStore) {
  return [
    http.post('*/api/referrals/sign-in', async ({ request }) => {
      const now = store.clock.now();
      const booking = store.booking;
      const parsed = v.safeParse(ReferralSignInSchema, await readJson(request));
      if (!parsed.success) {
        return invalidRequest('Send the 12-digit booking reference (UBRN) and the password from the letter.', fieldOf(parsed.issues));
      }
      const { ubrn, password, yearOfBirth } = parsed.output;
      const entry = [...booking.referrals.values()].find((r) => r.seed.ubrn === ubrn);
      const wrong = 'The booking reference, password or year of birth is not right.';
      // An unknown UBRN gets the same answer as a wrong password: nothing says which numbers exist.
      if (!entry) return bookingProblem(401, 'login', 'wrong-details', wrong);
      const locked = lockFor(booking, entry.seed.id, now);
      if (locked) return locked;
      // A year of birth, when given, must be right too; a referral that asks for one needs it.
      const right = password === entry.seed.password && (yearOfBirth === undefined || yearOfBirth === entry.seed.yearOfBirth);
      if (!right) return failedSignIn(booking, entry.seed.id, now, wrong);
      if (entry.seed.asksYearOfBirth && yearOfBirth === undefined) {
        return bookingProblem(401, 'login', 'year-of-birth-required', 'This referral also asks for your year of birth.', { field: 'yearOfBirth' });
      }
      booking.signInAttempts.delete(entry.seed.id);

      const { serviceRequest } = entry;
      if (Date.parse(serviceRequest.occurrencePeriod.end) <= now.getTime() && !bookedAppointmentOf(booking, entry.seed.id)) {
        return bookingProblem(410, 'business-rule', 'referral-expired', 'This referral has expired. Contact the practice that referred you.');
      }
      if (serviceRequest.status === 'revoked' || serviceRequest.status === 'completed') {
        return bookingProblem(409, 'business-rule', 'referral-closed', 'This referral is closed. Contact the practice that referred you.');
      }
      const session = startSession(booking, now, { kind: 'referral', referralId: entry.seed.id });
      const appointment = bookedAppointmentOf(booking, entry.seed.id);
      return json({ session, serviceRequest, ...(appointment ? { appointment } : {}) });
    }),

    http.get('*/api/fhir/HealthcareService', ({ request }) => {
      const now = store.clock.now();
      const booking = store.booking;
      const params = new URL(request.url).searchParams;
      const referralId = params.get('referral');
      const ods = params.get('organization');
      if (ods !== null) {
        const services = [...booking.practiceOf.entries()].filter(([, p]) => p.ods === ods.toUpperCase()).map(([id]) => withNextFreeSlot(booking, id, now));
        if (services.length === 0) return bookingProblem(404, 'not-found', 'practice-unknown', 'This practice does not take appointment bookings online.');
        return json(searchset(services));
      }
      if (referralId === null || !v.is(FhirIdSchema, referralId)) return invalidRequest('Search by referral or organization.', 'referral');
      const session = sessionFrom(booking, request, now);
      if (session instanceof Response) return session;
      const entry = booking.referrals.get(referralId);
      if (!entry || session.kind !== 'referral' || session.referralId !== referralId) {
        return bookingProblem(403, 'forbidden', 'invalid-request', 'You can only see the shortlist of the referral you signed in with.');
      }
      return json(searchset(entry.seed.shortlist.map((id) => withNextFreeSlot(booking, id, now))));
    }),

    http.post('*/api/referrals/slot-issue', ({ request }) => {
      const now = store.clock.now();
      const booking = store.booking;
      const session = sessionFrom(booking, request, now);
      if (session instanceof Response) return session;
      const entry = session.kind === 'referral' ? booking.referrals.get(session.referralId) : undefined;
      if (!entry) return bookingProblem(403, 'forbidden', 'invalid-request', 'Sign in with your referral first.');
      if (bookedAppointmentOf(booking, entry.seed.id)) {
        return bookingProblem(409, 'business-rule', 'already-booked', 'This referral is already booked.');
      }
      if (entry.seed.shortlist.some((id) => freeSlotsOf(booking, id, now).length > 0)) {
        return bookingProblem(409, 'business-rule', 'slots-available', 'There are free appointments: choose one instead.');
      }
      // The appointment slot issue: the provider now holds the referral and will contact the patient.
      entry.serviceRequest = { ...entry.serviceRequest, status: 'on-hold' };
      return json(entry.serviceRequest);
    }),
  ];
}
