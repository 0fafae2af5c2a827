import { beforeEach, describe, expect, it } from 'vitest';
import type { Bundle } from 'fhir/r4';
import {
  appointmentInAnswer,
  bookingTransaction,
  cancelPatch,
  moveTransaction,
  readBookingProblem,
  versionTag,
  type Appointment,
  type BookingPatient,
  type BookingWish,
  type HealthcareService,
  type ServiceRequest,
  type Slot,
} from '../../src/domain/booking';

/*
 * The booking contract (docs/booking-api.md), driven over HTTP with the very requests the
 * app builds (src/domain/booking/booking-interactions.ts). The same cases run against the
 * MSW mock (booking-api.test.ts) and against the server on PostgreSQL
 * (tests/server/booking.test.ts): one set of rules, two runtimes, one contract.
 */

export type Json = Record<string, unknown>;
export interface Answered {
  status: number;
  body: Json;
  header(name: string): string | undefined;
}
export interface CallInit {
  method?: string;
  body?: unknown;
  token?: string;
  headers?: Record<string, string>;
}

export interface BookingBackend {
  /** One HTTP request to `/api/{path}`; a string body is sent as it is. */
  call(path: string, init?: CallInit): Promise<Answered>;
  /** Reseeds the demo data relative to `now` and stops the clock there. */
  reset(now: Date): Promise<void>;
  setClock(now: Date): Promise<void>;
}

export const NOW = new Date('2026-03-25T10:00:00Z'); // a Wednesday, four days before the spring clock change

/** Asserts a 4xx OperationOutcome with the given booking issue. */
export function expectProblem(result: { status: number; body: Json }, status: number, issue: string) {
  expect(result.status).toBe(status);
  expect(result.body.resourceType).toBe('OperationOutcome');
  expect(readBookingProblem(result.body.issue as unknown[]).issue).toBe(issue);
}

const entries = <T>(bundle: Json) => ((bundle.entry as { resource: T }[] | undefined) ?? []).map((e) => e.resource);

/** A practice's patient on Riverside's list (server/rules/seed/registered-patients.ts). */
const ALEX: BookingPatient = {
  resourceType: 'Patient',
  id: 'patient',
  name: [{ text: 'Alex Imaginary' }],
  birthDate: '1990-04-02',
  identifier: [{ system: 'https://fhir.nhs.uk/Id/nhs-number', value: '999 000 1006' }],
};

let bookings = 0;
/** A fresh id for each booking asked for, as the app makes one. */
const newRequestId = () => `0b5e7c1d-2f3a-4b6c-8d9e-${String(++bookings).padStart(12, '0')}`;

