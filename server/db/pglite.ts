import { mkdirSync } from 'node:fs';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Database, Sql } from './database';

function wrap(target: PGlite | Transaction): Sql {
  return {
    query: async <T>(text: string, params: readonly unknown[] = []) => (await target.query<T>(text, [...params])).rows,
    exec: async (text) => {
      await target.exec(text);
    },
  };
}

/**
 * PGlite: one connection, so statements from concurrent requests take turns, and a
 * transaction has the database to itself until it ends. One process per folder.
 */
export async function openPglite(folder?: string): Promise<Database> {
  if (folder) mkdirSync(folder, { recursive: true });
  const db = new PGlite(folder);
  await db.waitReady;
  const sql = wrap(db);
  return {
    kind: 'pglite',
    ...sql,
    transaction: (work) => db.transaction((tx) => work(wrap(tx))),
    withAdvisoryLock: async (key, work) => {
      await db.query('select pg_advisory_lock($1)', [key]);
      try {
        return await work(sql);
      } finally {
        await db.query('select pg_advisory_unlock($1)', [key]);
      }
    },
    close: () => db.close(),
  };
}
