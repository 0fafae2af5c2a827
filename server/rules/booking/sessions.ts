import type { Answer } from '../outcome';
import { bookingProblem } from './problems';
import type { BookingRulesStore, BookingSession } from './store';

/*
 * Sign-in sessions and lock-outs, both kept by the store (the database on the server),
 * so a patient signed in on one server is signed in on all of them, and five wrong
 * tries spread over several servers still lock.
 */
export const SESSION_MINUTES = 20;
export const MAX_FAILED_SIGN_INS = 5;
export const LOCK_MINUTES = 30;

const TOKEN = /^Bearer ([A-Za-z0-9-]{10,100})$/;

export type SessionCheck = { session: BookingSession; token: string } | { refused: Answer };

/** The sign-in session behind an `Authorization: Bearer …` header, or the 401 to answer. */
export async function sessionFrom(store: BookingRulesStore, authorization: string | undefined, now: Date): Promise<SessionCheck> {
  const token = TOKEN.exec(authorization ?? '')?.[1];
  const session = token ? await store.session(token) : undefined;
  if (!token || !session || Date.parse(session.expiresAt) <= now.getTime()) {
    if (token && session) await store.endSession(token);
    return { refused: bookingProblem(401, 'expired', 'session-expired', 'Your session has ended. Sign in again.') };
  }
  return { session, token };
}

export async function startSession(store: BookingRulesStore, now: Date, who: { kind: 'referral'; referralId: string } | { kind: 'appointment'; appointmentId: string }) {
  const token = crypto.randomUUID();
  const expiresAt = new Date(now.getTime() + SESSION_MINUTES * 60_000).toISOString();
  await store.startSession(token, { ...who, expiresAt } as BookingSession);
  return { token, expiresAt };
}

const lockedOut = (unlocksAt: Date) =>
  bookingProblem(423, 'security', 'locked', `Too many tries. You can try again after ${unlocksAt.toISOString()}.`, { unlocksAt });

/** The 423 while `key` is locked; undefined when it may be tried (an ended lock starts the count again). */
export async function signInLock(store: BookingRulesStore, key: string, now: Date): Promise<Answer | undefined> {
  const until = await store.signInLockedUntil(key);
  if (until === undefined) return undefined;
  if (until.getTime() > now.getTime()) return lockedOut(until);
  await store.clearSignIn(key);
  return undefined;
}

/**
 * Counts a failed sign-in against `key`. The fifth in a row locks it for 30 minutes, so
 * a reference cannot be guessed at; the patient is told when to try again.
 */
export async function failedSignIn(store: BookingRulesStore, key: string, now: Date, text: string): Promise<Answer> {
  const failures = await store.countFailedSignIn(key);
  if (failures >= MAX_FAILED_SIGN_INS) {
    const until = new Date(now.getTime() + LOCK_MINUTES * 60_000);
    await store.lockSignIn(key, until);
    return lockedOut(until);
  }
  return bookingProblem(401, 'login', 'wrong-details', text, { attemptsLeft: MAX_FAILED_SIGN_INS - failures });
}
