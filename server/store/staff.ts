import { randomUUID } from 'node:crypto';
import type { Sql } from '../db/database';
import { UNIQUE_VIOLATION } from '../db/database';
import { hashPassword, newToken, newTotpSecret, oneTimePassword, tokenHash, totpUri } from '../auth/credentials';
import { ADDRESS_LIMIT, ADDRESS_WINDOW_MINUTES, IDLE_MINUTES, LOCK_MINUTES, WRONG_TRIES_BEFORE_LOCK, pendingEnds, sessionEnds } from '../rules/practice-area/sign-in';

/** A staff member as the practice area shows them (docs/practice-area-api.md). */
export interface Staff {
  id: string;
  name: string;
  email: string;
  role: 'staff' | 'admin';
  ods: string;
  practiceName: string;
}

export interface StaffAccount extends Staff {
  disabled: boolean;
  passwordHash: string;
  totpSecret: string;
  lockedUntil: Date | null;
}

interface StaffRow {
  id: string;
  name: string;
  email: string;
  role: 'staff' | 'admin';
  ods: string;
  practice_name: string;
  disabled: boolean;
  password_hash: string;
  totp_secret: string;
  locked_until: Date | null;
}

const SELECT = `select s.id, s.name, s.email, s.role, s.ods, p.settings ->> 'name' as practice_name, s.disabled, s.password_hash, s.totp_secret, s.locked_until
  from staff s join practice p on p.ods = s.ods`;

const account = (row: StaffRow): StaffAccount => ({
  id: row.id,
  name: row.name,
  email: row.email,
  role: row.role,
  ods: row.ods,
  practiceName: row.practice_name,
  disabled: row.disabled,
  passwordHash: row.password_hash,
  totpSecret: row.totp_secret,
  lockedUntil: row.locked_until ? new Date(row.locked_until) : null,
});

export const publicStaff = ({ id, name, email, role, ods, practiceName }: Staff): Staff => ({ id, name, email, role, ods, practiceName });

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

export async function staffByEmail(sql: Sql, email: string): Promise<StaffAccount | undefined> {
  const [row] = await sql.query<StaffRow>(`${SELECT} where s.email = $1`, [normaliseEmail(email)]);
  return row ? account(row) : undefined;
}

export async function staffById(sql: Sql, id: string): Promise<StaffAccount | undefined> {
  if (!/^[0-9a-f-]{36}$/.test(id)) return undefined;
  const [row] = await sql.query<StaffRow>(`${SELECT} where s.id = $1`, [id]);
  return row ? account(row) : undefined;
}

export async function practiceStaff(sql: Sql, ods: string): Promise<StaffAccount[]> {
  return (await sql.query<StaffRow>(`${SELECT} where s.ods = $1 order by s.name, s.email`, [ods])).map(account);
}

/**
 * A wrong password or code, counted in one statement so two servers cannot both miss
 * the 6th: it locks the account for 30 minutes and starts the count again.
 */
export async function countWrongTry(sql: Sql, staffId: string, now: Date): Promise<{ locked: boolean }> {
  const [row] = await sql.query<{ locked_until: Date | null }>(
    `update staff set
       failed_attempts = case when failed_attempts + 1 > $2 then 0 else failed_attempts + 1 end,
       locked_until = case when failed_attempts + 1 > $2 then $3::timestamptz + make_interval(mins => $4) else locked_until end
     where id = $1 returning locked_until`,
    [staffId, WRONG_TRIES_BEFORE_LOCK, now, LOCK_MINUTES],
  );
  return { locked: !!row?.locked_until && new Date(row.locked_until).getTime() > now.getTime() };
}

/**
 * Uses a TOTP step: true when it is later than the last one this staff member signed in
 * with, and now the last; false when that step (or a later one) was used already, so the
 * code is a replay. One conditional update, so two servers given the same code at the
 * same moment cannot both take it.
 */
export async function takeTotpStep(sql: Sql, staffId: string, step: number): Promise<boolean> {
  const rows = await sql.query<{ id: string }>('update staff set totp_last_step = $2 where id = $1 and (totp_last_step is null or totp_last_step < $2) returning id', [staffId, step]);
  return rows.length === 1;
}

export async function clearWrongTries(sql: Sql, staffId: string): Promise<void> {
  await sql.query('update staff set failed_attempts = 0, locked_until = null where id = $1', [staffId]);
}

