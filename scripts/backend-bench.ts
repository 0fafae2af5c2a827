import type { Bundle } from 'fhir/r4';
import type { FastifyInstance } from 'fastify';
import { openDatabase } from '../server/db/open-database';
import type { Database } from '../server/db/database';
import { migrate } from '../server/db/migrate';
import { buildApp } from '../server/app';
import { seedDemo } from '../server/store/seed';
import { setTestClock } from '../server/store/clock';
import { memoryPhotoStore } from '../server/store/photos';
import { buildRequestBundle } from '../src/domain/request/fhir-bundle';
import { emptyDraft } from '../src/domain/request/draft';
import { appointmentInAnswer, bookingTransaction, type BookingPatient, type Slot } from '../src/domain/booking';
// @ts-expect-error: a plain .mjs helper shared with npm test
import { startPostgres } from './postgres-for-tests.mjs';

/*
 * The practice backend's throughput, for `npm run bench` (a benchmark, never a test), on
 * PGlite and on PostgreSQL, through Fastify's inject() (no sockets), 8 at once: online
 * requests stored per second and the p95 time of one; practice bookings (each a distinct
 * free slot, as patients of Y99001 and Y99004 book them) per second and the p95 of one.
 */
const NOW = new Date('2026-11-23T10:00:00Z');
const REQUESTS = 200;
const BOOKINGS = 120;
const CONCURRENCY = 8;

/** Who books at each practice: a registered patient there (server/rules/seed/registered-patients.ts). */
const BOOKERS: Record<string, BookingPatient> = {
  Y99001: { resourceType: 'Patient', id: 'patient', name: [{ text: 'Alex Imaginary' }], birthDate: '1990-04-02', identifier: [{ system: 'https://fhir.nhs.uk/Id/nhs-number', value: '9990001006' }] },
  Y99004: { resourceType: 'Patient', id: 'patient', name: [{ text: 'Dana Imaginary' }], birthDate: '1972-11-03', identifier: [{ system: 'https://fhir.nhs.uk/Id/nhs-number', value: '9990001049' }] },
};

function bundle(n: number) {
  const draft = emptyDraft(`b3e1c2d4-5f6a-4b7c-8d9e-${String(n).padStart(12, '0')}`, 'Y99001', NOW);
  Object.assign(draft, {
    kind: 'admin',
    reason: 'fit-note',
    forWho: 'me',
    under16: 'no',
    patient: { givenName: 'Ada', familyName: 'Testperson', dob: { day: '7', month: '3', year: '1980' }, sex: 'female', nhsNumber: '', postcode: 'EX1 2AB' },
    contact: { methods: ['phone'], phone: '07700 900123', email: '', times: ['morning'], leaveMessage: 'yes' },
    needs: { needs: ['none'], language: '' },
    description: 'A fit note, please.',
  });
  return buildRequestBundle(draft, null, [], NOW);
}

/** Runs `count` jobs, CONCURRENCY at once; returns per second and the p95 of one (ms). */
async function timed(count: number, job: (n: number) => Promise<void>) {
  const times: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < count) {
        const n = next++;
        const t = performance.now();
        await job(n);
        times.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  return { perSecond: Math.round((count / seconds) * 10) / 10, p95Ms: Math.round(times[Math.floor(times.length * 0.95)]!) };
}

/** Every free slot a patient could book at the two booking practices, each with its service. */
async function freeSlots(app: FastifyInstance) {
  const found: { ods: string; serviceId: string; slot: Slot }[] = [];
  for (const ods of Object.keys(BOOKERS)) {
    for (const mode of ['phone', 'video', 'face-to-face']) {
      const response = await app.inject({ method: 'GET', url: `/api/fhir/Slot?status=free&organization=${ods}&service-type=${mode}` });
      for (const entry of (response.json() as Bundle).entry ?? []) found.push({ ods, serviceId: `${ods}-${mode}`, slot: entry.resource as Slot });
    }
  }
  return found;
}

async function measure(db: Database) {
  await migrate(db);
  await setTestClock(db, NOW);
  await seedDemo(db, NOW, { reset: true });
  const app = await buildApp({ db, photos: memoryPhotoStore(), testApi: true });
  try {
    const requests = await timed(REQUESTS, async (n) => {
      const response = await app.inject({ method: 'POST', url: '/api/fhir', headers: { 'content-type': 'application/fhir+json' }, payload: bundle(n) });
      if (response.statusCode !== 200 || !(response.json() as Bundle).entry) throw new Error(`request ${n}: ${response.statusCode}`);
    });
    const slots = await freeSlots(app);
    if (slots.length < BOOKINGS) throw new Error(`only ${slots.length} free slots to book, ${BOOKINGS} wanted`);
    const bookings = await timed(BOOKINGS, async (n) => {
      const { ods, serviceId, slot } = slots[n]!;
      const wish = { slot, service: { id: serviceId, name: ods }, requestId: crypto.randomUUID(), patient: BOOKERS[ods]!, reason: 'A cough that will not go' };
      const response = await app.inject({ method: 'POST', url: '/api/fhir', headers: { 'content-type': 'application/fhir+json' }, payload: bookingTransaction(wish) });
      if (response.statusCode !== 200 || !appointmentInAnswer(response.json())) throw new Error(`booking ${n} (${slot.id}): ${response.statusCode} ${response.body}`);
    });
    return { requestsPerSecond: requests.perSecond, requestP95Ms: requests.p95Ms, bookingsPerSecond: bookings.perSecond, bookingP95Ms: bookings.p95Ms };
  } finally {
    await app.close();
  }
}

export async function backendBench() {
  const pglite = await openDatabase({});
  const onPglite = await measure(pglite);
  await pglite.close();
  let onPostgres: Awaited<ReturnType<typeof measure>> | { error: string };
  // Always a throwaway cluster: the bench empties its tables, so never DATABASE_URL.
  const postgres = await startPostgres();
  if (postgres.error) onPostgres = { error: postgres.error };
  else {
    try {
      const db = await openDatabase({ url: postgres.url });
      onPostgres = await measure(db);
      await db.close();
    } finally {
      postgres.stop?.();
    }
  }
  return { requests: REQUESTS, bookings: BOOKINGS, concurrency: CONCURRENCY, pglite: onPglite, postgres: onPostgres };
}

if (process.argv[1]?.endsWith('backend-bench.ts')) console.log(JSON.stringify(await backendBench(), null, 2));
