import { beforeEach, describe, expect, it } from 'vitest';
import { mockStore } from '../../mocks/node';
import { readBookingProblem, type Appointment, type HealthcareService, type Slot } from '../../src/domain/booking';

const BASE = 'http://127.0.0.1/api/';
const NOW = new Date('2026-03-25T10:00:00Z'); // a Wednesday, four days before the spring clock change

type Json = Record<string, unknown>;

async function call(path: string, init: { method?: string; body?: unknown; token?: string; key?: string } = {}) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (init.token) headers.Authorization = `Bearer ${init.token}`;
  if (init.key) headers['Idempotency-Key'] = init.key;
  const response = await fetch(BASE + path, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers,
    body: init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body),
  });
  return { status: response.status, body: (await response.json()) as Json, headers: response.headers };
}

/** Asserts a 4xx OperationOutcome with the given booking issue. */
function expectProblem(result: { status: number; body: Json }, status: number, issue: string) {
  expect(result.status).toBe(status);
  expect(result.body.resourceType).toBe('OperationOutcome');
  expect(readBookingProblem(result.body.issue as unknown[]).issue).toBe(issue);
}

const signIn = (ubrn: string, password: string) => call('referrals/sign-in', { body: { ubrn, password } });

async function signedIn(ubrn: string, password: string) {
  const result = await signIn(ubrn, password);
  expect(result.status).toBe(200);
  return { token: (result.body.session as { token: string }).token, referralId: (result.body.serviceRequest as { id: string }).id };
}

const entries = <T>(bundle: Json) => ((bundle.entry as { resource: T }[] | undefined) ?? []).map((e) => e.resource);

async function firstFreeSlot(token: string, serviceId: string) {
  const slots = entries<Slot>((await call(`fhir/Slot?status=free&schedule.actor=HealthcareService/${serviceId}`, { token })).body);
  expect(slots.length).toBeGreaterThan(0);
  return slots[0] as Slot;
}

const bookBody = (slotId: string, referralId?: string) => ({
  resourceType: 'Appointment',
  status: 'booked',
  slot: [{ reference: `Slot/${slotId}` }],
  ...(referralId ? { basedOn: [{ reference: `ServiceRequest/${referralId}` }] } : {}),
});

beforeEach(() => {
  mockStore.clock.set(NOW);
  mockStore.reset();
});

describe('referral sign-in', () => {
  it('signs in with UBRN (spaces allowed) and password; a year of birth alone is refused', async () => {
    const byPassword = await signIn('1000 0000 0001', 'Otter-Lamp-7');
    expect(byPassword.status).toBe(200);
    expect(byPassword.headers.get('Cache-Control')).toBe('no-store');
    expect((byPassword.body.serviceRequest as Json).resourceType).toBe('ServiceRequest');
    expectProblem(await call('referrals/sign-in', { body: { ubrn: '100000000001', yearOfBirth: 1958 } }), 400, 'invalid-request');
    // A year given with the password must be right too.
    expect((await call('referrals/sign-in', { body: { ubrn: '100000000001', password: 'Otter-Lamp-7', yearOfBirth: 1958 } })).status).toBe(200);
    expectProblem(await call('referrals/sign-in', { body: { ubrn: '100000000001', password: 'Otter-Lamp-7', yearOfBirth: 1959 } }), 401, 'wrong-details');
  });

  it('asks for the year of birth where the referral wants it, and counts a wrong one', async () => {
    const asked = await signIn('100000000009', 'Birch-Lantern-1');
    expectProblem(asked, 401, 'year-of-birth-required');
    expect(readBookingProblem(asked.body.issue as unknown[]).attemptsLeft).toBeUndefined();
    expectProblem(await signIn('100000000009', 'not-the-password'), 401, 'wrong-details');
    const wrongYear = await call('referrals/sign-in', { body: { ubrn: '100000000009', password: 'Birch-Lantern-1', yearOfBirth: 1956 } });
    expectProblem(wrongYear, 401, 'wrong-details');
    expect(readBookingProblem(wrongYear.body.issue as unknown[]).attemptsLeft).toBe(3);
    expect((await call('referrals/sign-in', { body: { ubrn: '100000000009', password: 'Birch-Lantern-1', yearOfBirth: 1955 } })).status).toBe(200);
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

    mockStore.clock.set(new Date('2026-03-25T10:30:01Z'));
    expect((await signIn('100000000001', 'Otter-Lamp-7')).status).toBe(200);
  });

  it('shows the seeded locked referral as locked', async () => {
    expectProblem(await signIn('100000000007', 'Maple-Drum-4'), 423, 'locked');
  });

  it.each([
    ['letters', { ubrn: '1000 0000 000A', password: 'x' }],
    ['11 digits', { ubrn: '10000000000', password: 'x' }],
    ['no credential', { ubrn: '100000000001' }],
    ['not JSON', 'ubrn=1'],
  ])('refuses a body with %s as 400', async (_, body) => {
    expectProblem(await call('referrals/sign-in', { body }), 400, 'invalid-request');
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
    const { token, referralId } = await signedIn('100000000006', 'Silver-Pond-8');
    const slot = await firstFreeSlot(token, 'cardio-northgate');
    expectProblem(await call('fhir/Appointment', { body: bookBody(slot.id, referralId), token, key: 'second-booking-1' }), 409, 'already-booked');
  });
});

