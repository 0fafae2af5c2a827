import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Database } from './database';

const FOLDER = fileURLToPath(new URL('./migrations/', import.meta.url));
/** Any fixed number: every server that starts takes this lock before migrating. */
const MIGRATION_LOCK = 7_301_104;

/** The migration files, in order: `0001-initial.sql`, `0002-….sql`, … Never edit one that has shipped. */
export function migrationFiles(): { version: string; sql: string }[] {
  return readdirSync(FOLDER)
    .filter((name) => /^\d{4}-[a-z0-9-]+\.sql$/.test(name))
    .sort()
    .map((name) => ({ version: name.replace(/\.sql$/, ''), sql: readFileSync(`${FOLDER}${name}`, 'utf8') }));
}

/**
 * Brings the schema up to date. Several servers starting at once queue on an advisory
 * lock, so each migration runs once; each runs in its own transaction with its record.
 */
export async function migrate(db: Database): Promise<string[]> {
  return db.withAdvisoryLock(MIGRATION_LOCK, async (sql) => {
    await sql.exec('create table if not exists schema_migration (version text primary key, applied_at timestamptz not null default now())');
    const done = new Set((await sql.query<{ version: string }>('select version from schema_migration')).map((r) => r.version));
    const applied: string[] = [];
    for (const migration of migrationFiles()) {
      if (done.has(migration.version)) continue;
      // On the locked connection itself, so a pool of one connection cannot deadlock.
      await sql.exec('begin');
      try {
        await sql.exec(migration.sql);
        await sql.query('insert into schema_migration (version) values ($1)', [migration.version]);
        await sql.exec('commit');
      } catch (error) {
        await sql.exec('rollback');
        throw new Error(`Migration ${migration.version} failed: ${(error as Error).message}`);
      }
      applied.push(migration.version);
    }
    return applied;
  });
}
