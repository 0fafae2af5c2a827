import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bundle, Resource } from 'fhir/r4';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app';
import { seedDemo } from '../../server/store/seed';
import { setTestClock } from '../../server/store/clock';
import { memoryPhotoStore } from '../../server/store/photos';
import { publishedQuestionnaires } from '../../server/rules/questionnaires';
import { buildRequestBundle } from '../../src/domain/request/fhir-bundle';
import { requestTriage, triageResponses } from '../../src/features/request/model/draft-triage';
import { TRIAGE_CONTENT_VERSION } from '../../src/content/triage';
import { completeDraft, NOW } from '../unit/request/fixtures';
import { freshDatabase, type TestDatabase } from './database';
import { r4Problems } from './fhir-validator';
import { appointmentInAnswer, bookingTransaction, cancelPatch, moveTransaction, versionTag, type Appointment, type ServiceRequest, type Slot } from '../../src/domain/booking';

/*
 * Everything the app sends for a request and everything the backend answers validates
 * as FHIR R4 with a validator we did not write (tests/server/fhir-validator.ts).
 */
let database: TestDatabase;
let app: FastifyInstance;

beforeAll(async () => {
  database = await freshDatabase();
  await setTestClock(database.db, NOW);
  await seedDemo(database.db, NOW, { reset: true });
  app = await buildApp({ db: database.db, photos: memoryPhotoStore(), testApi: true });
});
afterAll(async () => {
  await app.close();
  await database.drop();
});

const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]).toString('base64');
const drafts = {
  admin: completeDraft(),
  medicalWithPhoto: completeDraft({
    kind: 'medical',
    reason: 'new-problem',
    topic: 'sore-throat',
    answers: {
      'emergency-adult': { 'signs-now': ['none'], 'signs-now-more': ['none'], 'ae-signs': ['none'] },
      'sore-throat': { 'cannot-swallow-or-breathe': false, 'weak-immune-system': false, 'how-long': 'under-1-week' },
    },
    wantsPhotos: 'yes',
    photoConsent: true,
    photos: [{ id: 'p1', contentType: 'image/jpeg', data: JPEG, bytes: 12, width: 1, height: 1 }],
  }),
  forSomeoneElse: completeDraft({ forWho: 'someone-else', relationship: 'carer', consent: 'yes', proxy: { givenName: 'Cal', familyName: 'Carer' }, replyTo: 'me' }),
};

const ids = ['1d2e3f4a-5b6c-4d7e-8f9a-000000000001', '1d2e3f4a-5b6c-4d7e-8f9a-000000000002', '1d2e3f4a-5b6c-4d7e-8f9a-000000000003'];
const sent = Object.values(drafts).map((draft, i) => {
  const withId = { ...draft, id: ids[i]! };
  return buildRequestBundle(withId, requestTriage(withId, NOW), triageResponses(withId, NOW), NOW);
});

const everyResource = (bundle: Bundle): Resource[] => [bundle, ...(bundle.entry ?? []).flatMap((e) => (e.resource ? [e.resource] : []))];

describe('FHIR R4, checked by an outside validator', () => {
  it('is a validator that refuses invalid R4 (an Appointment with no participant, a Task with no intent)', () => {
    expect(r4Problems({ resourceType: 'Appointment', status: 'booked' } as Resource).join()).toMatch(/participant/);
    expect(r4Problems({ resourceType: 'Task', status: 'requested' } as unknown as Resource).join()).toMatch(/intent/);
  });

  it('every request Bundle the app sends, and each resource in it', () => {
    for (const bundle of sent) {
      for (const resource of everyResource(bundle)) expect(r4Problems(resource), resource.resourceType).toEqual([]);
    }
  });

  it('every transaction-response the backend answers, and the resources it stored', async () => {
    for (const bundle of sent) {
      const response = await app.inject({ method: 'POST', url: '/api/fhir', headers: { 'content-type': 'application/fhir+json' }, payload: bundle });
      expect(response.statusCode).toBe(200);
      for (const resource of everyResource(response.json() as Bundle)) expect(r4Problems(resource), resource.resourceType).toEqual([]);
    }
  });

  it('every OperationOutcome the backend answers with', async () => {
    const refusals = [
      await app.inject({ method: 'POST', url: '/api/fhir', headers: { 'content-type': 'application/fhir+json' }, payload: '{"resourceType":"Bundle"}' }),
      await app.inject({ method: 'POST', url: '/api/fhir', headers: { 'content-type': 'application/fhir+json' }, payload: '{oops' }),
      await app.inject({ method: 'GET', url: '/api/practices/Z99999' }),
      await app.inject({ method: 'GET', url: '/api/nothing-here' }),
    ];
    for (const response of refusals) {
      expect(response.statusCode).toBeGreaterThanOrEqual(400);
      expect(response.statusCode).toBeLessThan(500);
      expect(r4Problems(response.json() as Resource)).toEqual([]);
    }
  });

  it('every published Questionnaire, found by the canonical each QuestionnaireResponse names', async () => {
    for (const questionnaire of publishedQuestionnaires(TRIAGE_CONTENT_VERSION)) expect(r4Problems(questionnaire), questionnaire.id).toEqual([]);
    const canonicals = sent.flatMap((b) => (b.entry ?? []).map((e) => e.resource)).flatMap((r) => (r?.resourceType === 'QuestionnaireResponse' ? [(r as unknown as { questionnaire: string }).questionnaire] : []));
    expect(canonicals.length).toBeGreaterThan(3);
    for (const canonical of new Set(canonicals)) {
      const response = await app.inject({ method: 'GET', url: `/api/fhir/Questionnaire?url=${encodeURIComponent(canonical)}` });
      const found = response.json() as Bundle;
      expect(r4Problems(found)).toEqual([]);
      expect(found.total, canonical).toBe(1);
      expect(found.entry![0]!.resource).toMatchObject({ resourceType: 'Questionnaire', url: canonical.split('|')[0], version: canonical.split('|')[1], status: expect.any(String) });
    }
  });
});

