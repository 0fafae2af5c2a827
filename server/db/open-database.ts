import type { Database } from './database';

/**
 * PostgreSQL when a URL is given (DATABASE_URL), otherwise PGlite. Apart from database.ts,
 * which the two engines import for its types and helpers, so nothing loops.
 */
export interface DatabaseOptions {
  /** A PostgreSQL server, e.g. postgres://frontdoor@127.0.0.1:5432/frontdoor. */
  url?: string;
  /** PGlite's data folder; omitted: PGlite in memory (tests). */
  folder?: string;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.url) {
    const { openPostgres } = await import('./postgres');
    return openPostgres(options.url);
  }
  const { openPglite } = await import('./pglite');
  return openPglite(options.folder);
}
