import type { Bundle } from 'fhir/r4';
import { openDatabase } from '../server/db/open-database';
import type { Database } from '../server/db/database';
import { migrate } from '../server/db/migrate';
import { buildApp } from '../server/app';
import { seedDemo } from '../server/store/seed';
import { setTestClock } from '../server/store/clock';
import { memoryPhotoStore } from '../server/store/photos';
import { buildRequestBundle } from '../src/domain/request/fhir-bundle';
import { emptyDraft } from '../src/domain/request/draft';
// @ts-expect-error: a plain .mjs helper shared with npm test
import { startPostgres } from './postgres-for-tests.mjs';

/*
 * The practice backend's throughput, for `npm run bench` (a benchmark, never a test):
 * online requests stored per second with 8 sending at once, and the p95 time of one,
 * on PGlite and on PostgreSQL, through Fastify's inject() (no sockets). Bookings are
 * measured once the server takes them (issue 14, booking).
 */
const NOW = new Date('2026-11-23T10:00:00Z');
const REQUESTS = 200;
const CONCURRENCY = 8;

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

async function measure(db: Database) {
  await migrate(db);
  await setTestClock(db, NOW);
  await seedDemo(db, NOW, { reset: true });
  const app = await buildApp({ db, photos: memoryPhotoStore(), testApi: true });
  const times: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < REQUESTS) {
        const n = next++;
        const t = performance.now();
        const response = await app.inject({ method: 'POST', url: '/api/fhir', headers: { 'content-type': 'application/fhir+json' }, payload: bundle(n) });
        if (response.statusCode !== 200 || !(response.json() as Bundle).entry) throw new Error(`request ${n}: ${response.statusCode}`);
        times.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await app.close();
  times.sort((a, b) => a - b);
  return { requestsPerSecond: Math.round((REQUESTS / seconds) * 10) / 10, requestP95Ms: Math.round(times[Math.floor(times.length * 0.95)]!) };
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
    const db = await openDatabase({ url: postgres.url });
    onPostgres = await measure(db);
    await db.close();
    postgres.stop?.();
  }
  return { requests: REQUESTS, concurrency: CONCURRENCY, pglite: onPglite, postgres: onPostgres, booking: 'not measured yet: the server takes no bookings until the booking endpoints land' };
}

if (process.argv[1]?.endsWith('backend-bench.ts')) console.log(JSON.stringify(await backendBench(), null, 2));
