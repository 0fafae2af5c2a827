import type { PracticeSettings, RequestKind } from '../../../src/domain/practice/practice-settings';
import { replyBy } from '../../../src/domain/availability/opening-hours';

/*
 * The practice's inbox (docs/practice-area-api.md, "The inbox"): what comes first, when
 * each request must be answered by, and how a request's state reads to the patient.
 * Pure, so the server and the mock answer alike.
 */

export const PRIORITIES = ['stat', 'asap', 'urgent', 'routine'] as const;
export type Priority = (typeof PRIORITIES)[number];
export const WORK_STATUSES = ['new', 'in-progress', 'completed'] as const;
export type WorkStatus = (typeof WORK_STATUSES)[number];
export const OUTCOMES = ['appointment-booked', 'advice-given', 'prescription', 'referred', 'other'] as const;
export type CompletionOutcome = (typeof OUTCOMES)[number];

export const isPriority = (value: unknown): value is Priority => (PRIORITIES as readonly unknown[]).includes(value);

/** The most pressing first; a request with an unknown priority is treated as routine (never hidden). */
export const priorityRank = (priority: string): number => {
  const rank = (PRIORITIES as readonly string[]).indexOf(priority);
  return rank === -1 ? PRIORITIES.length - 1 : rank;
};

/** Sorted by priority (stat, asap, urgent, routine), then the oldest first, then by reference so the order is stable. */
export function sortInbox<T extends { priority: string; receivedAt: string; reference: string }>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) => priorityRank(a.priority) - priorityRank(b.priority) || Date.parse(a.receivedAt) - Date.parse(b.receivedAt) || a.reference.localeCompare(b.reference),
  );
}

/**
 * When the practice promised to reply: `replyWithinWorkingDays` working days (ending at
 * the close of core hours), but an urgent or more pressing request the same working day
 * (the next one when it came after core hours).
 */
export function replyByFor(settings: PracticeSettings, priority: string, receivedAt: Date): Date {
  const sameDay = priorityRank(priority) <= priorityRank('urgent');
  return replyBy(sameDay ? { ...settings, replyWithinWorkingDays: 0 } : settings, receivedAt);
}

export const isOverdue = (status: WorkStatus, replyByAt: Date, now: Date): boolean => status !== 'completed' && now.getTime() > replyByAt.getTime();

export type PatientStatus = 'received' | 'being-looked-at' | 'replied' | 'closed';

/** How the request reads on the patient's device. */
export function patientStatus(status: WorkStatus, assigned: boolean, replies: number): PatientStatus {
  if (status === 'completed') return 'closed';
  if (replies > 0) return 'replied';
  if (status === 'in-progress' || assigned) return 'being-looked-at';
  return 'received';
}

export interface InboxFilter {
  kind?: RequestKind;
  statuses: WorkStatus[];
  mine: boolean;
}

/** The query string's filters; null names the first bad one. */
export function parseInboxFilter(query: Record<string, string | string[] | undefined>): InboxFilter | { problem: string } {
  const all = (name: string) => {
    const value = query[name];
    return value === undefined ? [] : Array.isArray(value) ? value : [value];
  };
  const kinds = all('kind');
  if (kinds.length > 1 || (kinds[0] !== undefined && kinds[0] !== 'medical' && kinds[0] !== 'admin')) return { problem: 'kind' };
  const statuses = all('status');
  if (!statuses.every((s) => (WORK_STATUSES as readonly string[]).includes(s))) return { problem: 'status' };
  const mine = all('mine');
  if (mine.length > 1 || (mine[0] !== undefined && mine[0] !== '1' && mine[0] !== '0' && mine[0] !== 'true' && mine[0] !== 'false')) return { problem: 'mine' };
  return { ...(kinds[0] ? { kind: kinds[0] as RequestKind } : {}), statuses: statuses as WorkStatus[], mine: mine[0] === '1' || mine[0] === 'true' };
}
