import { describe, expect, it } from 'vitest';
import { appointmentInvited, readStatusAnswer, statusKeyOf } from '../../../src/domain/request/request-status';
import { markSent, queued } from '../../../src/domain/request/outbox-state';
import { buildRequestBundle } from '../../../src/domain/request/fhir-bundle';
import { replySummary } from '../../../src/domain/request/reply-summary';
import { completeDraft, NOW } from './fixtures';

const KEY = '0123456789abcdef0123456789abcdef';
const answerWith = (link: unknown) => ({ resourceType: 'Bundle', type: 'transaction-response', link, entry: [] });

describe('the status key in the practice answer', () => {
  it('is read from the Bundle link whose relation is status-key', () => {
    const answer = answerWith([
      { relation: 'self', url: 'https://example.org/fhir' },
      { relation: 'status-key', url: `urn:front-door:status-key:${KEY}` },
    ]);
    expect(statusKeyOf(answer)).toBe(KEY);
  });

  it('keeps the 32 hex digits in lower case', () => {
    expect(statusKeyOf(answerWith([{ relation: 'status-key', url: `urn:front-door:status-key:${KEY.toUpperCase()}` }]))).toBe(KEY);
  });

  it.each([
    ['no link at all', { resourceType: 'Bundle' }],
    ['no status-key link', answerWith([{ relation: 'self', url: `urn:front-door:status-key:${KEY}` }])],
    ['too short', answerWith([{ relation: 'status-key', url: `urn:front-door:status-key:${KEY.slice(1)}` }])],
    ['too long', answerWith([{ relation: 'status-key', url: `urn:front-door:status-key:${KEY}0` }])],
    ['not hex', answerWith([{ relation: 'status-key', url: `urn:front-door:status-key:${KEY.slice(1)}g` }])],
    ['another scheme', answerWith([{ relation: 'status-key', url: `https://evil.example/${KEY}` }])],
    ['not a string', answerWith([{ relation: 'status-key', url: 42 }])],
    ['not a Bundle', null],
  ])('is none when there is %s', (_, answer) => {
    expect(statusKeyOf(answer)).toBeNull();
  });
});

describe('a sent entry', () => {
  const draft = completeDraft();
  const waiting = queued(draft.id, draft.ods, 'admin', buildRequestBundle(draft, null, [], NOW), NOW, replySummary(draft));

  it('keeps the reference and the key, and nothing the patient typed', () => {
    const sent = markSent(waiting, 'FD-ABC-DEF', NOW, KEY);
    expect(sent).toEqual({
      id: draft.id,
      ods: 'Y99001',
      kind: 'admin',
      queuedAt: NOW.toISOString(),
      status: 'sent',
      reference: 'FD-ABC-DEF',
      sentAt: NOW.toISOString(),
      statusKey: KEY,
      lastKnown: { status: 'received', replies: [], checkedAt: NOW.toISOString() },
    });
    expect(JSON.stringify(sent)).not.toContain('Testperson');
  });

  it('without a key (an older backend) has none, so no status is asked', () => {
    expect(markSent(waiting, 'FD-ABC-DEF', NOW, null)).not.toHaveProperty('statusKey');
  });
});

describe('the status answer', () => {
  const reply = { text: 'Please come in.', sentAt: '2026-11-23T11:00:00Z', inviteAppointment: false };

  it.each(['received', 'being-looked-at', 'replied', 'closed'])('understands %s', (status) => {
    expect(readStatusAnswer({ status, practice: { ods: 'Y99001', name: 'X' }, replies: [reply] })).toEqual({ status, replies: [reply] });
  });

  it('takes no replies as none', () => {
    expect(readStatusAnswer({ status: 'received' })).toEqual({ status: 'received', replies: [] });
  });

  it.each([
    ['an unknown status', { status: 'lost', replies: [] }],
    ['a reply without text', { status: 'replied', replies: [{ sentAt: reply.sentAt, inviteAppointment: false }] }],
    ['a reply whose invitation is not yes or no', { status: 'replied', replies: [{ ...reply, inviteAppointment: 'yes' }] }],
    ['replies that are not a list', { status: 'replied', replies: 'hello' }],
    ['nothing', undefined],
  ])('refuses %s', (_, body) => {
    expect(readStatusAnswer(body)).toBeNull();
  });

  it('drops anything it does not show (a reply carries only its text, time and invitation)', () => {
    expect(readStatusAnswer({ status: 'replied', replies: [{ ...reply, by: 'Dr Example', id: 'r1' }] })?.replies).toEqual([reply]);
  });
});

describe('an appointment is offered', () => {
  const at = (hour: number, inviteAppointment: boolean) => ({ text: 't', sentAt: `2026-11-23T${hour}:00:00Z`, inviteAppointment });

  it('when the newest reply invites one, whatever order they come in', () => {
    expect(appointmentInvited([at(12, true), at(11, false)])).toBe(true);
  });

  it('not when a later reply does not', () => {
    expect(appointmentInvited([at(11, true), at(12, false)])).toBe(false);
  });

  it('not when there is no reply', () => {
    expect(appointmentInvited([])).toBe(false);
  });
});
