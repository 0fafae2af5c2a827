import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app';
import { seedDemo } from '../../server/store/seed';
import { setTestClock } from '../../server/store/clock';
import { memoryPhotoStore } from '../../server/store/photos';
import { deleteEndedSignIns } from '../../server/jobs/retention';
import { bookingContract, NOW, type BookingBackend, type CallInit } from '../integration/booking-contract';
import { freshDatabase, type TestDatabase } from './database';

/** The booking contract against the server: the same cases as over the MSW mock, on PGlite or PostgreSQL. */
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

async function call(path: string, init: CallInit = {}) {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...init.headers };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  const response = await app.inject({
    method: (init.method ?? (init.body === undefined ? 'GET' : 'POST')) as 'GET',
    url: `/api/${path}`,
    headers: init.body === undefined ? { ...headers, 'content-type': undefined as unknown as string } : headers,
    ...(init.body === undefined ? {} : { payload: typeof init.body === 'string' ? init.body : JSON.stringify(init.body) }),
  });
  const header = (name: string) => {
    const value = response.headers[name.toLowerCase()];
    return value === undefined ? undefined : String(value);
  };
  return { status: response.statusCode, body: response.json() as Record<string, unknown>, header };
}

const server: BookingBackend = {
  call,
  async reset(now) {
    await setTestClock(database.db, now);
    await seedDemo(database.db, now, { reset: true });
  },
  setClock: (now) => setTestClock(database.db, now),
};

bookingContract(() => server);

describe('sign-ins kept in the database', () => {
  const count = async (table: string) => (await database.db.query<{ n: number }>(`select count(*)::integer as n from ${table}`))[0]!.n;

  it('keeps a session and a lock-out in the database, and the retention job forgets them once they have ended', async () => {
    await server.reset(NOW);
    const signedIn = await call('referrals/sign-in', { body: { ubrn: '100000000001', password: 'Otter-Lamp-7' } });
    expect(signedIn.status).toBe(200);
    for (let attempt = 0; attempt < 5; attempt++) await call('referrals/sign-in', { body: { ubrn: '100000000002', password: 'guess' } });
    expect(await count('booking_session')).toBe(1);
    const locks = await database.db.query<{ key: string }>('select key from sign_in_lock where locked_until is not null order by key');
    expect(locks.length).toBe(2); // the seeded locked referral, and the one just locked

    expect(await deleteEndedSignIns(database.db, new Date(NOW.getTime() + 10 * 60_000))).toBe(0);
    expect(await count('booking_session')).toBe(1);
    expect(await deleteEndedSignIns(database.db, new Date(NOW.getTime() + 31 * 60_000))).toBe(1);
    expect(await count('booking_session')).toBe(0);
    expect(await database.db.query('select key from sign_in_lock where locked_until is not null')).toEqual([]);
  });
});
