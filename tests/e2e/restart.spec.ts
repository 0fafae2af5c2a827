import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { atTime, expect, MONDAY_MORNING, test as base, WITHOUT_SERVICE_WORKER } from './fixtures';
import { adminForMeToCheck, received } from './request-helpers';
import { bookOverApi, freeSlot } from './booking-api';
import type { Appointment, BookingPatient } from '../../src/domain/booking';

/*
 * The practice backend restarted mid-run, on its own PGlite folder: what patients sent
 * before is still there afterwards, and references never repeat. This spec runs its
 * own server (the shared one cannot be restarted under the other tests).
 */

interface Restartable {
  base: string;
  restart(): Promise<void>;
}

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

function start(port: number, folder: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/start.ts'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', FRONT_DOOR_TEST_API: '1', FRONT_DOOR_DATA: folder, FRONT_DOOR_SEED: 'demo', DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Front Door:')) resolve(child);
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${output}`)));
  });
}

const stop = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

const test = base.extend<{ server: Restartable }, { restartable: Restartable & { stop(): Promise<void> } }>({
  restartable: [
    async ({}, use) => {
      const folder = mkdtempSync(join(tmpdir(), 'front-door-restart-e2e-'));
      const port = await freePort();
      let child = await start(port, folder);
      await use({
        base: `http://127.0.0.1:${port}`,
        async restart() {
          await stop(child);
          child = await start(port, folder);
        },
        stop: () => stop(child),
      });
      await stop(child);
      rmSync(folder, { recursive: true, force: true });
    },
    { scope: 'worker', timeout: 120_000 },
  ],
  server: async ({ restartable }, use) => use(restartable),
  baseURL: async ({ restartable }, use) => use(restartable.base),
});

async function sendAdminRequest(page: Parameters<Parameters<typeof test>[2]>[0]['page'], description: string): Promise<string> {
  await adminForMeToCheck(page, { description });
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(page.getByTestId('request-state')).toHaveAttribute('data-state', 'sent');
  return (await page.getByTestId('reference').textContent())!;
}

test.use(WITHOUT_SERVICE_WORKER);

test('a restart keeps every request, and references never repeat', async ({ page, request, server }) => {
  test.setTimeout(180_000);
  await atTime(page, MONDAY_MORNING);
  const first = await sendAdminRequest(page, 'A letter for my employer, please.');
  const second = await sendAdminRequest(page, 'A fit note from 1 to 14 December, please.');

  await server.restart();

  const { requests } = await received(request);
  expect(requests.map((r) => r.reference).sort()).toEqual([first, second].sort());
  expect(JSON.stringify(requests)).toContain('A letter for my employer, please.');
  // The phone still shows its reference after the restart.
  await page.reload();
  await expect(page.getByTestId('reference')).toHaveText(second);

  const third = await sendAdminRequest(page, 'A letter about my test results, please.');
  expect([first, second]).not.toContain(third);
  const after = await received(request);
  expect(after.requests).toHaveLength(3);
  expect(new Set(after.requests.map((r) => r.reference)).size).toBe(3);
});

test('a restart keeps every booking and every signed-in session', async ({ page, request, server }) => {
  test.setTimeout(180_000);
  await atTime(page, MONDAY_MORNING);
  const signIn = await request.post('/api/referrals/sign-in', { data: { ubrn: '100000000001', password: 'Otter-Lamp-7' } });
  const { session, serviceRequest } = (await signIn.json()) as { session: { token: string }; serviceRequest: { id: string } };
  const slot = await freeSlot(request, 'organization=Y99001&service-type=phone');
  const patient: BookingPatient = { resourceType: 'Patient', id: 'patient', name: [{ text: 'Alex Imaginary' }], birthDate: '1990-04-02', address: [{ postalCode: 'EX1 3CD' }] };
  const booked = await bookOverApi(request, { slot, serviceId: 'Y99001-phone', patient, reason: 'Cough' });
  expect(booked.status()).toBe(200);
  const appointment = ((await booked.json()) as { entry: { resource: Appointment }[] }).entry[0]!.resource;
  const reference = appointment.identifier.find((i) => i.system.endsWith('/Id/booking-reference'))!.value;

  await server.restart();

  // The booking is still there, found as the patient finds it, and its time is still taken.
  const found = await request.post('/api/practices/Y99001/appointments/find', { data: { reference, birthDate: '1990-04-02' } });
  expect(found.status()).toBe(200);
  expect(((await found.json()) as { appointment: Appointment }).appointment).toMatchObject({ id: appointment.id, status: 'booked', start: slot.start });
  const free = await request.get('/api/fhir/Slot?status=free&organization=Y99001&service-type=phone');
  expect(JSON.stringify(await free.json())).not.toContain(`"id":"${slot.id}"`);
  // The referral signed in before the restart is still signed in.
  const shortlist = await request.get(`/api/fhir/HealthcareService?referral=${serviceRequest.id}`, { headers: { Authorization: `Bearer ${session.token}` } });
  expect(shortlist.status()).toBe(200);
});
