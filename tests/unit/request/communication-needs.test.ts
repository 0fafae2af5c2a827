// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { OUTCOMES, findOutcome } from '../../../src/content/triage/all';
import { cleanNeeds, clearCommunicationNeeds, savedCommunicationNeeds, saveCommunicationNeeds } from '../../../src/platform/device/communication-needs';
import { setSharedDevice } from '../../../src/platform/device/device-settings';
import { buildRequestBundle } from '../../../src/domain/request/fhir-bundle';
import { markFailed, markRejected, markSent, queued } from '../../../src/domain/request/outbox-state';
import { replySentences } from '../../../src/features/request/model/reply-sentences';
import { replySummary } from '../../../src/domain/request/reply-summary';
import { COMMUNICATION_NEEDS } from '../../../src/domain/request/request-types';
import { waysThatSuitFirst } from '../../../src/features/request/model/ways-that-suit';
import { CLIENT_ID, completeDraft, NOW } from './fixtures';

const idsOf = (channels: readonly { id: string }[]) => channels.map((c) => c.id);

describe('communication needs saved on this device', () => {
  beforeEach(() => localStorage.clear());

  it('are saved as answered and read back for the next request', () => {
    expect(savedCommunicationNeeds()).toBeNull();
    saveCommunicationNeeds({ needs: ['relay', 'interpreter'], language: 'Polish' });
    expect(savedCommunicationNeeds()).toEqual({ needs: ['interpreter', 'relay'], language: 'Polish' });
  });

  it('are never saved on a shared device, and are not read there', () => {
    setSharedDevice(true);
    saveCommunicationNeeds({ needs: ['bsl'], language: '' });
    expect(JSON.stringify({ ...localStorage })).not.toContain('bsl');
    setSharedDevice(false);
    saveCommunicationNeeds({ needs: ['bsl'], language: '' });
    setSharedDevice(true);
    expect(savedCommunicationNeeds()).toBeNull();
  });

  it('are removed when cleared, when nothing is ticked, and by clearing all storage', () => {
    saveCommunicationNeeds({ needs: ['bsl'], language: '' });
    clearCommunicationNeeds();
    expect(savedCommunicationNeeds()).toBeNull();
    saveCommunicationNeeds({ needs: ['bsl'], language: '' });
    saveCommunicationNeeds({ needs: [], language: '' });
    expect(savedCommunicationNeeds()).toBeNull();
    saveCommunicationNeeds({ needs: ['large-print'], language: '' });
    localStorage.clear(); // what "clear everything" does
    expect(savedCommunicationNeeds()).toBeNull();
  });

  it('keeps only known needs, drops "none" beside real needs, and the language without an interpreter', () => {
    expect(cleanNeeds({ needs: ['bsl', 'made-up', 'none'], language: 'Welsh' })).toEqual({ needs: ['bsl'], language: '' });
    expect(cleanNeeds({ needs: ['none'], language: '' })).toEqual({ needs: ['none'], language: '' });
    expect(cleanNeeds({ needs: 'bsl' })).toBeNull();
    expect(cleanNeeds(null)).toBeNull();
    localStorage.setItem('front-door:communication-needs', '{not json');
    expect(savedCommunicationNeeds()).toBeNull();
  });
});

