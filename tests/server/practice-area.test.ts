import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Bundle, OperationOutcome } from 'fhir/r4';
import Fastify, { type FastifyInstance } from 'fastify';
import { practiceAreaRoutes } from '../../server/routes/practice-area';
import { buildApp } from '../../server/app';
import { deleteEndedSignIns } from '../../server/jobs/retention';
import { seedDemo } from '../../server/store/seed';
import { realClock, setTestClock } from '../../server/store/clock';
import { memoryPhotoStore } from '../../server/store/photos';
import { totpCode } from '../../server/auth/credentials';
import { DEMO_STAFF, type DemoStaff } from '../../server/rules/seed/staff';
import { requestFormQuestionnaire } from '../../server/rules/questionnaires';
import type { Notifier } from '../../server/notify/notifier';
import { buildRequestBundle } from '../../src/domain/request/fhir-bundle';
import { referenceOf } from '../../src/platform/device/outbox-answers';
import { completeDraft, NOW } from '../unit/request/fixtures';
import { freshDatabase, type TestDatabase } from './database';
import { r4Problems } from './fhir-validator';

let database: TestDatabase;
let app: FastifyInstance;
const notified: { to: { phone?: string; email?: string }; practiceName: string; appUrl: string }[] = [];
let notifierFails = false;
const notifier: Notifier = {
  async replyWaiting(to, practiceName, appUrl) {
    notified.push({ to, practiceName, appUrl });
    if (notifierFails) throw new Error('the SMS provider is down');
  },
};

/** The last TOTP step each staff member signed in with since the clock was set (which forgets them). */
const stepsUsed = new Map<string, number>();
const setClock = (instant: Date) => {
  stepsUsed.clear();
  return setTestClock(database.db, instant);
};

/**
 * A code a staff member has not used yet at `at`: a code works once, so a second sign-in
 * at the same moment takes the next step's code (the window allows one step either side,
 * as an authenticator app a little ahead would show it).
 */
function freshCode(staff: DemoStaff, at: Date): string {
  const now = Math.floor(at.getTime() / 30_000);
  const step = Math.max(now - 1, (stepsUsed.get(staff.email) ?? -Infinity) + 1);
  if (step > now + 1) throw new Error(`${staff.email} has used every code the window allows at ${at.toISOString()}: move the clock on`);
  stepsUsed.set(staff.email, step);
  return totpCode(staff.totpSecret, new Date(step * 30_000));
}

beforeAll(async () => {
  database = await freshDatabase();
  await setClock(NOW);
  await seedDemo(database.db, NOW, { reset: true });
  app = await buildApp({ db: database.db, photos: memoryPhotoStore(), testApi: true, notifier, appUrl: 'http://127.0.0.1:4173/settings' });
});
// Each test starts at NOW, whatever the one before did to the clock.
beforeEach(() => setClock(NOW));
afterAll(async () => {
  await app.close();
  await database.drop();
});

let address = 0;
/** Each sign-in from its own address, so the per-address limit is tested on its own. */
const nextAddress = () => `10.0.${Math.floor(++address / 250)}.${address % 250}`;

type Json = Record<string, unknown>;
async function call(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, options: { cookie?: string; body?: unknown; headers?: Record<string, string>; from?: string } = {}) {
  const response = await app.inject({
    method,
    url,
    remoteAddress: options.from ?? '127.0.0.1',
    headers: { ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}), ...(options.cookie ? { cookie: options.cookie } : {}), ...options.headers },
    ...(options.body !== undefined ? { payload: typeof options.body === 'string' ? options.body : JSON.stringify(options.body) } : {}),
  });
  const text = response.body;
  return { status: response.statusCode, headers: response.headers, body: (text && response.headers['content-type']?.toString().includes('json') ? JSON.parse(text) : text) as Json };
}

async function signIn(staff: DemoStaff, at = NOW): Promise<string> {
  const from = nextAddress();
  const first = await call('POST', '/api/practice/session', { body: { email: staff.email, password: staff.password }, from });
  expect(first.status).toBe(200);
  const second = await call('POST', '/api/practice/session/code', { body: { pending: first.body.pending, code: freshCode(staff, at) }, from });
  expect(second.status, JSON.stringify(second.body)).toBe(200);
  const cookie = String(second.headers['set-cookie']);
  return cookie.split(';')[0]!;
}

const idFor = (n: number) => `7a1d2c3b-4a59-4687-9a0b-${String(n).padStart(12, '0')}`;
async function sendRequest(n: number, overrides: Parameters<typeof completeDraft>[0] = {}, triage: Parameters<typeof buildRequestBundle>[1] = null, ods = 'Y99001', language?: string) {
  const bundle = buildRequestBundle({ ...completeDraft(overrides), id: idFor(n), ods }, triage, [], NOW, language);
  const response = await app.inject({ method: 'POST', url: '/api/fhir', headers: { 'content-type': 'application/fhir+json' }, payload: JSON.stringify(bundle) });
  expect(response.statusCode).toBe(200);
  const answer = response.json() as Bundle;
  const key = answer.link?.find((l) => l.relation === 'status-key')?.url.replace('urn:front-door:status-key:', '') ?? '';
  return { reference: referenceOf(answer, idFor(n))!, key, answer };
}

