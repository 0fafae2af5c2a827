import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app';
import { memoryPhotoStore } from '../../server/store/photos';
import { freshDatabase, type TestDatabase } from './database';

/**
 * The browser tests' reset (POST /__test/clock): after anything is written, by any route
 * or any server, the next reset gives the seeded world back. A reset with nothing
 * written since the last one to the same moment leaves the data as it is (it is already
 * the seed), which keeps each browser test's reset cheap.
 */
let database: TestDatabase;
let app: FastifyInstance;
const MONDAY = '2026-11-23T10:00:00Z';

beforeAll(async () => {
  database = await freshDatabase();
  app = await buildApp({ db: database.db, photos: memoryPhotoStore(), testApi: true });
});
afterAll(async () => {
  await app.close();
  await database.drop();
});

const reset = async (now: string | null = MONDAY, keep = false) => {
  const response = await app.inject({ method: 'POST', url: '/__test/clock', payload: { now, ...(keep ? { keep } : {}) } });
  expect(response.statusCode).toBe(200);
  return (response.json() as { now: string }).now;
};
const practiceName = async (ods: string) =>
  (await database.db.query<{ name: string }>("select settings->>'name' as name from practice where ods = $1", [ods]))[0]?.name;
const staffCount = async () => (await database.db.query<{ n: number }>('select count(*)::integer as n from staff'))[0]!.n;

describe('the browser tests’ reset', () => {
  it('gives the seeded practices back after a write, however many resets came before', async () => {
    await reset();
    const seeded = { name: await practiceName('Y99001'), staff: await staffCount() };
    expect(seeded.name).toBeTruthy();
    expect(seeded.staff).toBeGreaterThan(0);
    await reset();
    await reset();
    expect({ name: await practiceName('Y99001'), staff: await staffCount() }).toEqual(seeded);

    await database.db.query("update practice set settings = jsonb_set(settings, '{name}', '\"Renamed by a test\"') where ods = 'Y99001'");
    await database.db.query('delete from staff');
    expect(await practiceName('Y99001')).toBe('Renamed by a test');
    await reset();
    expect({ name: await practiceName('Y99001'), staff: await staffCount() }).toEqual(seeded);
  });

  it('moves the clock on each reset, and seeds again for another moment or after keep', async () => {
    expect(await reset(MONDAY)).toBe('2026-11-23T10:00:00.000Z');
    expect(await reset('2026-11-24T09:00:00Z')).toBe('2026-11-24T09:00:00.000Z');
    await database.db.query("update practice set settings = jsonb_set(settings, '{name}', '\"Renamed again\"') where ods = 'Y99001'");
    expect(await reset('2026-11-24T11:00:00Z', true)).toBe('2026-11-24T11:00:00.000Z');
    expect(await practiceName('Y99001')).toBe('Renamed again');
    expect(await reset('2026-11-24T09:00:00Z')).toBe('2026-11-24T09:00:00.000Z');
    expect(await practiceName('Y99001')).not.toBe('Renamed again');
  });
});
