import { randomBytes } from 'node:crypto';
import type { Sql } from '../db/database';

/**
 * A secret every server shares, made once by whichever server needs it first (the
 * insert that loses the race keeps the winner's), so a resend to any server gets the
 * same status key.
 */
export async function serverSecret(sql: Sql, name: string): Promise<string> {
  await sql.query('insert into server_secret (name, value) values ($1, $2) on conflict (name) do nothing', [name, randomBytes(32).toString('hex')]);
  const [row] = await sql.query<{ value: string }>('select value from server_secret where name = $1', [name]);
  return row!.value;
}
