import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../server/store/seed';
import { setTestClock } from '../../server/store/clock';
import { buildRequestBundle } from '../../src/domain/request/fhir-bundle';
import { referenceOf } from '../../src/platform/device/outbox-answers';
import { completeDraft, NOW } from '../unit/request/fixtures';
import { appointmentInAnswer, bookingTransaction, readBookingProblem, type Appointment, type BookingPatient, type Slot } from '../../src/domain/booking';
import { freshDatabase, type TestDatabase } from './database';
import { DEMO_STAFF } from '../../server/rules/seed/staff';
import { totpCode } from '../../server/auth/credentials';

/*
 * PostgreSQL only: two server processes on one database, as behind a load balancer,
 * each hit by clients sending the same requests, or booking the same slots, at the same
 * moment. Bounded: 20 requests, each sent 4 times across both servers; 6 slots, each
 * raced for by 4 patients across both servers, one of them sending twice.
 */
const REQUESTS = 20;
const COPIES = 4;
const SLOTS = 6;
const RACERS = 4;

let database: TestDatabase;
let folder: string;
const servers: { process: ChildProcess; base: string }[] = [];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function startServer(url: string): Promise<{ process: ChildProcess; base: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/start.ts'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: url, FRONT_DOOR_SEED: 'none', FRONT_DOOR_TEST_API: '1', FRONT_DOOR_DIST: folder, FRONT_DOOR_DATA: folder },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Front Door:')) resolve();
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${output}`)));
  });
  return { process: child, base: `http://127.0.0.1:${port}` };
}

beforeAll(async () => {
  database = await freshDatabase();
  await setTestClock(database.db, NOW);
  await seedDemo(database.db, NOW, { reset: true });
  folder = mkdtempSync(join(tmpdir(), 'front-door-two-servers-'));
  writeFileSync(join(folder, 'index.html'), '<!doctype html><title>Front Door</title>');
  servers.push(...(await Promise.all([startServer(database.url!), startServer(database.url!)])));
});

afterAll(async () => {
  await Promise.all(
    servers.map(
      (server) =>
        new Promise<void>((resolve) => {
          server.process.once('exit', () => resolve());
          server.process.kill('SIGTERM');
        }),
    ),
  );
  rmSync(folder, { recursive: true, force: true });
  await database.drop();
});

const idFor = (n: number) => `9c8b7a6d-5e4f-4a3b-9c2d-${String(n).padStart(12, '0')}`;

describe('two servers on one PostgreSQL', () => {
  it('store each request once, whichever server each copy reaches, with references that never repeat', async () => {
    const sends = [];
    for (let n = 0; n < REQUESTS; n++) {
      const bundle = JSON.stringify(buildRequestBundle({ ...completeDraft(), id: idFor(n) }, null, [], NOW));
      for (let copy = 0; copy < COPIES; copy++) {
        const server = servers[(n + copy) % servers.length]!;
        sends.push(
          fetch(`${server.base}/api/fhir`, { method: 'POST', headers: { 'Content-Type': 'application/fhir+json' }, body: bundle }).then(async (response) => ({
            n,
            status: response.status,
            reference: referenceOf(await response.json(), idFor(n)),
          })),
        );
      }
    }
    const answers = await Promise.all(sends);
    expect(answers.filter((a) => a.status !== 200)).toEqual([]);
    for (let n = 0; n < REQUESTS; n++) {
      const references = new Set(answers.filter((a) => a.n === n).map((a) => a.reference));
      expect(references.size, `request ${n} got one reference on every copy`).toBe(1);
    }
    const stored = await database.db.query<{ client_id: string; reference: string }>('select client_id, reference from request');
    expect(stored).toHaveLength(REQUESTS); // 0 duplicate requests
    expect(new Set(stored.map((r) => r.reference)).size).toBe(REQUESTS);
    const tasks = await database.db.query<{ n: number }>("select count(*)::integer as n from resource where type = 'Task'");
    expect(tasks[0]!.n).toBe(REQUESTS);
  });
});

/** Patients on Riverside's list (server/rules/seed/registered-patients.ts): any of them may book there. */
const RIVERSIDE: BookingPatient[] = [
  { resourceType: 'Patient', id: 'patient', name: [{ text: 'Alex Imaginary' }], birthDate: '1990-04-02', identifier: [{ system: 'https://fhir.nhs.uk/Id/nhs-number', value: '9990001006' }] },
  { resourceType: 'Patient', id: 'patient', name: [{ text: 'Chris Notreal' }], birthDate: '1985-06-14', identifier: [{ system: 'https://fhir.nhs.uk/Id/nhs-number', value: '9990001014' }] },
  { resourceType: 'Patient', id: 'patient', name: [{ text: 'Alys Dychmygol' }], birthDate: '1990-04-02', identifier: [{ system: 'https://fhir.nhs.uk/Id/nhs-number', value: '9990001022' }] },
  { resourceType: 'Patient', id: 'patient', name: [{ text: 'Kim Keyboard' }], birthDate: '1999-09-09', identifier: [{ system: 'https://fhir.nhs.uk/Id/nhs-number', value: '9990001030' }] },
];
const bookingIdFor = (slot: number, racer: number) => `4d3c2b1a-0f9e-4d8c-8b7a-${String(slot * 10 + racer).padStart(12, '0')}`;

