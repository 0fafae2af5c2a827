import type { Sql } from '../db/database';

/** "Now" for the rules: the real time, or, for the browser tests, a moment they chose. */
export interface Clock {
  now(): Promise<Date>;
}

export const realClock: Clock = { now: async () => new Date() };

/**
 * The test clock lives in the database, so every server process agrees on it. Like the
 * mock's, it stands still at the chosen moment until it is set again (or cleared).
 */
export function testClock(sql: Sql): Clock {
  return {
    async now() {
      const [row] = await sql.query<{ now: Date | null }>('select now from test_clock where only_row');
      return row?.now ? new Date(row.now) : new Date();
    },
  };
}

export async function setTestClock(sql: Sql, instant: Date | null): Promise<void> {
  await sql.query('insert into test_clock (only_row, now) values (true, $1) on conflict (only_row) do update set now = excluded.now', [instant]);
  // A test that sets the clock starts a new stretch of time: the TOTP steps staff used at
  // another moment (often a later one, as each test goes back to its morning) are
  // forgotten, or every code at the new moment would count as used. Real time never
  // goes back, and only the test API sets this clock.
  await sql.query('update staff set totp_last_step = null where totp_last_step is not null');
}