const issues = (body: unknown) => (body as OperationOutcome).issue;

describe('staff sign-in', () => {
  it('signs in with password and TOTP code, shows who is signed in, and signs out', async () => {
    const cookie = await signIn(DEMO_STAFF.riversideStaff);
    const from = nextAddress();
    const first = await call('POST', '/api/practice/session', { body: { email: DEMO_STAFF.riversideAdmin.email, password: DEMO_STAFF.riversideAdmin.password }, from });
    const second = await call('POST', '/api/practice/session/code', { body: { pending: first.body.pending, code: totpCode(DEMO_STAFF.riversideAdmin.totpSecret, NOW) }, from });
    const setCookie = String(second.headers['set-cookie']);
    expect(setCookie).toMatch(/^fd_staff=[A-Za-z0-9_-]{20,}; Path=\/api\/practice; HttpOnly; Secure; SameSite=Strict$/);
    expect(second.headers['cache-control']).toBe('no-store');

    const me = await call('GET', '/api/practice/session', { cookie });
    expect(me.body.staff).toEqual({ id: expect.any(String), name: 'Sam Taylor', email: 'sam.taylor@riverside.example', role: 'staff', ods: 'Y99001', practiceName: 'Riverside Medical Practice' });
    const out = await call('DELETE', '/api/practice/session', { cookie });
    expect(out.status).toBe(204);
    expect(String(out.headers['set-cookie'])).toContain('Max-Age=0');
    expect((await call('GET', '/api/practice/session', { cookie })).status).toBe(401);
  });

  it('refuses a wrong code with 401 and no cookie, and the same message for an unknown email and a wrong password', async () => {
    const from = nextAddress();
    const first = await call('POST', '/api/practice/session', { body: { email: DEMO_STAFF.hillviewAdmin.email, password: DEMO_STAFF.hillviewAdmin.password }, from });
    const wrong = (await totpCode(DEMO_STAFF.hillviewAdmin.totpSecret, NOW)) === '000000' ? '111111' : '000000';
    const code = await call('POST', '/api/practice/session/code', { body: { pending: first.body.pending, code: wrong }, from });
    expect(code.status).toBe(401);
    expect(code.headers['set-cookie']).toBeUndefined();
    const unknown = await call('POST', '/api/practice/session', { body: { email: 'nobody@riverside.example', password: 'x' }, from });
    const badPassword = await call('POST', '/api/practice/session', { body: { email: DEMO_STAFF.hillviewAdmin.email, password: 'wrong' }, from });
    expect(unknown.status).toBe(401);
    expect(issues(unknown.body)[0]!.details!.text).toBe(issues(badPassword.body)[0]!.details!.text);
    // A code from 2 minutes ago is outside the one-step window.
    const again = await call('POST', '/api/practice/session', { body: { email: DEMO_STAFF.hillviewAdmin.email, password: DEMO_STAFF.hillviewAdmin.password }, from });
    const old = await call('POST', '/api/practice/session/code', { body: { pending: again.body.pending, code: totpCode(DEMO_STAFF.hillviewAdmin.totpSecret, new Date(NOW.getTime() - 120_000)) }, from });
    expect(old.status).toBe(401);
    const fine = await call('POST', '/api/practice/session/code', { body: { pending: again.body.pending, code: totpCode(DEMO_STAFF.hillviewAdmin.totpSecret, NOW) }, from });
    expect(fine.status).toBe(200);
  });

  it('takes a right code once: the same code again is refused within its 90 seconds, and the next code works', async () => {
    const staff = DEMO_STAFF.hillviewStaff;
    const from = nextAddress();
    const start = async () => (await call('POST', '/api/practice/session', { body: { email: staff.email, password: staff.password }, from })).body.pending;
    const codeAt = (ms: number) => totpCode(staff.totpSecret, new Date(NOW.getTime() + ms));
    const code = codeAt(0);
    expect((await call('POST', '/api/practice/session/code', { body: { pending: await start(), code }, from })).status).toBe(200);
    const replay = await call('POST', '/api/practice/session/code', { body: { pending: await start(), code }, from });
    expect(replay.status).toBe(401);
    expect(replay.headers['set-cookie']).toBeUndefined();
    expect(issues(replay.body)[0]!.details!.text).toBe('That code is not right or has been used. Enter the next code your app shows.');
    // The code before it is refused too, though still in the window; the code after it works.
    expect((await call('POST', '/api/practice/session/code', { body: { pending: await start(), code: codeAt(-30_000) }, from })).status).toBe(401);
    expect((await call('POST', '/api/practice/session/code', { body: { pending: await start(), code: codeAt(30_000) }, from })).status).toBe(200);
  });

  it('locks the account at the 6th wrong password, and then refuses the right one with 423 for 30 minutes', async () => {
    const from = nextAddress();
    const { email, password } = DEMO_STAFF.riversideAdmin;
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await call('POST', '/api/practice/session', { body: { email, password: 'not-it' }, from: nextAddress() })).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 423]);
    expect((await call('POST', '/api/practice/session', { body: { email, password }, from })).status).toBe(423);
    const later = new Date(NOW.getTime() + 31 * 60_000);
    await setClock(later);
    expect(await signIn(DEMO_STAFF.riversideAdmin, later)).toMatch(/^fd_staff=/);
    await setClock(NOW);
  });

  it('limits sign-in tries per client address with 429', async () => {
    const from = '10.9.9.9';
    const statuses = new Set<number>();
    for (let i = 0; i < 20; i++) statuses.add((await call('POST', '/api/practice/session', { body: { email: `nobody${i}@x.example`, password: 'x' }, from })).status);
    expect([...statuses]).toEqual([401]);
    const limited = await call('POST', '/api/practice/session', { body: { email: DEMO_STAFF.riversideStaff.email, password: DEMO_STAFF.riversideStaff.password }, from });
    expect(limited.status).toBe(429);
    expect(issues(limited.body)[0]!.code).toBe('throttled');
    expect((await call('POST', '/api/practice/session', { body: { email: DEMO_STAFF.riversideStaff.email, password: DEMO_STAFF.riversideStaff.password }, from: '10.9.9.8' })).status).toBe(200);
  });

  it('ends a session after 30 minutes idle, and 12 hours after sign-in however busy', async () => {
    const idle = await signIn(DEMO_STAFF.riversideStaff);
    await setClock(new Date(NOW.getTime() + 29 * 60_000));
    expect((await call('GET', '/api/practice/session', { cookie: idle })).status).toBe(200);
    await setClock(new Date(NOW.getTime() + 60 * 60_000));
    expect((await call('GET', '/api/practice/session', { cookie: idle })).status).toBe(401);

    await setClock(NOW);
    const busy = await signIn(DEMO_STAFF.riversideStaff);
    for (let minutes = 25; minutes < 12 * 60; minutes += 25) {
      await setClock(new Date(NOW.getTime() + minutes * 60_000));
      expect((await call('GET', '/api/practice/session', { cookie: busy })).status, `${minutes} minutes`).toBe(200);
    }
    await setClock(new Date(NOW.getTime() + 12 * 3_600_000 + 60_000));
    expect((await call('GET', '/api/practice/session', { cookie: busy })).status).toBe(401);
    // The retention job forgets ended sessions: they say who was signed in when.
    expect(await deleteEndedSignIns(database.db, new Date(NOW.getTime() + 13 * 3_600_000))).toBeGreaterThanOrEqual(2);
    expect(await database.db.query('select 1 from staff_session')).toEqual([]);
    await setClock(NOW);
  });

  it('answers bad sign-in bodies with a 4xx OperationOutcome', async () => {
    for (const [url, body] of [
      ['/api/practice/session', '{not json'],
      ['/api/practice/session', {}],
      ['/api/practice/session', []],
      ['/api/practice/session/code', { pending: 'x' }],
      ['/api/practice/session/code', '"text"'],
    ] as const) {
      const answer = await call('POST', url, { body, from: nextAddress() });
      expect(answer.status, JSON.stringify(body)).toBeGreaterThanOrEqual(400);
      expect(answer.status).toBeLessThan(500);
      expect(answer.body.resourceType).toBe('OperationOutcome');
    }
  });
});

