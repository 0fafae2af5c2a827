/*
 * Staff sign-in policy (docs/practice-area-api.md, "Who may do what"): lock-out, the
 * per-address limit, the TOTP window and how long a session lives. Numbers and
 * decisions only, so the server and the mock apply the same ones.
 */

/** The 6th wrong password (or code) in a row locks the account… */
export const WRONG_TRIES_BEFORE_LOCK = 5;
/** …for 30 minutes. */
export const LOCK_MINUTES = 30;
/** Sign-in calls from one client address in one window, right or wrong. */
export const ADDRESS_LIMIT = 20;
export const ADDRESS_WINDOW_MINUTES = 15;
/** A correct password waits this long for its code. */
export const PENDING_MINUTES = 5;
/** A session ends after 30 minutes without use… */
export const IDLE_MINUTES = 30;
/** …and 12 hours after sign-in, whichever comes first. */
export const ABSOLUTE_HOURS = 12;
/**
 * RFC 6238 with 30-second steps: one step either side, so a phone clock a little off
 * still works, but a code seen over a shoulder is dead within a minute and a half.
 */
export const TOTP_WINDOW = 1;

const minutes = (n: number) => n * 60_000;

export const isLocked = (lockedUntil: Date | null, now: Date): boolean => lockedUntil !== null && lockedUntil.getTime() > now.getTime();

/** After a wrong password or code: the new count in a row, and the lock it brings, if any. */
export function afterWrongTry(failuresInARow: number, now: Date): { failures: number; lockedUntil: Date | null } {
  const failures = failuresInARow + 1;
  return failures > WRONG_TRIES_BEFORE_LOCK ? { failures: 0, lockedUntil: new Date(now.getTime() + minutes(LOCK_MINUTES)) } : { failures, lockedUntil: null };
}

/** Whether a session still works at `now`, and if so when it ends unless used again. */
export function sessionAlive(session: { lastSeen: Date; expiresAt: Date }, now: Date): boolean {
  return now.getTime() < session.expiresAt.getTime() && now.getTime() < session.lastSeen.getTime() + minutes(IDLE_MINUTES);
}

export const sessionEnds = (createdAt: Date): Date => new Date(createdAt.getTime() + ABSOLUTE_HOURS * 3_600_000);
export const pendingEnds = (now: Date): Date => new Date(now.getTime() + minutes(PENDING_MINUTES));

/** Whether an address's window has run out (a new one starts), and whether it is over the limit. */
export function addressWindow(current: { windowStart: Date; attempts: number } | undefined, now: Date): { windowStart: Date; attempts: number; limited: boolean } {
  const fresh = !current || now.getTime() >= current.windowStart.getTime() + minutes(ADDRESS_WINDOW_MINUTES);
  const windowStart = fresh ? now : current.windowStart;
  const attempts = (fresh ? 0 : current.attempts) + 1;
  return { windowStart, attempts, limited: attempts > ADDRESS_LIMIT };
}

/** Constant-time comparison of two strings (a status key, a token): no early exit on the first difference. */
export function sameSecret(a: string, b: string): boolean {
  let difference = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) difference |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return difference === 0;
}
