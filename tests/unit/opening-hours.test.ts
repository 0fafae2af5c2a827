import { describe, expect, it } from 'vitest';
import { onlineRequestsOpenNow, practiceIsOpenNow, replyBy, isWorkingDay } from '../../src/domain/availability/opening-hours';
import { seedPractices } from '../../server/rules/seed/practices';
import type { PracticeSettings } from '../../src/domain/practice/practice-settings';

const at = (iso: string) => new Date(iso);
const practice = (ods: string, now: Date): PracticeSettings => seedPractices(now).find((p) => p.ods === ods)!;

describe('online requests open now', () => {
  it('is open on a weekday morning until the end of the extended window (Riverside: 07:00–20:00)', () => {
    const now = at('2026-11-23T10:00:00Z'); // Monday, GMT
    const result = onlineRequestsOpenNow(practice('Y99001', now), 'medical', now);
    expect(result).toEqual({ state: 'open', until: at('2026-11-23T20:00:00Z') });
  });

  it('stays open for core hours 08:00–18:30 even when the practice set no hours (contract rule)', () => {
    const now = at('2026-11-24T17:00:00Z'); // Tuesday
    const settings = { ...practice('Y99004', now), openingHours: { ...practice('Y99004', now).openingHours, tue: [] } };
    const result = onlineRequestsOpenNow(settings, 'medical', now);
    expect(result).toEqual({ state: 'open', until: at('2026-11-24T18:30:00Z') });
  });

  it('uses British Summer Time: 08:00 in June is 07:00 UTC', () => {
    const now = at('2026-06-15T07:30:00Z'); // Monday 08:30 BST
    const result = onlineRequestsOpenNow(practice('Y99004', now), 'medical', now);
    expect(result).toEqual({ state: 'open', until: at('2026-06-15T17:30:00Z') });
  });

  it('is closed at the weekend and says it reopens on Monday morning', () => {
    const now = at('2026-11-21T12:00:00Z'); // Saturday
    const result = onlineRequestsOpenNow(practice('Y99004', now), 'medical', now);
    expect(result).toEqual({ state: 'closed', reason: 'outside-hours', reopens: at('2026-11-23T08:00:00Z') });
  });

  it('is closed on a bank holiday and reopens the next working day (Christmas 2026)', () => {
    const now = at('2026-12-25T10:00:00Z');
    const result = onlineRequestsOpenNow(practice('Y99004', now), 'medical', now);
    expect(result).toEqual({ state: 'closed', reason: 'bank-holiday', reopens: at('2026-12-29T08:00:00Z') });
  });

  it('is closed during an exceptional closure, with its reason, even in core hours', () => {
    const now = at('2026-11-24T11:00:00Z');
    const result = onlineRequestsOpenNow(practice('Y99002', now), 'medical', now);
    expect(result.state).toBe('closed');
    expect(result).toMatchObject({ reason: 'closure', closureReason: expect.stringContaining('flood') });
    // The closure ends at 08:00 seven days after the seed: that is when requests reopen.
    expect(result).toMatchObject({ reopens: at('2026-12-01T08:00:00Z') });
  });

  it('is switched off, with the reason the practice recorded, even in core hours', () => {
    const now = at('2026-11-24T11:00:00Z');
    expect(onlineRequestsOpenNow(practice('Y99003', now), 'medical', now)).toEqual({
      state: 'closed',
      reason: 'switched-off',
      offReason: expect.stringContaining('new computer system'),
    });
  });

  it('switched off without a recorded reason, stays open through core hours and closes outside them (contract rule)', () => {
    const tuesdayMorning = at('2026-11-24T11:00:00Z');
    const { requestsOffReason: _dropped, ...noReason } = practice('Y99003', tuesdayMorning);
    for (const kind of ['medical', 'admin'] as const) {
      expect(onlineRequestsOpenNow(noReason, kind, tuesdayMorning)).toEqual({ state: 'open', until: at('2026-11-24T18:30:00Z') });
      expect(onlineRequestsOpenNow(noReason, kind, at('2026-11-24T19:00:00Z'))).toEqual({ state: 'closed', reason: 'switched-off' });
      expect(onlineRequestsOpenNow(noReason, kind, at('2026-11-21T12:00:00Z'))).toEqual({ state: 'closed', reason: 'switched-off' });
    }
    // A closure with its reason still closes them, and says so.
    const closed = { ...noReason, closures: [{ from: '2026-11-24T00:00:00Z', to: '2026-11-25T00:00:00Z', reason: 'Staff training day' }] };
    expect(onlineRequestsOpenNow(closed, 'medical', tuesdayMorning)).toMatchObject({ state: 'closed', reason: 'closure', closureReason: 'Staff training day' });
  });

  it('closes early when a closure starts part-way through the day', () => {
    const now = at('2026-11-24T09:00:00Z');
    const settings = {
      ...practice('Y99004', now),
      closures: [{ from: '2026-11-24T13:00:00Z', to: '2026-11-24T23:00:00Z', reason: 'Training afternoon' }],
    };
    expect(onlineRequestsOpenNow(settings, 'medical', now)).toEqual({ state: 'open', until: at('2026-11-24T13:00:00Z') });
  });
});

describe('practice doors open now', () => {
  it('follows the practice opening hours, not the online hours', () => {
    const now = at('2026-11-23T19:00:00Z'); // Monday 19:00: online open until 20:00, doors shut at 18:30
    const settings = practice('Y99001', now);
    expect(practiceIsOpenNow(settings, now)).toEqual({
      state: 'closed',
      reason: 'outside-hours',
      reopens: at('2026-11-24T08:00:00Z'),
    });
    expect(onlineRequestsOpenNow(settings, 'medical', now).state).toBe('open');
  });

  it('opens on Saturday morning where the practice does', () => {
    const now = at('2026-11-21T10:00:00Z');
    expect(practiceIsOpenNow(practice('Y99001', now), now)).toEqual({ state: 'open', until: at('2026-11-21T12:00:00Z') });
  });
});

describe('reply by', () => {
  it('counts working days from today when sent in core hours', () => {
    const now = at('2026-11-23T10:00:00Z'); // Monday; Riverside replies within 1 working day
    expect(replyBy(practice('Y99001', now), now)).toEqual(at('2026-11-24T18:30:00Z'));
  });

  it('starts from the next working day when sent on a Friday evening', () => {
    const now = at('2026-11-27T20:00:00Z'); // Friday evening; Harbour replies within 3 working days
    expect(replyBy(practice('Y99004', now), now)).toEqual(at('2026-12-03T18:30:00Z'));
  });

  it('skips bank holidays', () => {
    expect(isWorkingDay('2026-12-28')).toBe(false);
    const now = at('2026-12-24T10:00:00Z'); // Thursday; 1 working day → Tuesday 29th
    expect(replyBy(practice('Y99001', now), now)).toEqual(at('2026-12-29T18:30:00Z'));
  });
});
