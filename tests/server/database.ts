import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase } from '../../server/db/open-database';
import type { Database } from '../../server/db/database';
import { migrate } from '../../server/db/migrate';

/**
 * The database the server tests run on: PGlite in memory, or (FRONT_DOOR_TEST_DB=postgres)
 * a fresh database on the PostgreSQL server at DATABASE_URL, dropped afterwards.
 * scripts/test-all.mjs runs the server tests once each way.
 */
export const onPostgres = process.env.FRONT_DOOR_TEST_DB === 'postgres';

export interface TestDatabase {
  db: Database;
  /** For a second server process on the same PostgreSQL database. */
  url?: string;
  drop(): Promise<void>;
}

export async function freshDatabase(): Promise<TestDatabase> {
  if (!onPostgres) {
    const db = await openDatabase({});
    await migrate(db);
    return { db, drop: () => db.close() };
  }
  const admin = process.env.DATABASE_URL;
  if (!admin) throw new Error('FRONT_DOOR_TEST_DB=postgres needs DATABASE_URL (scripts/test-all.mjs sets it).');
  const name = `front_door_test_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const db = await openDatabase({ url: url.toString() });
  await migrate(db);
  return {
    db,
    url: url.toString(),
    async drop() {
      await db.close();
      const again = new pg.Client({ connectionString: admin });
      await again.connect();
      await again.query(`drop database if exists ${name} with (force)`);
      await again.end();
    },
  };
}