describe('the inbox', () => {
  it('gives no inbox data without a session cookie', async () => {
    await sendRequest(1);
    const answer = await call('GET', '/api/practice/requests');
    expect(answer.status).toBe(401);
    expect(JSON.stringify(answer.body)).not.toContain('Testperson');
    expect(answer.headers['cache-control']).toBe('no-store');
  });

  it('sorts by priority then age, with reply-by times and overdue marks, and counts the load', async () => {
    await setClock(new Date('2026-11-20T09:00:00Z')); // the Friday before
    const old = await sendRequest(10, {}, null);
    await setClock(NOW);
    const urgent = await sendRequest(11, { kind: 'medical', reason: 'new-problem', topic: 'abdominal-pain' }, {
      disposition: 'practice-today',
      outcomeId: 'practice-today',
      firedRules: ['ap-see-gp'],
      contentVersion: '2026.12.1-draft',
      results: [],
    });
    const evening = new Date('2026-11-23T19:00:00Z');
    await setClock(evening);
    const cookie = await signIn(DEMO_STAFF.riversideStaff, evening);
    const inbox = await call('GET', '/api/practice/requests', { cookie });
    expect(inbox.status).toBe(200);
    const items = inbox.body.requests as Json[];
    const ours = items.filter((i) => [old.reference, urgent.reference].includes(i.reference as string));
    expect(ours.map((i) => i.reference)).toEqual([urgent.reference, old.reference]);
    expect(items[0]).toMatchObject({ reference: urgent.reference, priority: 'urgent', disposition: 'practice-today', summary: 'Tummy pain', patientName: 'Ada Testperson', status: 'new' });
    // Urgent: the same working day (18:30 London). Riverside replies within 1 working day: Friday's is due Monday 18:30.
    expect(items[0]!.replyBy).toBe('2026-11-23T18:30:00.000Z');
    expect(ours[1]!.replyBy).toBe('2026-11-23T18:30:00.000Z');
    expect(ours.every((i) => i.overdue === true)).toBe(true);
    expect(inbox.body.load).toMatchObject({ receivedToday: expect.any(Number), open: expect.any(Number), overdue: expect.any(Number) });
    expect((inbox.body.load as Json).overdue).toBeGreaterThanOrEqual(2);
    const admin = await call('GET', '/api/practice/requests?kind=medical&status=new', { cookie: await signIn(DEMO_STAFF.riversideAdmin, evening) });
    expect((admin.body.requests as Json[]).every((i) => i.kind === 'medical' && i.status === 'new')).toBe(true);
    expect((await call('GET', '/api/practice/requests?kind=urgent', { cookie })).status).toBe(400);
    await setClock(NOW);
  });

  it('shows a request sent in Welsh with its answers in English and the patient’s own words as typed', async () => {
    const welsh = 'Mae angen nodyn ffitrwydd arnaf ar gyfer fy nghefn.';
    const { reference } = await sendRequest(20, { description: welsh, needs: { needs: ['interpreter'], language: 'Cymraeg' } }, null, 'Y99001', 'cy');
    const cookie = await signIn(DEMO_STAFF.riversideStaff);
    const detail = await call('GET', `/api/practice/requests/${reference}`, { cookie });
    expect(detail.status).toBe(200);
    const form = requestFormQuestionnaire();
    const kindQuestion = form.item!.find((i) => i.linkId === 'kind')!.text;
    const kind = (detail.body.answers as { question: string; answer: string }[]).find((a) => a.question === kindQuestion)!;
    expect(kind.answer).toBe(form.item!.find((i) => i.linkId === 'kind')!.answerOption!.find((o) => o.valueCoding!.code === 'admin')!.valueCoding!.display);
    expect(detail.body.ownWords).toBe(welsh);
    expect(detail.body.language).toBe('Welsh (cy)');
    expect((detail.body.communicationNeeds as string[])[0]).toMatch(/: Cymraeg$/);
    expect(detail.body.patient).toMatchObject({ name: 'Ada Testperson', dateOfBirth: '1980-03-07', nhsNumber: '9999999999' });
    expect(detail.body.contact).toMatchObject({ phone: expect.any(String), email: 'ada@example.com' });
    const audited = await database.db.query<{ n: number }>("select count(*)::integer as n from audit_event where action = 'read' and actor like 'staff:%' and detail = $1", [`request ${reference}`]);
    expect(audited[0]!.n).toBeGreaterThan(0);
  });

  it('shows the triage disposition with each fired rule’s NHS source and content version', async () => {
    const { reference } = await sendRequest(21, { kind: 'medical', reason: 'new-problem', topic: 'abdominal-pain' }, {
      disposition: 'practice-today',
      outcomeId: 'practice-today',
      firedRules: ['ap-see-gp'],
      contentVersion: '2026.12.1-draft',
      results: [],
    });
    const detail = await call('GET', `/api/practice/requests/${reference}`, { cookie: await signIn(DEMO_STAFF.riversideStaff) });
    expect(detail.body.triage).toEqual({
      disposition: 'practice-today',
      outcomeId: 'practice-today',
      contentVersion: '2026.12.1-draft',
      rules: [{ id: 'ap-see-gp', title: expect.stringContaining('ap see gp'), source: 'https://www.nhs.uk/conditions/stomach-ache/' }],
    });
  });

  it('exports a completed request to the record, as a FHIR document and a PDF, and only once it is completed', async () => {
    const { reference } = await sendRequest(71);
    const cookie = await signIn(DEMO_STAFF.riversideStaff);
    for (const format of ['json', 'pdf']) expect((await call('GET', `/api/practice/requests/${reference}/export.${format}`, { cookie })).status).toBe(409);
    await call('POST', `/api/practice/requests/${reference}/replies`, { cookie, body: { text: 'Your fit note is ready to collect.', inviteAppointment: false } });
    await call('POST', `/api/practice/requests/${reference}/complete`, { cookie, body: { outcome: 'advice-given' } });

    const json = await call('GET', `/api/practice/requests/${reference}/export.json`, { cookie });
    expect(json.status).toBe(200);
    expect(json.headers['cache-control']).toBe('no-store');
    const bundle = json.body as unknown as Bundle;
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'document' });
    expect(r4Problems(bundle)).toEqual([]);
    expect(bundle.entry![0]!.resource!.resourceType).toBe('Composition');
    expect(bundle.entry!.map((e) => e.resource!.resourceType)).toEqual(expect.arrayContaining(['Patient', 'Task', 'QuestionnaireResponse', 'Communication']));
    expect(JSON.stringify(bundle)).toContain(reference);

    const pdf = await app.inject({ method: 'GET', url: `/api/practice/requests/${reference}/export.pdf`, headers: { cookie } });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe(`attachment; filename="${reference}.pdf"`);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('assigns, starts, replies (the patient sees the reply), and completes (closed); then refuses more with 409', async () => {
    const { reference, key } = await sendRequest(30);
    const cookie = await signIn(DEMO_STAFF.riversideStaff);
    const status = async () => (await call('POST', '/api/requests/status', { body: { reference, key } })).body;
    expect(await status()).toEqual({ status: 'received', practice: { ods: 'Y99001', name: 'Riverside Medical Practice' }, replies: [] });

    const me = (await call('GET', '/api/practice/session', { cookie })).body.staff as Json;
    const assigned = await call('POST', `/api/practice/requests/${reference}/assign`, { cookie, body: { staffId: me.id } });
    expect(assigned.body.assignedTo).toEqual({ id: me.id, name: 'Sam Taylor' });
    expect((await status()).status).toBe('being-looked-at');
    const mine = await call('GET', '/api/practice/requests?mine=1', { cookie });
    expect((mine.body.requests as Json[]).map((r) => r.reference)).toEqual([reference]);
    expect((await call('POST', `/api/practice/requests/${reference}/start`, { cookie, body: {} })).body.status).toBe('in-progress');

    const replied = await call('POST', `/api/practice/requests/${reference}/replies`, { cookie, body: { text: 'Your fit note is ready to collect.', inviteAppointment: false } });
    expect(replied.status).toBe(201);
    expect(replied.body.replies).toEqual([{ id: expect.any(String), text: 'Your fit note is ready to collect.', inviteAppointment: false, sentAt: NOW.toISOString(), by: 'Sam Taylor' }]);
    expect(await status()).toMatchObject({ status: 'replied', replies: [{ text: 'Your fit note is ready to collect.', sentAt: NOW.toISOString(), inviteAppointment: false }] });
    expect(notified.at(-1)).toEqual({ to: { phone: expect.any(String), email: 'ada@example.com' }, practiceName: 'Riverside Medical Practice', appUrl: 'http://127.0.0.1:4173/settings' });
    const stored = await database.db.query<{ n: number }>("select count(*)::integer as n from resource where type = 'Communication' and practice = 'Y99001' and request_id = $1", [idFor(30)]);
    expect(stored[0]!.n).toBe(1);

    const completed = await call('POST', `/api/practice/requests/${reference}/complete`, { cookie, body: { outcome: 'advice-given', note: 'Collected.' } });
    expect(completed.body).toMatchObject({ status: 'completed', outcome: { code: 'advice-given', note: 'Collected.', by: 'Sam Taylor', at: NOW.toISOString() } });
    expect((completed.body.history as Json[]).map((h) => h.what)).toEqual(['assigned to Sam Taylor', 'marked in progress', 'replied to the patient', 'completed: advice-given']);
    expect((await status()).status).toBe('closed');
    const closed = await database.db.query<{ closed_at: Date | null }>('select closed_at from request where client_id = $1', [idFor(30)]);
    expect(closed[0]!.closed_at).not.toBeNull();
    expect((await call('POST', `/api/practice/requests/${reference}/start`, { cookie, body: {} })).status).toBe(409);
    expect((await call('POST', `/api/practice/requests/${reference}/replies`, { cookie, body: { text: 'More', inviteAppointment: false } })).status).toBe(409);
  });

  it('shows a photo to the request’s practice only, never to be cached', async () => {
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]);
    const { reference } = await sendRequest(33, {
      kind: 'medical',
      reason: 'new-problem',
      wantsPhotos: 'yes',
      photoConsent: true,
      photos: [{ id: 'p', contentType: 'image/jpeg', data: jpeg.toString('base64'), bytes: 12, width: 1, height: 1 }],
    });
    const cookie = await signIn(DEMO_STAFF.riversideStaff);
    const detail = await call('GET', `/api/practice/requests/${reference}`, { cookie });
    const [photo] = detail.body.photos as { id: string; url: string }[];
    expect(photo!.url).toBe(`/api/practice/requests/${reference}/photos/${photo!.id}`);
    const image = await app.inject({ method: 'GET', url: photo!.url, headers: { cookie } });
    expect(image.statusCode).toBe(200);
    expect(image.headers['cache-control']).toBe('no-store');
    expect(image.headers['content-type']).toBe('image/jpeg');
    expect(Buffer.compare(image.rawPayload, jpeg)).toBe(0);
    const other = await app.inject({ method: 'GET', url: photo!.url, headers: { cookie: await signIn(DEMO_STAFF.hillviewStaff) } });
    expect(other.statusCode).toBe(404);
  });

  it('stores a reply even when the notification fails', async () => {
    const { reference } = await sendRequest(31);
    notifierFails = true;
    const replied = await call('POST', `/api/practice/requests/${reference}/replies`, { cookie: await signIn(DEMO_STAFF.riversideStaff), body: { text: 'Please call us.', inviteAppointment: true } });
    notifierFails = false;
    expect(replied.status).toBe(201);
    expect((replied.body.replies as Json[])[0]).toMatchObject({ text: 'Please call us.', inviteAppointment: true });
  });

  it('answers bad action bodies with a 4xx OperationOutcome naming the field', async () => {
    const { reference } = await sendRequest(32);
    const cookie = await signIn(DEMO_STAFF.riversideStaff);
    for (const [path, body, field] of [
      ['assign', {}, 'staffId'],
      ['assign', { staffId: '00000000-0000-4000-8000-000000000000' }, 'staffId'],
      ['complete', { outcome: 'cured' }, 'outcome'],
      ['complete', '{bad', undefined],
      ['replies', { text: '', inviteAppointment: false }, 'text'],
      ['replies', { text: 'x'.repeat(2001), inviteAppointment: false }, 'text'],
      ['replies', { text: 'Hello' }, 'inviteAppointment'],
    ] as const) {
      const answer = await call('POST', `/api/practice/requests/${reference}/${path}`, { cookie, body });
      expect(answer.status, `${path} ${JSON.stringify(body)}`).toBe(400);
      expect(answer.body.resourceType).toBe('OperationOutcome');
      if (field) expect(issues(answer.body)[0]!.expression).toEqual([field]);
    }
  });
});

