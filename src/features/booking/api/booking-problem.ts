import * as v from 'valibot';
import { ApiError } from '../../../platform/api/client';
import { BOOKING_ISSUE_SYSTEM, readBookingProblem, type BookingProblem } from '../../../domain/booking';

/**
 * What went wrong, as a problem the booking engine knows. No answer at all (offline, a
 * timeout) and an answer the schemas refuse are both 'unknown': the page says to try again.
 */
export function problemOf(error: unknown): BookingProblem {
  if (error instanceof ApiError) return readBookingProblem(error.issues);
  return { issue: 'unknown' };
}

/**
 * A write that takes a slot: a FHIR server other than ours answers a slot taken
 * meanwhile with a bare 409 or 412 (its If-Match failed). That is "just been taken" too.
 */
export function slotTakenIfConflict(error: unknown): unknown {
  if (!(error instanceof ApiError) || (error.status !== 409 && error.status !== 412)) return error;
  if (readBookingProblem(error.issues).issue !== 'unknown') return error;
  return new ApiError(error.status, [{ severity: 'error', code: 'conflict', details: { coding: [{ system: BOOKING_ISSUE_SYSTEM, code: 'slot-taken' }] } }]);
}

/** 412: the booking changed since the patient saw it (another tab): read it again before trying again. */
export const changedElsewhere = (error: unknown) => error instanceof ApiError && error.status === 412;

export const bearer = (token?: string): Record<string, string> => (token ? { Authorization: `Bearer ${token}` } : {});

export const SessionSchema = v.object({ token: v.string(), expiresAt: v.string() });
