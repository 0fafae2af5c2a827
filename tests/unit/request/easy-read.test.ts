import { describe, expect, it } from 'vitest';
import { OUTCOMES } from '../../../src/content/triage/all';
import easyRead from '../../../src/locales/en/easy-read.json';
import triage from '../../../src/locales/en/triage.json';

/**
 * Every triage outcome has an easy-read version, and it is exactly as strong as the
 * standard one: the same numbers to call, "now" where the standard says "now", and
 * "call 999 now" never softened. Easy read means short lines: one idea, few words.
 */
interface EasyReadOutcome {
  title: string;
  action: string;
  now: string[];
  worseTitle: string;
  worse: string[];
}

const easyOutcomes = easyRead.outcomes as Record<string, EasyReadOutcome | undefined>;
const easyChannels = easyRead.channels as Record<string, { label: string; detail: string } | undefined>;
const standard = triage.outcomes as Record<string, { title: string; doNow: string; ifWorse: string }>;

const allText = (o: EasyReadOutcome) => [o.title, o.action, ...o.now, o.worseTitle, ...o.worse].join(' ');
const numbers = (text: string) => [...new Set(text.match(/\b(999|111)\b/g) ?? [])].sort();
const MAX_WORDS_A_LINE = 15;

describe.each(OUTCOMES.map((o) => [o.id, o] as const))('the easy-read %s outcome', (id, outcome) => {
  const easy = easyOutcomes[id];

  it('has a title, one key action, 1 to 4 more lines on what to do now, and what to do if it gets worse', () => {
    expect(easy, `easy-read.json has no outcomes.${id}`).toBeDefined();
    expect(easy!.title.trim()).not.toBe('');
    expect(easy!.action.trim()).not.toBe('');
    expect(easy!.now.length).toBeGreaterThanOrEqual(1);
    expect(easy!.now.length).toBeLessThanOrEqual(4);
    expect(easy!.worseTitle.trim()).not.toBe('');
    expect(easy!.worse.length).toBeGreaterThanOrEqual(1);
  });

  it('keeps each line short: one sentence of at most 15 words', () => {
    for (const line of [easy!.action, ...easy!.now, ...easy!.worse]) {
      expect(line.split(/\s+/).length, line).toBeLessThanOrEqual(MAX_WORDS_A_LINE);
      expect(line.match(/[.!?](\s|$)/g)?.length ?? 0, line).toBeLessThanOrEqual(1);
    }
  });

  it('is as strong as the standard outcome: the same numbers, "now" kept, "call 999 now" never softened', () => {
    const std = standard[outcome.doNow.replace(/^outcomes\.|\.doNow$/g, '')]!;
    const stdText = `${std.title} ${std.doNow} ${std.ifWorse}`;
    expect(numbers(allText(easy!))).toEqual(numbers(stdText));
    if (/\bnow\b/i.test(std.title)) expect(easy!.action).toMatch(/\bnow\b/i);
    const call999Now = (text: string) => (text.match(/call 999 now/gi) ?? []).length;
    expect(call999Now(allText(easy!))).toBeGreaterThanOrEqual(Math.min(1, call999Now(stdText)));
    if (outcome.careCard === 'immediate') expect(easy!.action).toMatch(/now/i);
  });

  it('has easy-read words for every way to get help it offers', () => {
    for (const channel of outcome.channels) {
      expect(easyChannels[channel.id]?.label, channel.id).toBeTruthy();
      expect(easyChannels[channel.id]?.detail, channel.id).toBeTruthy();
    }
  });
});

it('has no easy-read text for an outcome that does not exist', () => {
  expect(Object.keys(easyOutcomes).sort()).toEqual(OUTCOMES.map((o) => o.id).sort());
});

it('tells the patient on the start page to call 999 now in an emergency', () => {
  expect(easyRead.start.emergencyAction).toMatch(/^Call 999 now\.$/);
});
