import pg from 'pg';
import type { Database, Sql } from './database';

// Dates and timestamps come back as text and instants as Date, the same as from PGlite.
pg.types.setTypeParser(pg.types.builtins.DATE, (text) => text);
pg.types.setTypeParser(pg.types.builtins.INT8, (text) => Number(text));

function wrap(client: pg.Pool | pg.PoolClient): Sql {
  return {
    query: async <T>(text: string, params: readonly unknown[] = []) => (await client.query(text, [...params])).rows as T[],
    exec: async (text) => {
      await client.query(text);
    },
  };
}

/** A pool of connections to a PostgreSQL server; every server process has its own. */
export async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  // A dropped idle connection must not take the process down; the pool replaces it.
  pool.on('error', (error) => console.error(`PostgreSQL connection lost: ${error.message}`));
  await pool.query('select 1');

  async function onOneConnection<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      return await work(client);
    } finally {
      client.release();
    }
  }

  return {
    kind: 'postgres',
    ...wrap(pool),
    transaction: (work) =>
      onOneConnection(async (client) => {
        await client.query('begin');
        try {
          const result = await work(wrap(client));
          await client.query('commit');
          return result;
        } catch (error) {
          await client.query('rollback');
          throw error;
        }
      }),
    withAdvisoryLock: (key, work) =>
      onOneConnection(async (client) => {
        await client.query('select pg_advisory_lock($1)', [key]);
        try {
          return await work(wrap(client));
        } finally {
          await client.query('select pg_advisory_unlock($1)', [key]);
        }
      }),
    close: () => pool.end(),
  };
}
