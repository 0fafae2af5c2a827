/**
 * The one way the server talks to PostgreSQL, whichever runs it: PGlite (PostgreSQL in
 * WebAssembly, in a folder; the default, so `npm start` needs nothing installed) or a
 * PostgreSQL server (`DATABASE_URL`). The same SQL runs on both.
 */
export interface Sql {
  /** One statement with $1… parameters. Pass JSON as a string and cast it (`$1::jsonb`). */
  query<T = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<T[]>;
  /** Several statements, no parameters (migrations). */
  exec(text: string): Promise<void>;
}

export interface Database extends Sql {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `work` in one transaction (READ COMMITTED), rolled back if it throws. */
  transaction<T>(work: (sql: Sql) => Promise<T>): Promise<T>;
  /** Runs `work` on one connection holding a session advisory lock: one server at a time. */
  withAdvisoryLock<T>(key: number, work: (sql: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** PostgreSQL's code for a unique index that refused a row. */
export const UNIQUE_VIOLATION = '23505';
