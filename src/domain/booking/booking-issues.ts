import { BOOKING_ISSUE_SYSTEM, EXTENSION } from './fhir-systems';

/**
 * Why the backend said no, as a code the app can act on. Each rides in the
 * OperationOutcome's issue.details.coding (system BOOKING_ISSUE_SYSTEM) next to the
 * plain-English text, so the page picks its own translated message and next step.
 */
export const BOOKING_ISSUES = [
  'invalid-request',
  'wrong-details',
  'year-of-birth-required',
  'locked',
  'session-expired',
  'referral-expired',
  'referral-closed',
  'already-booked',
  'slot-unknown',
  'slot-not-offered',
  'slot-taken',
  'slot-in-past',
  'slots-available',
  'appointment-unknown',
  'appointment-cancelled',
  'idempotency-key-missing',
  'idempotency-key-reused',
  'practice-unknown',
  'patient-not-registered',
] as const;
export type BookingIssue = (typeof BOOKING_ISSUES)[number];

export interface BookingProblem {
  issue: BookingIssue | 'unknown';
  /** When a locked referral can be tried again (ISO instant). */
  unlocksAt?: string;
  /** Sign-in attempts left before the referral locks. */
  attemptsLeft?: number;
}

interface IssueLike {
  details?: { coding?: { system?: string; code?: string }[] };
  extension?: { url?: string; valueInstant?: string; valueInteger?: number }[];
}

/** Reads an OperationOutcome's first issue (e.g. from ApiError.issues) into a problem the engine knows. */
export function readBookingProblem(issues: readonly unknown[]): BookingProblem {
  const first = issues[0] as IssueLike | undefined;
  const code = first?.details?.coding?.find((c) => c.system === BOOKING_ISSUE_SYSTEM)?.code;
  const problem: BookingProblem = { issue: (BOOKING_ISSUES as readonly string[]).includes(code ?? '') ? (code as BookingIssue) : 'unknown' };
  for (const extension of first?.extension ?? []) {
    if (extension.url === EXTENSION.unlocksAt && extension.valueInstant) problem.unlocksAt = extension.valueInstant;
    if (extension.url === EXTENSION.attemptsLeft && typeof extension.valueInteger === 'number') {
      problem.attemptsLeft = extension.valueInteger;
    }
  }
  return problem;
}
