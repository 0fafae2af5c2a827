import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bundle, OperationOutcome, Task } from 'fhir/r4';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app';
import { seedDemo } from '../../server/store/seed';
import { setTestClock } from '../../server/store/clock';
import { memoryPhotoStore } from '../../server/store/photos';
import { buildRequestBundle } from '../../src/domain/request/fhir-bundle';
import { REQUEST_REFERENCE_SYSTEM } from '../../src/domain/request/fhir-systems';
import { referenceOf } from '../../src/platform/device/outbox-answers';
import { completeDraft, NOW } from '../unit/request/fixtures';
import { freshDatabase, type TestDatabase } from './database';

let database: TestDatabase;
let app: FastifyInstance;
const photos = memoryPhotoStore();

beforeAll(async () => {
  database = await freshDatabase();
  await setTestClock(database.db, NOW);
  await seedDemo(database.db, NOW, { reset: true });
  app = await buildApp({ db: database.db, photos, testApi: true });
});
afterAll(async () => {
  await app.close();
  await database.drop();
});

const idFor = (n: number) => `5e1d2c3b-4a59-4687-9a0b-${String(n).padStart(12, '0')}`;
const bundleFor = (n: number, overrides = {}) => buildRequestBundle({ ...completeDraft(overrides), id: idFor(n) }, null, [], NOW);
const post = async (body: unknown, contentType = 'application/fhir+json') => {
  const response = await app.inject({ method: 'POST', url: '/api/fhir', headers: { 'content-type': contentType }, payload: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: response.statusCode, body: response.json() as Bundle, headers: response.headers };
};
const codes = (answer: unknown) => (answer as OperationOutcome).issue.flatMap((i) => i.details?.coding?.map((c) => c.code) ?? []);
const setClock = (iso: string) => setTestClock(database.db, new Date(iso));

describe('an online request, stored in PostgreSQL', () => {
  it('is stored once per client id, and a resend gets the first answer', async () => {
    const first = await post(bundleFor(1));
    expect(first.status).toBe(200);
    expect(first.headers['cache-control']).toBe('no-store');
    const task = first.body.entry!.map((e) => e.resource).find((r) => r?.resourceType === 'Task') as Task;
    expect(task.meta).toMatchObject({ versionId: '1', lastUpdated: NOW.toISOString() });
    expect(referenceOf(first.body, idFor(1))).toBe(task.identifier!.find((i) => i.system === REQUEST_REFERENCE_SYSTEM)!.value);
    expect(first.body.entry!.every((e) => /^[A-Za-z]+\/[0-9a-f-]{36}\/_history\/1$/.test(e.response!.location!))).toBe(true);
    const again = await post(bundleFor(1));
    expect(again.body).toEqual(first.body);
    const stored = await database.db.query<{ n: number }>('select count(*)::integer as n from request where client_id = $1', [idFor(1)]);
    expect(stored[0]!.n).toBe(1);
  });

  it('links the stored resources to each other, not to the urn:uuid placeholders', async () => {
    const { body } = await post(bundleFor(2));
    const text = JSON.stringify(body);
    expect(text).not.toContain('urn:uuid:');
    const task = body.entry!.map((e) => e.resource).find((r) => r?.resourceType === 'Task') as Task;
    expect(task.for!.reference).toMatch(/^Patient\/[0-9a-f-]{36}$/);
  });

  it('records who stored which request in the audit table', async () => {
    const rows = await database.db.query<{ actor: string; action: string; resource_type: string; practice: string }>(
      "select actor, action, resource_type, practice from audit_event where detail like 'online request %'",
    );
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(rows[0]).toMatchObject({ actor: 'patient', action: 'create', resource_type: 'Task', practice: 'Y99001' });
  });

  it('answers bad input with a 4xx OperationOutcome naming the field, never a 500', async () => {
    const bad = bundleFor(3) as unknown as { entry: { resource: { birthDate?: string } }[] };
    bad.entry[0]!.resource.birthDate = '2030-01-01';
    const result = await post(bad);
    expect(result.status).toBe(422);
    expect(codes(result.body)).toEqual(['dob']);
    for (const body of ['{not json', '"a string"', '[]', '{}']) {
      const answer = await post(body);
      expect(answer.status, body).toBe(400);
      expect((answer.body as unknown as OperationOutcome).resourceType).toBe('OperationOutcome');
    }
  });

  it('keeps admin requests open all through core hours, and caps them in the evening', async () => {
    await setClock('2026-11-23T10:00:00Z');
    for (let n = 10; n < 13; n++) expect((await post(bundleFor(n, { ods: 'Y99004' }))).status).toBe(200);
    await setClock('2026-11-24T19:00:00Z'); // Tuesday evening
    expect((await post(bundleFor(20, { ods: 'Y99004' }))).status).toBe(200);
    expect((await post(bundleFor(21, { ods: 'Y99004' }))).status).toBe(200);
    const full = await post(bundleFor(22, { ods: 'Y99004' }));
    expect(full.status).toBe(422);
    expect(codes(full.body)).toEqual(['capacity-reached']);
    await setClock(NOW.toISOString());
  });

  it('refuses a practice that does not take requests online, and an unknown one', async () => {
    expect(codes((await post(bundleFor(30, { ods: 'Y99003' }))).body)).toEqual(['closed']);
    expect((await post(bundleFor(31, { ods: 'Z99999' }))).status).toBe(404);
  });

  it('keeps photos in the photo store, and only where they are in the record', async () => {
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]).toString('base64');
    const bundle = bundleFor(40, {
      kind: 'medical',
      reason: 'new-problem',
      wantsPhotos: 'yes',
      photoConsent: true,
      photos: [{ id: 'p', contentType: 'image/jpeg', data: jpeg, bytes: 12, width: 1, height: 1 }],
    });
    const { status, body } = await post(bundle);
    expect(status).toBe(200);
    const document = body.entry!.map((e) => e.resource).find((r) => r?.resourceType === 'DocumentReference') as unknown as { content: { attachment: { url: string; data?: string } }[] };
    expect(document.content[0]!.attachment.data).toBeUndefined();
    const stored = await photos.get(document.content[0]!.attachment.url.replace('Binary/', ''));
    expect(Buffer.from(stored!).toString('base64')).toBe(jpeg);
  });
});