describe('how the practice will reply', () => {
  it('the summary holds kinds of contact and needs, never a phone number or email', () => {
    const draft = completeDraft({ needs: { needs: ['interpreter', 'relay'], language: ' Urdu ' } });
    const summary = replySummary(draft);
    expect(summary).toEqual({ methods: ['phone', 'email'], needs: ['interpreter', 'relay'], language: 'Urdu' });
    const stored = JSON.stringify(summary);
    for (const personal of ['07700', '900123', 'ada@example.com', 'Ada', 'Testperson']) expect(stored).not.toContain(personal);
    expect(replySummary(completeDraft({ needs: { needs: ['none'], language: 'French' } }))).toEqual({ methods: ['phone', 'email'], needs: [] });
  });

  it('one way chosen: the practice will use it', () => {
    expect(replySentences({ methods: ['text'], needs: [] })).toEqual([{ key: 'will.text' }]);
    expect(replySentences({ methods: ['phone'], needs: [] })).toEqual([{ key: 'will.phone' }]);
    expect(replySentences({ methods: ['email'], needs: [] })).toEqual([{ key: 'will.email' }]);
  });

  it('several ways chosen: the practice may use any of them', () => {
    expect(replySentences({ methods: ['phone', 'text', 'email'], needs: [] })).toEqual([{ key: 'may.phone' }, { key: 'also.text' }, { key: 'also.email' }]);
  });

  it('one sentence for each kind of help, with the interpreter language', () => {
    const sentences = replySentences({ methods: ['phone'], needs: ['interpreter', 'bsl', 'relay', 'easy-read', 'large-print'], language: 'Polish' });
    expect(sentences).toEqual([
      { key: 'will.phone' },
      { key: 'interpreterLanguage', language: 'Polish' },
      { key: 'bsl' },
      { key: 'relayCall' },
      { key: 'easy-read' },
      { key: 'large-print' },
    ]);
    expect(replySentences({ methods: ['text'], needs: ['interpreter', 'relay'] })).toEqual([{ key: 'will.text' }, { key: 'interpreter' }, { key: 'relay' }]);
  });

  it('no way known: nothing specific (the page says it in general)', () => {
    expect(replySentences({ methods: [], needs: ['bsl'] })).toEqual([]);
  });

  it('the summary waits with the request, and is not kept once it is sent or refused (issue 18: only the reference and status stay)', () => {
    const reply = replySummary(completeDraft({ contact: { methods: ['text'], phone: '07700 900123', email: '', times: [] }, needs: { needs: ['interpreter'], language: 'Tigrinya' } }));
    const waiting = markFailed(queued(CLIENT_ID, 'Y99001', 'admin', buildRequestBundle(completeDraft(), null, [], NOW), NOW, reply), 'offline', NOW);
    expect(waiting.reply).toEqual(reply);
    const sent = markSent(waiting, 'FD-ABC-DEF', NOW);
    expect(sent).not.toHaveProperty('reply');
    expect(JSON.stringify(sent)).not.toMatch(/900123|Tigrinya|interpreter/);
    expect(markRejected(waiting, 'capacity', [], NOW)).not.toHaveProperty('reply');
  });
});

describe('ways to get help, in order of the patient’s needs', () => {
  const emergency = findOutcome('call-999')!.channels;

  it('BSL: the BSL routes first', () => {
    const { channels, reordered } = waysThatSuitFirst(emergency, ['bsl']);
    expect(idsOf(channels)).toEqual(['bsl-999', 'call-999', 'text-999', 'relay-999']);
    expect(reordered).toBe(true);
    expect(idsOf(waysThatSuitFirst(findOutcome('call-111')!.channels, ['bsl']).channels)[0]).toBe('bsl-111');
  });

  it('relay: text relay, then text 999, first', () => {
    expect(idsOf(waysThatSuitFirst(emergency, ['relay']).channels)).toEqual(['relay-999', 'text-999', 'call-999', 'bsl-999']);
    expect(idsOf(waysThatSuitFirst(findOutcome('call-111')!.channels, ['relay']).channels)).toEqual(['relay-111', 'call-111', 'online-111', 'bsl-111']);
  });

  it('BSL and relay: BSL, then relay, then the rest', () => {
    expect(idsOf(waysThatSuitFirst(emergency, ['relay', 'bsl']).channels)).toEqual(['bsl-999', 'relay-999', 'text-999', 'call-999']);
  });

  it('no needs, other needs, or nothing that suits: the order stays as it is', () => {
    for (const needs of [[], ['none'], ['interpreter', 'large-print']]) {
      const result = waysThatSuitFirst(emergency, needs);
      expect(idsOf(result.channels)).toEqual(idsOf(emergency));
      expect(result.reordered).toBe(false);
    }
    expect(waysThatSuitFirst(findOutcome('routine')!.channels, ['bsl', 'relay']).reordered).toBe(false);
  });

  it('every way to get help stays listed, 999 included, for every outcome and every mix of needs', () => {
    const mixes = COMMUNICATION_NEEDS.flatMap((a) => COMMUNICATION_NEEDS.map((b) => [a, b]));
    for (const outcome of OUTCOMES) {
      for (const needs of mixes) {
        const { channels } = waysThatSuitFirst(outcome.channels, needs);
        expect(channels).toHaveLength(outcome.channels.length);
        expect(new Set(channels)).toEqual(new Set(outcome.channels));
      }
    }
  });
});