describe('the patient’s status', () => {
  it('gives the same status key on a resend, and the same 404 for a wrong key and an unknown reference', async () => {
    const first = await sendRequest(40);
    const again = await sendRequest(40);
    expect(first.key).toMatch(/^[0-9a-f]{32}$/);
    expect(again.key).toBe(first.key);
    const wrongKey = await call('POST', '/api/requests/status', { body: { reference: first.reference, key: 'f'.repeat(32) } });
    const unknown = await call('POST', '/api/requests/status', { body: { reference: 'FD-ZZZ-ZZZ', key: first.key } });
    expect(wrongKey.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect(wrongKey.body).toEqual(unknown.body);
    expect(wrongKey.headers['cache-control']).toBe('no-store');
    expect(wrongKey.headers['set-cookie']).toBeUndefined();
    expect((await call('POST', '/api/requests/status', { body: { reference: first.reference } })).status).toBe(400);
    expect((await call('POST', '/api/requests/status', { body: '{nope' })).status).toBe(400);
  });
});

describe('practice settings', () => {
  it('saves a closure with who changed what, shows it on the practice home at once, and refuses a stale If-Match', async () => {
    const cookie = await signIn(DEMO_STAFF.riversideAdmin);
    const read = await call('GET', '/api/practice/settings', { cookie });
    const settings = read.body.settings as Json;
    const closure = { from: '2026-11-23T13:00:00.000Z', to: '2026-11-23T17:00:00.000Z', reason: 'Staff training this afternoon.' };
    const saved = await call('PUT', '/api/practice/settings', { cookie, headers: { 'if-match': `"${read.body.version}"` }, body: { settings: { ...settings, closures: [closure] } } });
    expect(saved.status).toBe(200);
    expect(saved.body.version).toBe((read.body.version as number) + 1);
    expect((saved.body.history as Json[])[0]).toMatchObject({ version: saved.body.version, by: 'Priya Shah', changed: ['closures'] });
    const home = await call('GET', '/api/practices/Y99001');
    expect(home.body.closures).toEqual([closure]);
    const stale = await call('PUT', '/api/practice/settings', { cookie, headers: { 'if-match': `"${read.body.version}"` }, body: { settings } });
    expect(stale.status).toBe(412);
    expect((await call('PUT', '/api/practice/settings', { cookie, body: { settings } })).status).toBe(428);
  });

  it('refuses bad settings with 400 and the path of each problem, never a 500', async () => {
    const cookie = await signIn(DEMO_STAFF.riversideAdmin);
    const read = await call('GET', '/api/practice/settings', { cookie });
    const settings = read.body.settings as Json;
    const put = (body: unknown) => call('PUT', '/api/practice/settings', { cookie, headers: { 'if-match': `"${read.body.version}"` }, body });
    const bad = await put({ settings: { ...settings, replyWithinWorkingDays: 99, phone: 'call us' } });
    expect(bad.status).toBe(400);
    expect(issues(bad.body).flatMap((i) => i.expression)).toEqual(expect.arrayContaining(['settings.replyWithinWorkingDays', 'settings.phone']));
    const noReason = await put({ settings: { ...settings, closures: [{ from: '2026-11-23T13:00:00.000Z', to: '2026-11-23T17:00:00.000Z', reason: '' }] } });
    expect(issues(noReason.body).flatMap((i) => i.expression)).toEqual(['settings.closures[0].reason']);
    for (const body of ['{nope', '[]', { other: 1 }, { settings: null }]) expect((await put(body)).status, JSON.stringify(body)).toBe(400);
  });

  it('keeps routine and admin requests open in core hours: switching them off is refused, a closure is the way', async () => {
    const cookie = await signIn(DEMO_STAFF.riversideAdmin);
    const read = await call('GET', '/api/practice/settings', { cookie });
    const settings = read.body.settings as { onlineRequests: Json; journeys: Json };
    const off = await call('PUT', '/api/practice/settings', {
      cookie,
      headers: { 'if-match': `"${read.body.version}"` },
      body: { settings: { ...settings, onlineRequests: { ...settings.onlineRequests, admin: { enabled: false } }, journeys: { ...settings.journeys, requests: false } } },
    });
    expect(off.status).toBe(400);
    expect(issues(off.body).flatMap((i) => i.expression).sort()).toEqual(['settings.journeys.requests', 'settings.onlineRequests.admin.enabled']);
    expect(issues(off.body)[0]!.details!.text).toContain('closure');
  });

  it('lets staff read the settings but not change them, nor see staff accounts', async () => {
    const cookie = await signIn(DEMO_STAFF.riversideStaff);
    const read = await call('GET', '/api/practice/settings', { cookie });
    expect(read.status).toBe(200);
    expect((await call('PUT', '/api/practice/settings', { cookie, headers: { 'if-match': `"${read.body.version}"` }, body: { settings: read.body.settings } })).status).toBe(403);
    expect((await call('GET', '/api/practice/staff', { cookie })).status).toBe(403);
    expect((await call('POST', '/api/practice/staff', { cookie, body: { name: 'A', email: 'a@riverside.example', role: 'staff' } })).status).toBe(403);
  });
});

describe('staff accounts', () => {
  it('adds a staff member who can then sign in, and keeps an admin from disabling themselves', async () => {
    const cookie = await signIn(DEMO_STAFF.riversideAdmin);
    const added = await call('POST', '/api/practice/staff', { cookie, body: { name: 'Lee Morgan', email: 'Lee.Morgan@riverside.example', role: 'staff' } });
    expect(added.status).toBe(201);
    expect(added.body.totpUri).toMatch(/^otpauth:\/\/totp\//);
    const secret = new URL(added.body.totpUri as string).searchParams.get('secret')!;
    const fresh = await signIn({ ods: 'Y99001', name: 'Lee Morgan', email: 'lee.morgan@riverside.example', role: 'staff', password: added.body.password as string, totpSecret: secret });
    expect((await call('GET', '/api/practice/session', { cookie: fresh })).status).toBe(200);
    expect((await call('POST', '/api/practice/staff', { cookie, body: { name: 'Lee again', email: 'lee.morgan@riverside.example', role: 'staff' } })).status).toBe(409);
    for (const body of [{ name: '', email: 'x@y.example', role: 'staff' }, { name: 'X', email: 'not-an-email', role: 'staff' }, { name: 'X', email: 'x@y.example', role: 'boss' }, '{bad']) {
      expect((await call('POST', '/api/practice/staff', { cookie, body })).status, JSON.stringify(body)).toBe(400);
    }
    const disabled = await call('PATCH', `/api/practice/staff/${(added.body.staff as Json).id}`, { cookie, body: { disabled: true } });
    expect(disabled.body.staff).toMatchObject({ disabled: true });
    expect((await call('GET', '/api/practice/session', { cookie: fresh })).status).toBe(401);
    const me = (await call('GET', '/api/practice/session', { cookie })).body.staff as Json;
    expect((await call('PATCH', `/api/practice/staff/${me.id}`, { cookie, body: { disabled: true } })).status).toBe(409);
    expect((await call('PATCH', `/api/practice/staff/${me.id}`, { cookie, body: { role: 'staff' } })).status).toBe(409);
  });
});

describe('the practice area pages', () => {
  it('may never be framed, while the practice pages keep their embed allow-list', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'front-door-practice-pages-'));
    writeFileSync(join(folder, 'index.html'), '<!doctype html><title>Front Door</title>');
    const site = await buildApp({ db: database.db, photos: memoryPhotoStore(), dist: folder });
    try {
      for (const url of ['/practice', '/practice/inbox', '/practice/requests/FD-ABC-DEF']) {
        const page = await site.inject({ method: 'GET', url });
        expect(page.statusCode, url).toBe(200);
        expect(page.headers['content-security-policy'], url).toContain("frame-ancestors 'none'");
      }
      expect((await site.inject({ method: 'GET', url: '/Y99001' })).headers['content-security-policy']).toContain("frame-ancestors 'self' http://127.0.0.1:4180");
    } finally {
      await site.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('another practice’s staff', () => {
  it('get 403 or 404 for every Y99001 resource and action, through every /api/practice route', async () => {
    const { reference } = await sendRequest(50);
    const riverside = await signIn(DEMO_STAFF.riversideAdmin);
    const detail = await call('GET', `/api/practice/requests/${reference}`, { cookie: riverside });
    const photoId = '00000000-0000-4000-8000-000000000000';
    const riversideStaff = (await call('GET', '/api/practice/staff', { cookie: riverside })).body.staff as Json[];
    const staffId = riversideStaff.find((s) => s.disabled === false)!.id as string;
    expect(detail.status).toBe(200);

    const hillview = await signIn(DEMO_STAFF.hillviewStaff);
    const hillviewAdmin = await signIn(DEMO_STAFF.hillviewAdmin);
    // Every registered route; a new one fails here until it is in this table.
    const routes: Record<string, { url: string; body?: unknown; own?: true; refused?: number[] }> = {
      'POST /api/practice/session': { url: '/api/practice/session', body: { email: 'x', password: 'y' }, own: true },
      'POST /api/practice/session/code': { url: '/api/practice/session/code', body: { pending: 'x', code: '1' }, own: true },
      'GET /api/practice/session': { url: '/api/practice/session', own: true },
      'DELETE /api/practice/session': { url: '/api/practice/session', own: true },
      'GET /api/practice/requests': { url: '/api/practice/requests', own: true },
      'GET /api/practice/requests/:reference': { url: `/api/practice/requests/${reference}` },
      'GET /api/practice/requests/:reference/photos/:id': { url: `/api/practice/requests/${reference}/photos/${photoId}` },
      'GET /api/practice/requests/:reference/export.json': { url: `/api/practice/requests/${reference}/export.json` },
      'GET /api/practice/requests/:reference/export.pdf': { url: `/api/practice/requests/${reference}/export.pdf` },
      'POST /api/practice/requests/:reference/assign': { url: `/api/practice/requests/${reference}/assign`, body: { staffId: null } },
      'POST /api/practice/requests/:reference/start': { url: `/api/practice/requests/${reference}/start`, body: {} },
      'POST /api/practice/requests/:reference/complete': { url: `/api/practice/requests/${reference}/complete`, body: { outcome: 'other' } },
      'POST /api/practice/requests/:reference/replies': { url: `/api/practice/requests/${reference}/replies`, body: { text: 'Hi', inviteAppointment: false } },
      'GET /api/practice/settings': { url: '/api/practice/settings', own: true },
      // Edits the caller's own practice only: Riverside's document is refused (its ODS code is not theirs).
      'PUT /api/practice/settings': { url: '/api/practice/settings', body: { settings: (await call('GET', '/api/practice/settings', { cookie: riverside })).body.settings }, refused: [400, 403] },
      'GET /api/practice/staff': { url: '/api/practice/staff', own: true },
      'POST /api/practice/staff': { url: '/api/practice/staff', body: { name: 'Intruder', email: 'intruder@hillview.example', role: 'admin' }, own: true },
      'PATCH /api/practice/staff/:id': { url: `/api/practice/staff/${staffId}`, body: { disabled: true } },
    };
    expect(new Set(await practiceRoutes())).toEqual(new Set(Object.keys(routes)));

    for (const [route, { url, body, own, refused = [403, 404] }] of Object.entries(routes)) {
      const method = route.split(' ')[0] as 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
      if (own) continue; // acts only on the caller's own practice (checked below)
      for (const cookie of [hillview, hillviewAdmin]) {
        const answer = await call(method, url, { cookie, body, headers: method === 'PUT' ? { 'if-match': '"1"' } : {} });
        expect(refused, `${route}`).toContain(answer.status);
        expect(JSON.stringify(answer.body)).not.toContain('Testperson');
      }
    }
    // The routes that act on one's own practice show only Hillview's.
    const inbox = await call('GET', '/api/practice/requests', { cookie: hillview });
    expect((inbox.body.requests as Json[]).map((r) => r.reference)).not.toContain(reference);
    expect(((await call('GET', '/api/practice/settings', { cookie: hillview })).body.settings as Json).ods).toBe('Y99002');
    expect(((await call('GET', '/api/practice/staff', { cookie: hillviewAdmin })).body.staff as Json[]).every((s) => s.ods === 'Y99002')).toBe(true);
    // Nothing of Riverside's changed.
    const after = await call('GET', `/api/practice/requests/${reference}`, { cookie: riverside });
    expect(after.body).toMatchObject({ status: 'new', replies: [] });
    expect(((await call('GET', '/api/practice/staff', { cookie: riverside })).body.staff as Json[]).find((s) => s.id === staffId)).toMatchObject({ disabled: false });
    expect(((await call('GET', '/api/practice/settings', { cookie: hillview })).body.settings as Json).name).toBe('Hillview Surgery');
  });
});

/** "METHOD /path" of every route the practice area registers, as Fastify records them. */
async function practiceRoutes(): Promise<string[]> {
  const probe = Fastify();
  const found: string[] = [];
  probe.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) if (method !== 'HEAD') found.push(`${method} ${route.url}`);
  });
  await probe.register(practiceAreaRoutes({ db: database.db, photos: memoryPhotoStore(), clock: realClock, testApi: false, notifier }), { prefix: '/api/practice' });
  await probe.ready();
  await probe.close();
  return found;
}