describe('GET /api/practices/:ods/capacity (full for today, shown before any question)', () => {
  const capacity = async (ods: string) => {
    const response = await app.inject({ method: 'GET', url: `/api/practices/${ods}/capacity` });
    return { status: response.statusCode, body: response.json() as Record<string, unknown>, headers: response.headers };
  };

  it('says a kind is full only outside core hours, once the day’s cap is reached, as the POST does', async () => {
    await setClock('2026-11-25T10:00:00Z'); // Wednesday, core hours
    expect((await post(bundleFor(50, { ods: 'Y99004' }))).status).toBe(200);
    expect((await post(bundleFor(51, { ods: 'Y99004' }))).status).toBe(200);
    const morning = await capacity('Y99004');
    expect(morning.status).toBe(200);
    expect(morning.headers['cache-control']).toBe('no-store');
    // Two already, but core hours are never full.
    expect(morning.body).toEqual({ medical: { full: false }, admin: { full: false } });

    await setClock('2026-11-25T19:00:00Z'); // the same evening: the day's two count
    expect((await capacity('Y99004')).body).toEqual({ medical: { full: false }, admin: { full: true } });
    expect(codes((await post(bundleFor(52, { ods: 'Y99004' }))).body)).toEqual(['capacity-reached']);
    expect((await capacity('y99004')).body).toEqual({ medical: { full: false }, admin: { full: true } });

    await setClock('2026-11-26T19:00:00Z'); // Thursday evening: a new day
    expect((await capacity('Y99004')).body).toEqual({ medical: { full: false }, admin: { full: false } });
    await setClock(NOW.toISOString());
  });

  it('answers an unknown practice with 404 and a bad code with 400, as OperationOutcomes', async () => {
    const unknown = await capacity('Z99999');
    expect(unknown.status).toBe(404);
    expect(unknown.body.resourceType).toBe('OperationOutcome');
    const bad = await capacity('not-a-code');
    expect(bad.status).toBe(400);
    expect(bad.body.resourceType).toBe('OperationOutcome');
  });
});