describe('shortlist, booking, change and cancel', () => {
  it('books, resends with the same key to the same result, changes and cancels', async () => {
    const { token, referralId } = await signedIn('100000000001', 'Otter-Lamp-7');
    const shortlist = entries<HealthcareService>((await call(`fhir/HealthcareService?referral=${referralId}`, { token })).body);
    expect(shortlist.map((s) => s.id)).toEqual(['derm-northgate', 'derm-westfield', 'derm-baybridge']);

    const slot = await firstFreeSlot(token, 'derm-northgate');
    const first = await call('fhir/Appointment', { body: bookBody(slot.id, referralId), token, key: 'booking-key-0001' });
    expect(first.status).toBe(201);
    const again = await call('fhir/Appointment', { body: bookBody(slot.id, referralId), token, key: 'booking-key-0001' });
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect([...mockStore.booking.appointments.values()].filter((a) => a.referralId === referralId)).toHaveLength(1);
    expectProblem(
      await call('fhir/Appointment', { body: bookBody('derm-westfield-20260330-0940', referralId), token, key: 'booking-key-0001' }),
      422,
      'idempotency-key-reused',
    );

    const appointment = first.body as unknown as Appointment;
    const other = await firstFreeSlot(token, 'derm-westfield');
    const moved = await call(`fhir/Appointment/${appointment.id}`, { method: 'PATCH', body: { slot: [{ reference: `Slot/${other.id}` }] }, token });
    expect(moved.status).toBe(200);
    expect((moved.body as unknown as Appointment).start).toBe(other.start);
    expect(mockStore.booking.slots.get(slot.id)?.status).toBe('free');
    expect(mockStore.booking.slots.get(other.id)?.status).toBe('busy');

    const cancelled = await call(`fhir/Appointment/${appointment.id}`, {
      method: 'PATCH',
      body: { status: 'cancelled', cancelationReason: { coding: [{ code: 'feeling-better' }], text: 'Rash has gone' } },
      token,
    });
    expect(cancelled.status).toBe(200);
    expect((cancelled.body as unknown as Appointment).status).toBe('cancelled');
    expect(mockStore.booking.slots.get(other.id)?.status).toBe('free');
    expectProblem(
      await call(`fhir/Appointment/${appointment.id}`, { method: 'PATCH', body: { slot: [{ reference: `Slot/${slot.id}` }] }, token }),
      409,
      'appointment-cancelled',
    );
  });

  it('gives a slot taken meanwhile a 409 conflict and never double-books the last slot', async () => {
    const a = await signedIn('100000000002', 'Kettle-Fern-3');
    const b = await signedIn('100000000003', 'Harbour-Moth-9');
    const last = await firstFreeSlot(a.token, 'eye-eastgate');
    const [one, two] = await Promise.all([
      call('fhir/Appointment', { body: bookBody(last.id, a.referralId), token: a.token, key: 'race-key-aaaa' }),
      call('fhir/Appointment', { body: bookBody(last.id, b.referralId), token: b.token, key: 'race-key-bbbb' }),
    ]);
    expect([one.status, two.status].sort()).toEqual([201, 409]);
    expectProblem(one.status === 409 ? one : two, 409, 'slot-taken');
    const holders = [...mockStore.booking.appointments.values()].filter((x) => x.appointment.slot[0]?.reference === `Slot/${last.id}`);
    expect(holders).toHaveLength(1);
    // Fresh slots for the loser no longer include the taken one.
    const fresh = entries<Slot>((await call('fhir/Slot?schedule.actor=HealthcareService/eye-eastgate', { token: b.token })).body);
    expect(fresh).toHaveLength(0);
  });

  it('follows the no-slots path: shortlist without free slots, then deferred to the provider', async () => {
    const { token, referralId } = await signedIn('100000000004', 'Quiet-Bridge-5');
    const shortlist = entries<HealthcareService>((await call(`fhir/HealthcareService?referral=${referralId}`, { token })).body);
    expect(shortlist.every((s) => !(s.extension ?? []).some((e) => e.url.endsWith('next-free-slot')))).toBe(true);
    const deferred = await call('referrals/slot-issue', { method: 'POST', token });
    expect(deferred.status).toBe(200);
    expect(deferred.body.status).toBe('on-hold');
    const withSlots = await signedIn('100000000001', 'Otter-Lamp-7');
    expectProblem(await call('referrals/slot-issue', { method: 'POST', token: withSlots.token }), 409, 'slots-available');
  });

  it('refuses hand-edited and foreign slots, missing keys and missing sessions with a 4xx', async () => {
    const { token, referralId } = await signedIn('100000000001', 'Otter-Lamp-7');
    const book = (slotId: string, key = `bad-input-${slotId.length}-key`) => call('fhir/Appointment', { body: bookBody(slotId, referralId), token, key });
    expectProblem(await book('derm-northgate-29990101-0900'), 404, 'slot-unknown');
    expectProblem(await book('../../etc/passwd'), 400, 'slot-unknown');
    expectProblem(await book('cardio-northgate-20260330-0900'), 422, 'slot-not-offered');
    expectProblem(await call('fhir/Appointment', { body: bookBody('derm-northgate-20260330-0900', referralId), token }), 400, 'idempotency-key-missing');
    expectProblem(await call('fhir/Appointment', { body: { resourceType: 'Appointment' }, token, key: 'bad-body-key-1' }), 400, 'invalid-request');
    expectProblem(await call('fhir/HealthcareService?referral=referral-2', { token }), 403, 'invalid-request');
    expectProblem(await call(`fhir/HealthcareService?referral=${referralId}`, { token: 'not-a-real-token-123' }), 401, 'session-expired');
    expectProblem(await call('fhir/Slot?schedule.actor=HealthcareService/cardio-northgate', { token }), 403, 'slot-not-offered');
    expectProblem(await call('fhir/Appointment/appointment-1', { token }), 404, 'appointment-unknown');
    expectProblem(await call('fhir/Appointment/appointment-1', { method: 'PATCH', body: { nonsense: true }, token }), 404, 'appointment-unknown');
  });

  it('ends a session after 20 minutes', async () => {
    const { token, referralId } = await signedIn('100000000001', 'Otter-Lamp-7');
    mockStore.clock.set(new Date(NOW.getTime() + 21 * 60_000));
    expectProblem(await call(`fhir/HealthcareService?referral=${referralId}`, { token }), 401, 'session-expired');
  });
});

