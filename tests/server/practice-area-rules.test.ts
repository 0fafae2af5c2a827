import { describe, expect, it } from 'vitest';
import { patientStatus, replyByFor, sortInbox } from '../../server/rules/practice-area/inbox';
import { afterWrongTry, addressWindow, sessionAlive, sameSecret, ADDRESS_LIMIT } from '../../server/rules/practice-area/sign-in';
import { changedParts, settingsEditProblems } from '../../server/rules/practice-area/settings';
import { requestStatus } from '../../server/rules/practice-area/status';
import { mockStatusKey } from '../../mocks/data/requests-store';
import { seedPractices } from '../../server/rules/seed/practices';
import { NOW } from '../unit/request/fixtures';

const riverside = seedPractices(NOW)[0]!; // replies within 1 working day

describe('the practice area rules', () => {
  it('puts the most pressing first, then the oldest', () => {
    const items = [
      { reference: 'A', priority: 'routine', receivedAt: '2026-11-20T09:00:00Z' },
      { reference: 'B', priority: 'urgent', receivedAt: '2026-11-23T09:00:00Z' },
      { reference: 'C', priority: 'stat', receivedAt: '2026-11-23T09:30:00Z' },
      { reference: 'D', priority: 'urgent', receivedAt: '2026-11-22T09:00:00Z' },
      { reference: 'E', priority: 'asap', receivedAt: '2026-11-23T09:59:00Z' },
    ];
    expect(sortInbox(items).map((i) => i.reference)).toEqual(['C', 'E', 'D', 'B', 'A']);
  });

  it('wants an urgent request answered the same working day, a routine one within the practice’s working days', () => {
    const monday = new Date('2026-11-23T10:00:00Z');
    expect(replyByFor(riverside, 'urgent', monday).toISOString()).toBe('2026-11-23T18:30:00.000Z');
    expect(replyByFor(riverside, 'routine', monday).toISOString()).toBe('2026-11-24T18:30:00.000Z');
    // Friday evening, after core hours: urgent is due Monday.
    expect(replyByFor(riverside, 'stat', new Date('2026-11-27T19:00:00Z')).toISOString()).toBe('2026-11-30T18:30:00.000Z');
  });

  it('tells the patient received, being looked at, replied, closed', () => {
    expect(patientStatus('new', false, 0)).toBe('received');
    expect(patientStatus('new', true, 0)).toBe('being-looked-at');
    expect(patientStatus('in-progress', true, 1)).toBe('replied');
    expect(patientStatus('completed', true, 1)).toBe('closed');
  });

  it('locks at the 6th wrong try for 30 minutes, ends idle and old sessions, and limits an address', () => {
    let state = { failures: 0, lockedUntil: null as Date | null };
    for (let i = 0; i < 5; i++) state = afterWrongTry(state.failures, NOW);
    expect(state.lockedUntil).toBeNull();
    expect(afterWrongTry(state.failures, NOW).lockedUntil).toEqual(new Date(NOW.getTime() + 30 * 60_000));
    expect(sessionAlive({ lastSeen: NOW, expiresAt: new Date(NOW.getTime() + 3_600_000) }, new Date(NOW.getTime() + 29 * 60_000))).toBe(true);
    expect(sessionAlive({ lastSeen: NOW, expiresAt: new Date(NOW.getTime() + 3_600_000) }, new Date(NOW.getTime() + 31 * 60_000))).toBe(false);
    expect(sessionAlive({ lastSeen: NOW, expiresAt: NOW }, NOW)).toBe(false);
    expect(addressWindow({ windowStart: NOW, attempts: ADDRESS_LIMIT }, NOW).limited).toBe(true);
    expect(addressWindow({ windowStart: NOW, attempts: ADDRESS_LIMIT }, new Date(NOW.getTime() + 15 * 60_000)).limited).toBe(false);
    expect(sameSecret('abc', 'abc')).toBe(true);
    expect(sameSecret('abc', 'abd')).toBe(false);
    expect(sameSecret('abc', 'abcd')).toBe(false);
  });

  it('refuses switching online requests off, allows a closure, and names what changed', () => {
    const off = settingsEditProblems({ ...riverside, onlineRequests: { ...riverside.onlineRequests, medical: { enabled: false } } }, riverside);
    expect(off).toEqual([{ expression: 'settings.onlineRequests.medical.enabled', text: expect.stringContaining('closure') }]);
    const closure = { from: '2026-11-23T13:00:00.000Z', to: '2026-11-23T17:00:00.000Z', reason: 'Training' };
    const closed = settingsEditProblems({ ...riverside, closures: [closure] }, riverside);
    expect(Array.isArray(closed)).toBe(false);
    expect(changedParts(riverside, { ...riverside, closures: [closure] })).toEqual(['closures']);
    // Switched off with the reason patients will read: allowed (the contract's recorded reason).
    const offWithReason = { ...riverside, onlineRequests: { ...riverside.onlineRequests, medical: { enabled: false } }, requestsOffReason: 'Our phones and computers are being moved.' };
    expect(Array.isArray(settingsEditProblems(offWithReason, riverside))).toBe(false);
  });

  it('answers the mock’s status with the same 404 for a wrong key and an unknown reference', async () => {
    const key = mockStatusKey('0b6c4f1e-2d3a-4c5b-8e9f-a1b2c3d4e5f6');
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(mockStatusKey('0b6c4f1e-2d3a-4c5b-8e9f-a1b2c3d4e5f6')).toBe(key);
    const store = {
      statusFacts: async (reference: string) =>
        reference === 'FD-ABC-DEF' ? { clientId: '0b6c4f1e-2d3a-4c5b-8e9f-a1b2c3d4e5f6', ods: 'Y99001', practiceName: 'Riverside', status: 'new' as const, assigned: false, replies: [] } : undefined,
      statusKey: async (clientId: string) => mockStatusKey(clientId),
    };
    expect((await requestStatus(store, { reference: 'FD-ABC-DEF', key })).body).toMatchObject({ status: 'received' });
    const wrong = await requestStatus(store, { reference: 'FD-ABC-DEF', key: 'f'.repeat(32) });
    const unknown = await requestStatus(store, { reference: 'FD-ABC-DEG', key });
    expect([wrong.status, unknown.status]).toEqual([404, 404]);
    expect(wrong.body).toEqual(unknown.body);
  });
});