describe('FHIR R4 booking, checked by an outside validator', () => {
  const get = async (url: string, token?: string) => {
    const response = await app.inject({ method: 'GET', url, headers: token ? { authorization: `Bearer ${token}` } : {} });
    expect(response.statusCode, url).toBe(200);
    return response.json() as Bundle;
  };
  const post = async (bundle: Bundle, token?: string) => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/fhir',
      headers: { 'content-type': 'application/fhir+json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      payload: bundle,
    });
    expect(response.statusCode).toBe(200);
    return response.json() as Bundle;
  };
  const valid = (resources: Resource[]) => {
    for (const resource of resources) expect(r4Problems(resource), resource.resourceType).toEqual([]);
  };

  it('a referral: its ServiceRequest, the shortlist, the slots, the booking, the change and the cancellation, sent and answered', async () => {
    const signIn = await app.inject({ method: 'POST', url: '/api/referrals/sign-in', payload: { ubrn: '100000000001', password: 'Otter-Lamp-7' } });
    const { session, serviceRequest } = signIn.json() as { session: { token: string }; serviceRequest: ServiceRequest };
    valid([serviceRequest as Resource]);
    const shortlist = await get(`/api/fhir/HealthcareService?referral=${serviceRequest.id}`, session.token);
    valid(everyResource(shortlist));
    const slots = await get('/api/fhir/Slot?status=free&schedule.actor=HealthcareService/derm-northgate', session.token);
    valid(everyResource(slots));
    const [first, second] = (slots.entry ?? []).map((e) => e.resource as unknown as Slot);

    const booking = bookingTransaction({ slot: first!, service: { id: 'derm-northgate', name: 'Dermatology' }, referral: serviceRequest, requestId: '7a6b5c4d-3e2f-4a1b-8c9d-000000000001' });
    valid(everyResource(booking));
    const booked = await post(booking, session.token);
    valid(everyResource(booked));
    const move = moveTransaction(appointmentInAnswer(booked) as Appointment, second!, { id: 'derm-northgate', name: 'Dermatology' });
    valid(everyResource(move));
    const moved = await post(move, session.token);
    valid(everyResource(moved));
    const appointment = appointmentInAnswer(moved) as Appointment;
    const cancelled = await app.inject({
      method: 'PATCH',
      url: `/api/fhir/Appointment/${appointment.id}`,
      headers: { 'content-type': 'application/json-patch+json', 'if-match': versionTag(appointment.meta!.versionId!), authorization: `Bearer ${session.token}` },
      payload: JSON.stringify(cancelPatch('feeling-better', 'Better now')),
    });
    expect(cancelled.statusCode).toBe(200);
    valid([cancelled.json() as Resource]);
  });

  it('a practice appointment for a registered patient, and the refusals', async () => {
    valid(everyResource(await get('/api/fhir/HealthcareService?organization=Y99001')));
    const slots = await get('/api/fhir/Slot?status=free&organization=Y99001&service-type=phone');
    const slot = slots.entry![0]!.resource as unknown as Slot;
    const patient = { resourceType: 'Patient' as const, id: 'patient' as const, name: [{ text: 'Alex Imaginary' }] as [{ text: string }], birthDate: '1990-04-02', address: [{ postalCode: 'EX1 3CD' }] as [{ postalCode: string }] };
    const booking = bookingTransaction({ slot, service: { id: 'Y99001-phone', name: 'Phone' }, patient, reason: 'Cough', requestId: '7a6b5c4d-3e2f-4a1b-8c9d-000000000002' });
    valid(everyResource(booking));
    valid(everyResource(await post(booking)));
    const refusals = [
      await app.inject({ method: 'POST', url: '/api/fhir', headers: { 'content-type': 'application/fhir+json' }, payload: booking }),
      await app.inject({ method: 'POST', url: '/api/referrals/sign-in', payload: { ubrn: '1', password: 'x' } }),
      await app.inject({ method: 'POST', url: '/api/referrals/sign-in', payload: { ubrn: '100000000007', password: 'Maple-Drum-4' } }),
      await app.inject({ method: 'GET', url: '/api/fhir/Appointment/nothing' }),
    ];
    expect(refusals[0]!.statusCode).toBe(200); // the resend: the first answer again
    for (const response of refusals.slice(1)) {
      expect(response.statusCode).toBeGreaterThanOrEqual(400);
      expect(response.statusCode).toBeLessThan(500);
      valid([response.json() as Resource]);
    }
  });
});