describe('practice appointments', () => {
  /** Alex Imaginary is on Riverside's list (mocks/data/registered-patients.ts). */
  const patient = {
    resourceType: 'Patient',
    id: 'patient',
    name: [{ text: 'Alex Imaginary' }],
    birthDate: '1990-04-02',
    identifier: [{ system: 'https://fhir.nhs.uk/Id/nhs-number', value: '999 000 1006' }],
  };
  const reasonCode = [{ text: 'Cough for 3 weeks' }];

  it('lists free slots of each kind, books, finds by reference and date of birth, changes and cancels', async () => {
    for (const type of ['phone', 'video', 'face-to-face']) {
      const slots = entries<Slot>((await call(`fhir/Slot?status=free&organization=Y99004&service-type=${type}`)).body);
      expect(slots.length).toBeGreaterThan(0);
      expect(slots[0]?.serviceType?.[0]?.coding?.[0]?.code).toBe(type);
    }
    const services = entries<HealthcareService>((await call('fhir/HealthcareService?organization=Y99001')).body);
    expect(services.map((s) => s.id)).toEqual(['Y99001-phone', 'Y99001-video', 'Y99001-face-to-face']);

    const [slot, later] = entries<Slot>((await call('fhir/Slot?organization=Y99001&service-type=video')).body);
    const booked = await call('fhir/Appointment', { body: { ...bookBody(slot!.id), contained: [patient], reasonCode }, key: 'practice-key-01' });
    expect(booked.status).toBe(201);
    expect((booked.body as unknown as Appointment).reasonCode).toEqual(reasonCode);
    const reference = (booked.body as unknown as Appointment).identifier[0]!.value;

    expectProblem(await call('practices/Y99001/appointments/find', { body: { reference, birthDate: '1990-04-03' } }), 401, 'wrong-details');
    const found = await call('practices/Y99001/appointments/find', { body: { reference: reference.toLowerCase(), birthDate: '1990-04-02' } });
    expect(found.status).toBe(200);
    const token = (found.body.session as { token: string }).token;
    const id = (booked.body as unknown as Appointment).id;
    const moved = await call(`fhir/Appointment/${id}`, { method: 'PATCH', body: { slot: [{ reference: `Slot/${later!.id}` }] }, token });
    expect(moved.status).toBe(200);
    expectProblem(
      await call(`fhir/Appointment/${id}`, { method: 'PATCH', body: { slot: [{ reference: 'Slot/Y99004-phone-20260326-0830' }] }, token }),
      422,
      'slot-not-offered',
    );
    const cancelled = await call(`fhir/Appointment/${id}`, { method: 'PATCH', body: { status: 'cancelled', cancelationReason: { coding: [{ code: 'cannot-attend' }] } }, token });
    expect(cancelled.body.status).toBe('cancelled');
  });

  it('books only a patient on the practice list, and only with a reason', async () => {
    const [slot] = entries<Slot>((await call('fhir/Slot?organization=Y99001&service-type=phone')).body);
    const book = (body: Json, key: string) => call('fhir/Appointment', { body: { ...bookBody(slot!.id), ...body }, key });
    const stranger = { ...patient, name: [{ text: 'Anyone Atall' }] };
    expectProblem(await book({ contained: [stranger], reasonCode }, 'practice-stranger-1'), 422, 'patient-not-registered');
    const elsewhere = { ...patient, identifier: [{ system: 'https://fhir.nhs.uk/Id/nhs-number', value: '9990001057' }] };
    expectProblem(await book({ contained: [elsewhere], reasonCode }, 'practice-elsewhere-1'), 422, 'patient-not-registered');
    expectProblem(await book({ contained: [patient] }, 'practice-no-reason-1'), 400, 'invalid-request');
    expectProblem(await book({ contained: [{ ...patient, identifier: undefined }], reasonCode }, 'practice-no-id-1'), 400, 'invalid-request');
    const byPostcode = { ...patient, identifier: undefined, address: [{ postalCode: 'ex13cd' }] };
    expect((await book({ contained: [byPostcode], reasonCode }, 'practice-postcode-1')).status).toBe(201);
    expect(mockStore.booking.slots.get(slot!.id)?.status).toBe('busy');
  });

  it('finds the seeded practice booking and refuses bad input with a 4xx', async () => {
    expect((await call('practices/Y99001/appointments/find', { body: { reference: 'RV4K 7PQ2', birthDate: '1985-06-14' } })).status).toBe(200);
    expectProblem(await call('practices/Y99003/appointments/find', { body: { reference: 'RV4K7PQ2', birthDate: '1985-06-14' } }), 404, 'practice-unknown');
    expectProblem(await call('practices/Y99001/appointments/find', { body: { reference: 'RV4K7PQ2', birthDate: '14/06/1985' } }), 400, 'invalid-request');
    expectProblem(await call('fhir/Slot?organization=Y99001&service-type=carrier-pigeon'), 400, 'invalid-request');
    expectProblem(await call('fhir/Appointment', { body: bookBody('Y99001-phone-20260326-1600'), key: 'practice-key-02' }), 400, 'invalid-request');
  });
});
