import * as v from 'valibot';
import { BOOKING_ISSUE_SYSTEM, EXTENSION, type BookingIssue } from '../../../src/domain/booking';
import { problem, type Answer, type IssueType } from '../outcome';

/*
 * Every booking "no" is a 4xx OperationOutcome with an R4 issue type and a booking-issue
 * code the app turns into its own translated words (docs/booking-api.md).
 */

type Extra = { unlocksAt?: Date; attemptsLeft?: number; field?: string };

export function bookingProblem(status: number, code: IssueType, issue: BookingIssue, text: string, extra: Extra = {}): Answer {
  const extension = [
    ...(extra.unlocksAt ? [{ url: EXTENSION.unlocksAt, valueInstant: extra.unlocksAt.toISOString() }] : []),
    ...(extra.attemptsLeft !== undefined ? [{ url: EXTENSION.attemptsLeft, valueInteger: extra.attemptsLeft }] : []),
  ];
  return problem(status, code, text, {
    codings: [{ system: BOOKING_ISSUE_SYSTEM, code: issue }],
    ...(extra.field ? { expression: [extra.field] } : {}),
    extension,
  });
}

export const invalidRequest = (text: string, field?: string) => bookingProblem(400, 'invalid', 'invalid-request', text, { field });

/** The first field a valibot failure names, for the OperationOutcome's expression. */
export const fieldOf = (issues: readonly v.BaseIssue<unknown>[]) => (issues[0] ? v.getDotPath(issues[0]) ?? undefined : undefined);

export const notYours = () => bookingProblem(404, 'not-found', 'appointment-unknown', 'We could not find that appointment.');

export const slotTaken = (status: 409 | 412) => bookingProblem(status, 'conflict', 'slot-taken', 'That time has just been taken. Choose another.', { field: 'Slot' });
