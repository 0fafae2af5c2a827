import { afterAll, beforeAll } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app';
import { seedDemo } from '../../server/store/seed';
import { setTestClock } from '../../server/store/clock';
import { memoryPhotoStore } from '../../server/store/photos';
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