export function bookingContract(backend: () => BookingBackend) {
  const call = (path: string, init?: CallInit) => backend().call(path, init);
  const fhirPost = (body: unknown, token?: string) =>
    call('fhir', { method: 'POST', body, token, headers: { 'Content-Type': 'application/fhir+json', Prefer: 'return=representation' } });
  const signIn = (ubrn: string, password: string, yearOfBirth?: number) =>
    call('referrals/sign-in', { body: { ubrn, password, ...(yearOfBirth === undefined ? {} : { yearOfBirth }) } });

  async function signedIn(ubrn: string, password: string) {
    const result = await signIn(ubrn, password);
    expect(result.status).toBe(200);
    return { token: (result.body.session as { token: string }).token, referral: result.body.serviceRequest as unknown as ServiceRequest };
  }

  async function freeSlots(path: string, token?: string) {
    const answer = await call(path, { token });
    expect(answer.status).toBe(200);
    return entries<Slot>(answer.body);
  }
  const freeAt = (serviceId: string, token?: string) => freeSlots(`fhir/Slot?status=free&schedule.actor=HealthcareService/${serviceId}`, token);

  async function book(wish: Omit<BookingWish, 'requestId'> & { requestId?: string }, token?: string) {
    const answer = await fhirPost(bookingTransaction({ requestId: newRequestId(), ...wish }), token);
    return { ...answer, appointment: appointmentInAnswer(answer.body) as Appointment | undefined };
  }
  const service = (id: string, name = id) => ({ id, name });

  beforeEach(async () => {
    await backend().reset(NOW);
  });

  describe('referral sign-in', () => {
    it('signs in with UBRN (spaces allowed) and password; a year of birth alone is refused', async () => {
      const byPassword = await signIn('1000 0000 0001', 'Otter-Lamp-7');
      expect(byPassword.status).toBe(200);
      expect(byPassword.header('Cache-Control')).toBe('no-store');
      expect((byPassword.body.serviceRequest as Json).resourceType).toBe('ServiceRequest');
      expectProblem(await call('referrals/sign-in', { body: { ubrn: '100000000001', yearOfBirth: 1958 } }), 400, 'invalid-request');
      // A year given with the password must be right too.
      expect((await signIn('100000000001', 'Otter-Lamp-7', 1958)).status).toBe(200);
      expectProblem(await signIn('100000000001', 'Otter-Lamp-7', 1959), 401, 'wrong-details');
    });

    it('asks for the year of birth where the referral wants it, and counts a wrong one', async () => {
      const asked = await signIn('100000000009', 'Birch-Lantern-1');
      expectProblem(asked, 401, 'year-of-birth-required');
      expect(readBookingProblem(asked.body.issue as unknown[]).attemptsLeft).toBeUndefined();
      expectProblem(await signIn('100000000009', 'not-the-password'), 401, 'wrong-details');
      const wrongYear = await signIn('100000000009', 'Birch-Lantern-1', 1956);
      expectProblem(wrongYear, 401, 'wrong-details');
      expect(readBookingProblem(wrongYear.body.issue as unknown[]).attemptsLeft).toBe(3);
      expect((await signIn('100000000009', 'Birch-Lantern-1', 1955)).status).toBe(200);
    });

    it('locks the referral for 30 minutes after five wrong passwords, even for the right one', async () => {
      for (let attempt = 1; attempt <= 4; attempt++) {
        const wrong = await signIn('100000000001', 'guess');
        expectProblem(wrong, 401, 'wrong-details');
        expect(readBookingProblem(wrong.body.issue as unknown[]).attemptsLeft).toBe(5 - attempt);
      }
      const fifth = await signIn('100000000001', 'guess');
      expectProblem(fifth, 423, 'locked');
      expect(readBookingProblem(fifth.body.issue as unknown[]).unlocksAt).toBe('2026-03-25T10:30:00.000Z');
      expectProblem(await signIn('100000000001', 'Otter-Lamp-7'), 423, 'locked');

      await backend().setClock(new Date('2026-03-25T10:30:01Z'));
      expect((await signIn('100000000001', 'Otter-Lamp-7')).status).toBe(200);
    });

    it('shows the seeded locked referral as locked', async () => {
      expectProblem(await signIn('100000000007', 'Maple-Drum-4'), 423, 'locked');
    });

    it.each([
      ['letters', { ubrn: '1000 0000 000A', password: 'x' }],
      ['11 digits', { ubrn: '10000000000', password: 'x' }],
      ['no credential', { ubrn: '100000000001' }],
      ['a list', [1, 2, 3]],
      ['not JSON', 'ubrn=1'],
    ])('refuses a body with %s as 400', async (_, body) => {
      const refused = await call('referrals/sign-in', { body });
      expect(refused.status).toBe(400);
      expect(refused.body.resourceType).toBe('OperationOutcome');
    });

    it('answers an unknown UBRN like a wrong password', async () => {
      expectProblem(await signIn('999999999999', 'Otter-Lamp-7'), 401, 'wrong-details');
    });

    it('refuses an expired referral with 410', async () => {
      expectProblem(await signIn('100000000005', 'Amber-Cloud-2'), 410, 'referral-expired');
    });

    it('returns the booking of an already-booked referral and refuses a second booking', async () => {
      const result = await signIn('100000000006', 'Silver-Pond-8');
      expect((result.body.appointment as Appointment).status).toBe('booked');
      const { token, referral } = await signedIn('100000000006', 'Silver-Pond-8');
      const [slot] = await freeAt('cardio-northgate', token);
      expectProblem(await book({ slot: slot!, service: service('cardio-northgate'), referral }, token), 409, 'already-booked');
    });
  });

  describe('shortlist, booking, change and cancel', () => {
    it('books as one transaction, stores a resend once, changes and cancels, freeing each slot left', async () => {
      const { token, referral } = await signedIn('100000000001', 'Otter-Lamp-7');
      const shortlist = entries<HealthcareService>((await call(`fhir/HealthcareService?referral=${referral.id}`, { token })).body);
      expect(shortlist.map((s) => s.id)).toEqual(['derm-northgate', 'derm-westfield', 'derm-baybridge']);

      const [slot] = await freeAt('derm-northgate', token);
      const requestId = newRequestId();
      const first = await book({ slot: slot!, service: service('derm-northgate', 'Dermatology'), referral, requestId }, token);
      expect(first.status).toBe(200);
      expect((first.body as unknown as Bundle).type).toBe('transaction-response');
      const appointment = first.appointment!;
      expect(appointment).toMatchObject({ status: 'booked', start: slot!.start, end: slot!.end, slot: [{ reference: `Slot/${slot!.id}` }] });
      expect(appointment.participant.map((p) => p.actor?.reference ?? 'patient')).toEqual(['patient', 'HealthcareService/derm-northgate']);
      expect(appointment.meta?.versionId).toBe('1');

      // Sent again (the answer was lost): stored once, answered the same.
      const again = await book({ slot: slot!, service: service('derm-northgate', 'Dermatology'), referral, requestId }, token);
      expect(again.status).toBe(200);
      expect(again.appointment).toEqual(appointment);
      expect((await freeAt('derm-northgate', token)).map((s) => s.id)).not.toContain(slot!.id);
      expect(((await signIn('100000000001', 'Otter-Lamp-7')).body.appointment as Appointment).id).toBe(appointment.id);

      const [other] = await freeAt('derm-westfield', token);
      const moved = await fhirPost(moveTransaction(appointment, other!, service('derm-westfield', 'Skin Clinic')), token);
      expect(moved.status).toBe(200);
      const movedAppointment = appointmentInAnswer(moved.body) as Appointment;
      expect(movedAppointment).toMatchObject({ id: appointment.id, start: other!.start, meta: { versionId: '2' } });
      expect(movedAppointment.identifier).toEqual(appointment.identifier);
      expect((await freeAt('derm-northgate', token)).map((s) => s.id)).toContain(slot!.id);
      expect((await freeAt('derm-westfield', token)).map((s) => s.id)).not.toContain(other!.id);

      // The version the patient saw then is stale now.
      const stale = await call(`fhir/Appointment/${appointment.id}`, {
        method: 'PATCH',
        body: cancelPatch('feeling-better', ''),
        token,
        headers: { 'Content-Type': 'application/json-patch+json', 'If-Match': versionTag('1') },
      });
      expect(stale.status).toBe(412);
      expect(stale.body.resourceType).toBe('OperationOutcome');

      const read = await call(`fhir/Appointment/${appointment.id}`, { token });
      expect(read.header('ETag')).toBe(versionTag('2'));
      const cancelled = await call(`fhir/Appointment/${appointment.id}`, {
        method: 'PATCH',
        body: cancelPatch('feeling-better', 'Rash has gone'),
        token,
        headers: { 'Content-Type': 'application/json-patch+json', 'If-Match': read.header('ETag')! },
      });
      expect(cancelled.status).toBe(200);
      expect(cancelled.body).toMatchObject({ status: 'cancelled', cancelationReason: { coding: [{ code: 'feeling-better' }], text: 'Rash has gone' } });
      expect((await freeAt('derm-westfield', token)).map((s) => s.id)).toContain(other!.id);
      const [later] = await freeAt('derm-baybridge', token);
      expectProblem(await fhirPost(moveTransaction(cancelled.body as unknown as Appointment, later!, service('derm-baybridge')), token), 409, 'appointment-cancelled');
    });

    it('gives one of two patients racing for the last slot the booking, and the other a 409 "just been taken"', async () => {
      const a = await signedIn('100000000002', 'Kettle-Fern-3');
      const b = await signedIn('100000000003', 'Harbour-Moth-9');
      const [last] = await freeAt('eye-eastgate', a.token);
      expect(await freeAt('eye-eastgate', b.token)).toEqual([last]);
      const [one, two] = await Promise.all([
        book({ slot: last!, service: service('eye-eastgate'), referral: a.referral }, a.token),
        book({ slot: last!, service: service('eye-eastgate'), referral: b.referral }, b.token),
      ]);
      expect([one.status, two.status].sort()).toEqual([200, 409]);
      expectProblem(one.status === 409 ? one : two, 409, 'slot-taken');
      // Fresh slots for the one who lost no longer include the taken one.
      expect(await freeAt('eye-eastgate', b.token)).toEqual([]);
      const held = [await signIn('100000000002', 'Kettle-Fern-3'), await signIn('100000000003', 'Harbour-Moth-9')].filter((s) => s.body.appointment);
      expect(held).toHaveLength(1);
    });

    it('follows the no-slots path: shortlist without free slots, then deferred to the provider', async () => {
      const { token, referral } = await signedIn('100000000004', 'Quiet-Bridge-5');
      const shortlist = entries<HealthcareService>((await call(`fhir/HealthcareService?referral=${referral.id}`, { token })).body);
      expect(shortlist.length).toBeGreaterThan(0);
      expect(shortlist.every((s) => !(s.extension ?? []).some((e) => e.url.endsWith('next-free-slot')))).toBe(true);
      const deferred = await call('referrals/slot-issue', { method: 'POST', token });
      expect(deferred.status).toBe(200);
      expect(deferred.body.status).toBe('on-hold');
      expect((await call('referrals/slot-issue', { method: 'POST', token })).status).toBe(200);
      const withSlots = await signedIn('100000000001', 'Otter-Lamp-7');
      expectProblem(await call('referrals/slot-issue', { method: 'POST', token: withSlots.token }), 409, 'slots-available');
    });

    it('refuses hand-edited and foreign slots, bad transactions and missing sessions with a 4xx OperationOutcome', async () => {
      const { token, referral } = await signedIn('100000000001', 'Otter-Lamp-7');
      const [real] = await freeAt('derm-northgate', token);
      const edited = (id: string) => ({ ...real!, id });
      const bookSlot = (slot: Slot) => book({ slot, service: service('derm-northgate'), referral }, token);
      expectProblem(await bookSlot(edited('derm-northgate-29990101-0900')), 404, 'slot-unknown');
      expectProblem(await bookSlot(edited('../../etc/passwd')), 400, 'slot-unknown');
      expectProblem(await bookSlot(edited('cardio-northgate-20260330-0900')), 422, 'slot-not-offered');
      expectProblem(await book({ slot: real!, service: service('derm-northgate'), referral }), 422, 'slot-not-offered');
      expectProblem(await book({ slot: real!, service: service('derm-northgate'), referral }, 'not-a-real-token-123'), 401, 'session-expired');

      const good = bookingTransaction({ requestId: newRequestId(), slot: real!, service: service('derm-northgate'), referral });
      const withAppointment = (change: Json) => ({ ...good, entry: [{ ...good.entry![0], resource: { ...good.entry![0]!.resource, ...change } }, good.entry![1]] });
      for (const bad of [
        { resourceType: 'Bundle', type: 'transaction', entry: [{ resource: { resourceType: 'Appointment' } }] },
        { ...good, entry: [good.entry![0]] },
        withAppointment({ identifier: [] }),
        withAppointment({ start: '2026-03-30T08:00:00Z' }),
        withAppointment({ slot: [{ reference: 'Slot/derm-westfield-20260330-0940' }] }),
        withAppointment({ participant: 'everyone' }),
        { ...good, entry: [{ ...good.entry![0], request: { method: 'POST', url: 'Appointment' } }, good.entry![1]] },
        { ...good, entry: [good.entry![0], { ...good.entry![1], resource: { ...real!, status: 'free' } }] },
      ]) {
        const refused = await fhirPost(bad, token);
        expect(refused.status, JSON.stringify(bad).slice(0, 200)).toBeGreaterThanOrEqual(400);
        expect(refused.status).toBeLessThan(500);
        expect(refused.body.resourceType).toBe('OperationOutcome');
      }
      const notJson = await fhirPost('{"resourceType": "Bundle", ', token);
      expect(notJson.status).toBe(400);
      expect(notJson.body.resourceType).toBe('OperationOutcome');

      expectProblem(await call('fhir/HealthcareService?referral=referral-2', { token }), 403, 'invalid-request');
      expectProblem(await call(`fhir/HealthcareService?referral=${referral.id}`, { token: 'not-a-real-token-123' }), 401, 'session-expired');
      expectProblem(await call('fhir/Slot?schedule.actor=HealthcareService/cardio-northgate', { token }), 403, 'slot-not-offered');
      expectProblem(await call('fhir/Slot?status=busy&schedule.actor=HealthcareService/derm-northgate', { token }), 400, 'invalid-request');
      expectProblem(await call('fhir/Appointment/appointment-1', { token }), 404, 'appointment-unknown');
      const patch = { method: 'PATCH', token, headers: { 'Content-Type': 'application/json-patch+json' } };
      expectProblem(await call('fhir/Appointment/appointment-1', { ...patch, body: [{ op: 'remove', path: '/status' }] }), 404, 'appointment-unknown');
      expect((await call('fhir/Appointment/appointment-1', { method: 'PATCH', token, body: { status: 'cancelled' } })).status).toBe(415);
    });

    it('refuses a patch that does more than cancel, and leaves the booking as it was', async () => {
      const { token, referral } = await signedIn('100000000001', 'Otter-Lamp-7');
      const [slot] = await freeAt('derm-northgate', token);
      const { appointment } = await book({ slot: slot!, service: service('derm-northgate'), referral }, token);
      const patch = (body: unknown) => call(`fhir/Appointment/${appointment!.id}`, { method: 'PATCH', token, body, headers: { 'Content-Type': 'application/json-patch+json' } });
      for (const bad of [
        [{ op: 'replace', path: '/start', value: '2030-01-01T09:00:00Z' }],
        [...cancelPatch('other', ''), { op: 'replace', path: '/slot/0/reference', value: 'Slot/x' }],
        [{ op: 'replace', path: '/status', value: 'cancelled' }, { op: 'add', path: '/cancelationReason', value: { coding: [{ code: 'bored' }] } }],
        [{ op: 'move', from: '/nothing', path: '/status' }],
        'not a patch',
        [],
      ]) {
        const refused = await patch(bad);
        expect(refused.status, JSON.stringify(bad)).toBeGreaterThanOrEqual(400);
        expect(refused.status).toBeLessThan(500);
        expect(refused.body.resourceType).toBe('OperationOutcome');
      }
      expect((await call(`fhir/Appointment/${appointment!.id}`, { token })).body).toMatchObject({ status: 'booked', meta: { versionId: '1' } });
    });

    it('ends a session after 20 minutes', async () => {
      const { token, referral } = await signedIn('100000000001', 'Otter-Lamp-7');
      await backend().setClock(new Date(NOW.getTime() + 21 * 60_000));
      expectProblem(await call(`fhir/HealthcareService?referral=${referral.id}`, { token }), 401, 'session-expired');
    });
  });

  describe('practice appointments', () => {
    const reason = 'Cough for 3 weeks';
    const practiceService = (ods: string, type: string) => service(`${ods}-${type}`);

    it('lists free slots of each kind, books, finds by reference and date of birth, changes and cancels', async () => {
      for (const type of ['phone', 'video', 'face-to-face']) {
        const slots = await freeSlots(`fhir/Slot?status=free&organization=Y99004&service-type=${type}`);
        expect(slots.length).toBeGreaterThan(0);
        expect(slots[0]?.serviceType?.[0]?.coding?.[0]?.code).toBe(type);
      }
      const services = entries<HealthcareService>((await call('fhir/HealthcareService?organization=Organization%2FY99001')).body);
      expect(services.map((s) => s.id)).toEqual(['Y99001-phone', 'Y99001-video', 'Y99001-face-to-face']);
      // The bare ODS code, as older apps ask, lists the same.
      expect(entries<HealthcareService>((await call('fhir/HealthcareService?organization=Y99001')).body)).toEqual(services);

      const [slot, later] = await freeSlots('fhir/Slot?organization=Y99001&service-type=video');
      const booked = await book({ slot: slot!, service: practiceService('Y99001', 'video'), patient: ALEX, reason });
      expect(booked.status).toBe(200);
      const appointment = booked.appointment!;
      expect(appointment.reasonCode).toEqual([{ text: reason }]);
      const reference = appointment.identifier.find((i) => i.system.endsWith('/Id/booking-reference'))!.value;
      expect(reference).toMatch(/^[A-Z2-9]{8}$/);

      expectProblem(await call('practices/Y99001/appointments/find', { body: { reference, birthDate: '1990-04-03' } }), 401, 'wrong-details');
      const found = await call('practices/Y99001/appointments/find', { body: { reference: reference.toLowerCase(), birthDate: '1990-04-02' } });
      expect(found.status).toBe(200);
      expect((found.body.appointment as Appointment).id).toBe(appointment.id);
      const token = (found.body.session as { token: string }).token;
      const moved = await fhirPost(moveTransaction(found.body.appointment as Appointment, later!, practiceService('Y99001', 'video')), token);
      expect(moved.status).toBe(200);
      const movedAppointment = appointmentInAnswer(moved.body) as Appointment;
      const [elsewhere] = await freeSlots('fhir/Slot?organization=Y99004&service-type=phone');
      expectProblem(await fhirPost(moveTransaction(movedAppointment, elsewhere!, practiceService('Y99004', 'phone')), token), 422, 'slot-not-offered');
      const cancelled = await call(`fhir/Appointment/${appointment.id}`, {
        method: 'PATCH',
        token,
        body: cancelPatch('cannot-attend', ''),
        headers: { 'Content-Type': 'application/json-patch+json', 'If-Match': versionTag(movedAppointment.meta!.versionId!) },
      });
      expect(cancelled.body.status).toBe('cancelled');
    });

    it('books only a patient on the practice list, and only with a reason', async () => {
      const [slot] = await freeSlots('fhir/Slot?organization=Y99001&service-type=phone');
      const bookFor = (patient: BookingPatient, why?: string) => book({ slot: slot!, service: practiceService('Y99001', 'phone'), patient, ...(why ? { reason: why } : {}) });
      expectProblem(await bookFor({ ...ALEX, name: [{ text: 'Anyone Atall' }] }, reason), 422, 'patient-not-registered');
      expectProblem(await bookFor({ ...ALEX, identifier: [{ system: 'https://fhir.nhs.uk/Id/nhs-number', value: '9990001057' }] }, reason), 422, 'patient-not-registered');
      expectProblem(await bookFor(ALEX), 400, 'invalid-request');
      expectProblem(await bookFor({ ...ALEX, identifier: undefined }, reason), 400, 'invalid-request');
      expect((await freeSlots('fhir/Slot?organization=Y99001&service-type=phone')).map((s) => s.id)).toContain(slot!.id);
      const byPostcode = await bookFor({ ...ALEX, identifier: undefined, address: [{ postalCode: 'ex13cd' }] }, reason);
      expect(byPostcode.status).toBe(200);
      expect((await freeSlots('fhir/Slot?organization=Y99001&service-type=phone')).map((s) => s.id)).not.toContain(slot!.id);
    });

    it('finds the seeded practice booking and refuses bad input with a 4xx', async () => {
      expect((await call('practices/Y99001/appointments/find', { body: { reference: 'RV4K 7PQ2', birthDate: '1985-06-14' } })).status).toBe(200);
      expectProblem(await call('practices/Y99003/appointments/find', { body: { reference: 'RV4K7PQ2', birthDate: '1985-06-14' } }), 404, 'practice-unknown');
      expectProblem(await call('practices/Y99001/appointments/find', { body: { reference: 'RV4K7PQ2', birthDate: '14/06/1985' } }), 400, 'invalid-request');
      expectProblem(await call('fhir/Slot?organization=Y99001&service-type=carrier-pigeon'), 400, 'invalid-request');
      const [slot] = await freeSlots('fhir/Slot?organization=Y99001&service-type=phone');
      expectProblem(await book({ slot: slot!, service: practiceService('Y99001', 'phone') }), 400, 'invalid-request');
    });

    it('locks finding a booking after five wrong dates of birth', async () => {
      const find = (birthDate: string) => call('practices/Y99001/appointments/find', { body: { reference: 'RV4K7PQ2', birthDate } });
      for (let attempt = 1; attempt <= 4; attempt++) expectProblem(await find('1985-06-15'), 401, 'wrong-details');
      expectProblem(await find('1985-06-15'), 423, 'locked');
      expectProblem(await find('1985-06-14'), 423, 'locked');
    });
  });
}