/** Counts a sign-in call from an address; true when it is over the limit for its window. */
export async function countAddress(sql: Sql, address: string, now: Date): Promise<boolean> {
  const [row] = await sql.query<{ attempts: number }>(
    `insert into staff_sign_in_rate (address, window_start, attempts) values ($1, $2, 1)
     on conflict (address) do update set
       attempts = case when staff_sign_in_rate.window_start + make_interval(mins => $3) <= $2::timestamptz then 1 else staff_sign_in_rate.attempts + 1 end,
       window_start = case when staff_sign_in_rate.window_start + make_interval(mins => $3) <= $2::timestamptz then $2::timestamptz else staff_sign_in_rate.window_start end
     returning attempts`,
    [address, now, ADDRESS_WINDOW_MINUTES],
  );
  return row!.attempts > ADDRESS_LIMIT;
}

export async function startPending(sql: Sql, staffId: string, now: Date): Promise<string> {
  const token = newToken();
  await sql.query('delete from staff_sign_in_pending where staff_id = $1 or expires_at <= $2', [staffId, now]);
  await sql.query('insert into staff_sign_in_pending (token_hash, staff_id, expires_at) values ($1, $2, $3)', [tokenHash(token), staffId, pendingEnds(now)]);
  return token;
}

export async function pendingStaff(sql: Sql, token: string, now: Date): Promise<string | undefined> {
  const [row] = await sql.query<{ staff_id: string }>('select staff_id from staff_sign_in_pending where token_hash = $1 and expires_at > $2', [tokenHash(token), now]);
  return row?.staff_id;
}

export async function endPending(sql: Sql, token: string): Promise<void> {
  await sql.query('delete from staff_sign_in_pending where token_hash = $1', [tokenHash(token)]);
}

export async function startSession(sql: Sql, staffId: string, now: Date): Promise<string> {
  const token = newToken();
  await sql.query('insert into staff_session (id_hash, staff_id, created_at, last_seen, expires_at) values ($1, $2, $3, $3, $4)', [
    tokenHash(token),
    staffId,
    now,
    sessionEnds(now),
  ]);
  return token;
}

/**
 * The signed-in staff member, if the session is alive at `now` (used within 30 minutes,
 * within 12 hours of sign-in) and the account still works; using it keeps it alive.
 */
export async function sessionStaff(sql: Sql, token: string, now: Date): Promise<StaffAccount | undefined> {
  const [row] = await sql.query<{ staff_id: string }>(
    `update staff_session set last_seen = $2 where id_hash = $1 and expires_at > $2 and last_seen + make_interval(mins => $3) > $2::timestamptz returning staff_id`,
    [tokenHash(token), now, IDLE_MINUTES],
  );
  if (!row) return undefined;
  const staff = await staffById(sql, row.staff_id);
  return staff && !staff.disabled ? staff : undefined;
}

export async function endSession(sql: Sql, token: string): Promise<void> {
  await sql.query('delete from staff_session where id_hash = $1', [tokenHash(token)]);
}

export interface NewStaff {
  ods: string;
  name: string;
  email: string;
  role: 'staff' | 'admin';
  /** Fixed ones for the demo accounts; otherwise new, shown once. */
  password?: string;
  totpSecret?: string;
  /** The password's hash made earlier (the demo seed reuses one per process: scrypt is slow on purpose). */
  passwordHash?: string;
}

/** A new account; `duplicate` when the email has one already. */
export async function addStaff(sql: Sql, input: NewStaff, now: Date): Promise<{ staff: StaffAccount; password: string; totpUri: string } | 'duplicate'> {
  const password = input.password ?? oneTimePassword();
  const secret = input.totpSecret ?? newTotpSecret();
  const id = randomUUID();
  try {
    await sql.query(
      'insert into staff (id, ods, name, email, role, password_hash, totp_secret, created_at) values ($1, $2, $3, $4, $5, $6, $7, $8)',
      [id, input.ods, input.name.trim(), normaliseEmail(input.email), input.role, input.passwordHash ?? (await hashPassword(password)), secret, now],
    );
  } catch (error) {
    if ((error as { code?: string }).code === UNIQUE_VIOLATION) return 'duplicate';
    throw error;
  }
  const staff = (await staffById(sql, id))!;
  return { staff, password, totpUri: totpUri(secret, staff.email) };
}

export async function updateStaff(sql: Sql, id: string, patch: { role?: 'staff' | 'admin'; disabled?: boolean }): Promise<void> {
  await sql.query('update staff set role = coalesce($2, role), disabled = coalesce($3, disabled) where id = $1', [id, patch.role ?? null, patch.disabled ?? null]);
  // A disabled account's sessions end at once.
  if (patch.disabled) await sql.query('delete from staff_session where staff_id = $1', [id]);
}