describe('two servers on one PostgreSQL, booking', () => {
  it('give each contested slot one booking, and every other patient a 409 "just been taken"', async () => {
    const listed = await fetch(`${servers[0]!.base}/api/fhir/Slot?status=free&organization=Y99001&service-type=phone`);
    const slots = ((await listed.json()) as { entry: { resource: Slot }[] }).entry.map((e) => e.resource).slice(0, SLOTS);
    expect(slots).toHaveLength(SLOTS);
    const sends = [];
    for (const [s, slot] of slots.entries()) {
      for (let racer = 0; racer < RACERS; racer++) {
        const body = JSON.stringify(
          bookingTransaction({ slot, service: { id: 'Y99001-phone', name: 'Phone' }, requestId: bookingIdFor(s, racer), patient: RIVERSIDE[racer]!, reason: 'Cough' }),
        );
        // The first racer sends twice, once to each server (a resend after a lost answer).
        const copies = racer === 0 ? servers : [servers[(s + racer) % servers.length]!];
        for (const server of copies) {
          sends.push(
            fetch(`${server.base}/api/fhir`, { method: 'POST', headers: { 'Content-Type': 'application/fhir+json' }, body }).then(async (response) => {
              const answer = (await response.json()) as { issue?: unknown[] };
              return { slot: slot.id, racer, status: response.status, answer };
            }),
          );
        }
      }
    }
    const answers = await Promise.all(sends);
    expect(answers.filter((a) => a.status !== 200 && a.status !== 409)).toEqual([]);
    for (const refused of answers.filter((a) => a.status === 409)) expect(readBookingProblem(refused.answer.issue ?? []).issue).toBe('slot-taken');
    for (const slot of slots) {
      const won = answers.filter((a) => a.slot === slot.id && a.status === 200);
      // One winner per slot: the same patient (a resend answered alike), never two.
      expect(new Set(won.map((a) => a.racer)).size, `slot ${slot.id} has one winner`).toBe(1);
      expect(new Set(won.map((a) => (appointmentInAnswer(a.answer) as Appointment).id)).size).toBe(1);
    }
    const stored = await database.db.query<{ slot: string; n: number }>(
      `select content #>> '{slot,0,reference}' as slot, count(*)::integer as n from resource
       where type = 'Appointment' and content ->> 'status' = 'booked' and content #>> '{slot,0,reference}' = any($1::text[])
       group by 1`,
      [slots.map((slot) => `Slot/${slot.id}`)],
    );
    expect(stored).toHaveLength(SLOTS);
    expect(stored.every((row) => row.n === 1)).toBe(true); // 0 double bookings
    const busy = await database.db.query<{ n: number }>(
      "select count(*)::integer as n from resource where type = 'Slot' and content ->> 'status' = 'busy' and id = any($1::text[])",
      [slots.map((slot) => slot.id)],
    );
    expect(busy[0]!.n).toBe(SLOTS);
  });
});

describe('two servers on one PostgreSQL, the practice area', () => {
  const post = (server: number, path: string, body: unknown, cookie?: string) =>
    fetch(`${servers[server]!.base}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...(cookie ? { Cookie: cookie } : {}) }, body: JSON.stringify(body) });

  it('keep a session made on one server valid on the other, refuse on one a code used on the other, and count a lock-out across both', async () => {
    const staff = DEMO_STAFF.riversideStaff;
    const first = (await (await post(0, '/api/practice/session', { email: staff.email, password: staff.password })).json()) as { pending: string };
    const signedIn = await post(1, '/api/practice/session/code', { pending: first.pending, code: totpCode(staff.totpSecret, NOW) });
    expect(signedIn.status).toBe(200);
    const cookie = signedIn.headers.get('set-cookie')!.split(';')[0]!;
    expect((await fetch(`${servers[0]!.base}/api/practice/session`, { headers: { Cookie: cookie } })).status).toBe(200);
    // The code it took is used up on both servers: the other refuses it too.
    const again = (await (await post(1, '/api/practice/session', { email: staff.email, password: staff.password })).json()) as { pending: string };
    expect((await post(0, '/api/practice/session/code', { pending: again.pending, code: totpCode(staff.totpSecret, NOW) })).status).toBe(401);

    const { email } = DEMO_STAFF.hillviewStaff;
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await post(i % 2, '/api/practice/session', { email, password: 'wrong' })).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 423]);
    expect((await post(0, '/api/practice/session', { email, password: DEMO_STAFF.hillviewStaff.password })).status).toBe(423);
  });

  it('give a request the same status key from either server', async () => {
    const bundle = JSON.stringify(buildRequestBundle({ ...completeDraft(), id: idFor(900) }, null, [], NOW));
    const keys = [];
    for (const server of servers) {
      const answer = (await (await fetch(`${server.base}/api/fhir`, { method: 'POST', headers: { 'Content-Type': 'application/fhir+json' }, body: bundle })).json()) as { link?: { url: string }[] };
      keys.push(answer.link?.[0]?.url);
    }
    expect(keys[0]).toMatch(/^urn:front-door:status-key:[0-9a-f]{32}$/);
    expect(keys[1]).toBe(keys[0]);
  });
});
