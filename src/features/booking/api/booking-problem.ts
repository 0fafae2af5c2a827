import * as v from 'valibot';
import { ApiError } from '../../../platform/api/client';
import { readBookingProblem, type BookingProblem } from '../../../domain/booking';

/**
 * What went wrong, as a problem the booking engine knows. No answer at all (offline, a
 * timeout) and an answer the schemas refuse are both 'unknown': the page says to try again.
 */
export function problemOf(error: unknown): BookingProblem {
  if (error instanceof ApiError) return readBookingProblem(error.issues);
  return { issue: 'unknown' };
}

export const bearer = (token?: string): Record<string, string> => (token ? { Authorization: `Bearer ${token}` } : {});

export const SessionSchema = v.object({ token: v.string(), expiresAt: v.string() });
