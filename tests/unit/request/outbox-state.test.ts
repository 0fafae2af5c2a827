import { describe, expect, it } from 'vitest';
import { backoffMs, isDue, markFailed, markRejected, markSent, nextDueAt, queued, statusJustLearnt } from '../../../src/domain/request/outbox-state';
import { buildRequestBundle } from '../../../src/domain/request/fhir-bundle';
import { CLIENT_ID, completeDraft, NOW } from './fixtures';

const bundle = buildRequestBundle(completeDraft(), null, [], NOW);
const later = (ms: number) => new Date(NOW.getTime() + ms);

describe('outbox entries', () => {
  it('a queued request is due at once', () => {
    const entry = queued(CLIENT_ID, 'Y99001', 'admin', bundle, NOW);
    expect(entry).toMatchObject({ status: 'waiting', attempts: 0, nextAttemptAt: null });
    expect(isDue(entry, NOW)).toBe(true);
  });

  it('a server error or timeout is not sent: it waits longer each time, up to 5 minutes', () => {
    let entry = queued(CLIENT_ID, 'Y99001', 'admin', bundle, NOW);
    entry = markFailed(entry, 'server', NOW);
    expect(entry.status).toBe('waiting');
    expect(entry.bundle).toBe(bundle);
    expect(isDue(entry, later(999))).toBe(false);
    expect(isDue(entry, later(1000))).toBe(true);
    entry = markFailed(entry, 'timeout', NOW);
    expect(entry).toMatchObject({ attempts: 2, lastFailure: 'timeout', nextAttemptAt: later(2000).toISOString() });
    expect([1, 2, 3, 4, 10, 30].map(backoffMs)).toEqual([1000, 2000, 4000, 8000, 300_000, 300_000]);
  });

  it('once sent, only the reference and status stay: no name, date of birth or free text', () => {
    const sent = markSent(queued(CLIENT_ID, 'Y99001', 'admin', bundle, NOW), 'FD-ABC-DEF', later(5000));
    expect(sent).toEqual({ id: CLIENT_ID, ods: 'Y99001', kind: 'admin', queuedAt: NOW.toISOString(), status: 'sent', reference: 'FD-ABC-DEF', sentAt: later(5000).toISOString() });
    const stored = JSON.stringify(sent);
    for (const personal of ['Ada', 'Testperson', '1980-03-07', 'fit note for my back', '07700900123']) expect(stored).not.toContain(personal);
    expect(isDue(sent, later(10_000_000))).toBe(false);
  });

  it('a refused request keeps only what to fix', () => {
    const rejected = markRejected(queued(CLIENT_ID, 'Y99001', 'admin', bundle, NOW), 'invalid', ['nhsNumber'], NOW);
    expect(rejected).toMatchObject({ status: 'rejected', reason: 'invalid', fields: ['nhsNumber'] });
    expect(JSON.stringify(rejected)).not.toContain('Testperson');
    expect(isDue(rejected, later(10_000_000))).toBe(false);
  });

  it('the timer wakes for the earliest waiting entry only', () => {
    const a = markFailed(queued('a', 'Y99001', 'admin', bundle, NOW), 'server', NOW);
    const b = markSent(queued('b', 'Y99001', 'admin', bundle, NOW), 'FD-1', NOW);
    expect(nextDueAt([a, b])).toBe(later(1000).getTime());
    expect(nextDueAt([b])).toBeNull();
  });

  it('sent at the first try with a status key: received, no reply, known now; the confirmation page need not ask for a minute', () => {
    const sent = markSent(queued(CLIENT_ID, 'Y99001', 'admin', bundle, NOW), 'FD-ABC-DEF', later(5000), 'a'.repeat(32));
    expect(sent.lastKnown).toEqual({ status: 'received', replies: [], checkedAt: later(5000).toISOString() });
    expect(statusJustLearnt(sent, later(5000 + 59_000))).toBe(true);
    expect(statusJustLearnt(sent, later(5000 + 60_000))).toBe(false);
    // A device clock that went back: ask.
    expect(statusJustLearnt(sent, NOW)).toBe(false);
  });

  it('sent after a lost answer, or without a key: the status is not assumed', () => {
    const retried = markFailed(queued(CLIENT_ID, 'Y99001', 'admin', bundle, NOW), 'timeout', NOW);
    const afterLostAnswer = markSent(retried, 'FD-ABC-DEF', later(5000), 'a'.repeat(32));
    expect(afterLostAnswer.lastKnown).toBeUndefined();
    expect(statusJustLearnt(afterLostAnswer, later(5000))).toBe(false);
    expect(markSent(queued(CLIENT_ID, 'Y99001', 'admin', bundle, NOW), 'FD-ABC-DEF', NOW, null).lastKnown).toBeUndefined();
  });
});
