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
