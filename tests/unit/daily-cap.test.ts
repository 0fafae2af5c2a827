import { describe, expect, it } from 'vitest';
import { onlineRequestsNow, opensAgainAfterToday } from '../../src/domain/availability/opening-hours';
import { seedPractices } from '../../server/rules/seed/practices';
import type { PracticeSettings } from '../../src/domain/practice/practice-settings';

const at = (iso: string) => new Date(iso);
const practice = (ods: string, now: Date): PracticeSettings => seedPractices(now).find((p) => p.ods === ods)!;

// Harbour Street (Y99004): admin requests 07:00–20:00 on weekdays, at most 2 a day outside core hours.
const MONDAY_EVENING = at('2026-11-23T19:00:00Z');

describe('a kind that is full for today', () => {
  it('is closed for the rest of the evening and opens again at 7am the next working day', () => {
    const harbour = practice('Y99004', MONDAY_EVENING);
    expect(onlineRequestsNow(harbour, 'admin', MONDAY_EVENING, true)).toEqual({ state: 'closed', reason: 'full', reopens: at('2026-11-24T07:00:00Z') });
    expect(onlineRequestsNow(harbour, 'admin', MONDAY_EVENING, false)).toEqual({ state: 'open', until: at('2026-11-23T20:00:00Z') });
  });

  it('never closes core hours, whatever the practice says about the count (GP contract 2025/26)', () => {
    const mondayMorning = at('2026-11-23T10:00:00Z');
    expect(onlineRequestsNow(practice('Y99004', mondayMorning), 'admin', mondayMorning, true)).toEqual({ state: 'open', until: at('2026-11-23T20:00:00Z') });
  });

  it('keeps its own reason when it is closed anyway: outside hours is not "full"', () => {
    const harbour = practice('Y99004', MONDAY_EVENING);
    expect(onlineRequestsNow(harbour, 'medical', MONDAY_EVENING, true)).toEqual({ state: 'closed', reason: 'outside-hours', reopens: at('2026-11-24T08:00:00Z') });
  });

  it('opens again after the weekend on a Friday evening, and after the bank holidays at Christmas', () => {
    const friday = at('2026-11-27T19:00:00Z');
    expect(opensAgainAfterToday(practice('Y99004', friday), 'admin', friday)).toEqual(at('2026-11-30T07:00:00Z'));
    // Christmas Eve (Thursday): Friday 25 and Monday 28 December are bank holidays.
    const christmasEve = at('2026-12-24T19:00:00Z');
    expect(opensAgainAfterToday(practice('Y99004', christmasEve), 'admin', christmasEve)).toEqual(at('2026-12-29T07:00:00Z'));
  });

  it('skips a closure recorded for tomorrow, and uses British Summer Time', () => {
    const harbour = practice('Y99004', MONDAY_EVENING);
    const training = { ...harbour, closures: [{ from: '2026-11-24T00:00:00Z', to: '2026-11-25T00:00:00Z', reason: 'Staff training day' }] };
    expect(opensAgainAfterToday(training, 'admin', MONDAY_EVENING)).toEqual(at('2026-11-25T07:00:00Z'));
    const juneEvening = at('2026-06-15T18:00:00Z'); // Monday 19:00 BST
    expect(opensAgainAfterToday(practice('Y99004', juneEvening), 'admin', juneEvening)).toEqual(at('2026-06-16T06:00:00Z'));
  });

  it('has no opening to name when the practice switched requests off with a reason', () => {
    const now = at('2026-11-24T19:00:00Z');
    expect(opensAgainAfterToday(practice('Y99003', now), 'admin', now)).toBeNull();
  });
});
