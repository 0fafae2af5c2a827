import { describe, expect, it } from 'vitest';
import { compiledQuestionnaire, findQuestionnaire, questionnaireIdForTopic, topicOfferedAt } from '../../../src/content/triage/all';
import { TRIAGE_JOURNEY } from '../../../src/content/triage/journey-content';
import { topicSuggestions } from '../../../src/content/triage/topic-words';
import { freeTextSafetyNet } from '../../../src/domain/triage/free-text-safety-net';
import { SAFETY_NET_WORDS } from '../../../src/content/triage/safety-net-words';
import { journeyOutcome, journeyQuestions, journeyStop, type JourneyState } from '../../../src/domain/triage/journey';
import { triage } from '../../../src/domain/triage/triage';
import type { Answers, AnswerValue, Sex } from '../../../src/domain/triage/types';

/**
 * The subtle rules of the falls, dizziness, palpitations, numbness, babies, joints and skin
 * topics: age bands, exclusions, "now" against "has stopped", and the journey a patient with
 * a minor problem takes through the real composition (emergency screen, topic, words).
 */
const run = (questionnaireId: string, answers: Answers, ageYears = 40, sex: Sex = 'female') =>
  triage(compiledQuestionnaire(questionnaireId), { ageYears, sex, answers });

describe('babies under 1: the fever thresholds by age (fever in children page)', () => {
  const calm = { 'signs-999': ['none'], 'signs-ae': ['none'], feeding: 'as-usual', 'no-wet-nappy': false, dehydration: ['none'], 'being-sick': false, 'fever-days': 0, yellow: false, 'not-usual-self': false, problem: 'other' };
  const at = (age: string, temperature: string) => run('baby', { ...calm, age, 'very-worried': false, temperature }, 0).disposition;

  it('under 3 months: 38C, or feeling hot, needs help fast (111)', () => {
    for (const age of ['under-8-weeks', '8-weeks-to-3-months']) {
      expect([at(age, 'feels-hot'), at(age, '38-to-38-9'), at(age, '39-or-more')]).toEqual(['call-111', 'call-111', 'call-111']);
      expect(at(age, 'not-hot')).toBe('routine');
    }
  });

  it('3 to 6 months: 39C or feeling hot needs 111, a measured 38.5C does not on its own', () => {
    expect(at('3-to-6-months', '39-or-more')).toBe('call-111');
    expect(at('3-to-6-months', 'feels-hot')).toBe('call-111');
    expect(at('3-to-6-months', '38-to-38-9')).toBe('routine');
  });

  it('6 months or older: a high temperature alone is not urgent, but 5 days of it is', () => {
    expect(at('6-to-12-months', '39-or-more')).toBe('routine');
    expect(run('baby', { ...calm, age: '6-to-12-months', temperature: '39-or-more', 'fever-days': 5 }, 0).disposition).toBe('practice-today');
  });

  it('under 8 weeks and the parent is very worried: 999; the same worry at 8 weeks is asked another way', () => {
    expect(run('baby', { ...calm, age: 'under-8-weeks', 'very-worried': true, temperature: 'not-hot' }, 0).disposition).toBe('call-999');
    expect(run('baby', { ...calm, age: '8-weeks-to-3-months', 'very-worried': true, temperature: 'not-hot' }, 0).firedRules).not.toContain('bb-under-8-weeks-very-worried');
  });
});

describe('babies under 1: offered only for a baby', () => {
  it('is on the topic list and in suggestions only under 1', () => {
    expect(topicOfferedAt('baby', 0)).toBe(true);
    expect(topicOfferedAt('baby', 1)).toBe(false);
    expect(topicOfferedAt('baby', 30)).toBe(false);
    expect(topicOfferedAt('headache', 30)).toBe(true);
    expect(topicSuggestions('my baby is off her feeds and has a runny nose', 'en', 0)[0]).toBe('baby');
    expect(topicSuggestions('my baby is off her feeds and has a runny nose', 'en', 3)).not.toContain('baby');
  });

  it('a topic with a baby variant uses it under 1, and the child one from 1', () => {
    expect(questionnaireIdForTopic('baby', 0)).toBe('baby');
    expect(questionnaireIdForTopic('fever', 0)).toBe('fever-child');
    expect(questionnaireIdForTopic('palpitations', 70)).toBe('palpitations');
  });
});

describe('palpitations: now, or stopped (heart palpitations page)', () => {
  const calm = { 'how-long': 'seconds', 'getting-worse': false, history: ['none'], 'keep-getting': false };
  it('with chest pain, breathlessness or feeling faint now: 999; the same signs that have stopped: the GP today', () => {
    for (const sign of ['chest-pain', 'breathless', 'faint-dizzy', 'fainted']) {
      expect(run('palpitations', { ...calm, now: true, with: [sign] }).disposition).toBe('call-999');
      expect(run('palpitations', { ...calm, now: false, with: [sign] }).disposition).toBe('practice-today');
    }
  });

  it('brief ones that do not keep coming back are looked after at home; ones that keep coming back need a GP', () => {
    expect(run('palpitations', { ...calm, now: false, with: ['none'] }).disposition).toBe('self-care');
    expect(run('palpitations', { ...calm, now: false, with: ['none'], 'keep-getting': true }).disposition).toBe('routine');
  });
});

describe('numbness: a stroke now, or signs that have passed (stroke and TIA pages)', () => {
  const calm = { 'after-injury': 'no', 'cauda-equina': ['none'], spreading: 'no', diabetes: false, pattern: 'all-the-time' };
  it('signs happening now: 999; passed in the last 7 days: A&E; passed longer ago: the GP today', () => {
    expect(run('numbness-tingling', { ...calm, 'stroke-now': true, 'stroke-passed': false }).disposition).toBe('call-999');
    expect(run('numbness-tingling', { ...calm, 'stroke-now': false, 'stroke-passed': true, 'stroke-passed-when': 'last-7-days' }).disposition).toBe('go-to-ae');
    expect(run('numbness-tingling', { ...calm, 'stroke-now': false, 'stroke-passed': true, 'stroke-passed-when': 'longer-ago' }).disposition).toBe('practice-today');
  });

  it('diabetes: numb feet need a GP, a red, hot or non-healing foot the GP today', () => {
    expect(run('numbness-tingling', { ...calm, 'stroke-now': false, 'stroke-passed': false, diabetes: true, 'diabetes-foot': ['none'] }).disposition).toBe('routine');
    expect(run('numbness-tingling', { ...calm, 'stroke-now': false, 'stroke-passed': false, diabetes: true, 'diabetes-foot': ['wound-not-healing'] }).disposition).toBe('practice-today');
  });
});

describe('skin: impetigo and shingles stay with rash-skin, where Pharmacy First is exact', () => {
  const impetigo = (ageYears: number, patches: string, unwell: boolean) => run('rash-skin', { 'rash-not-fading': false, kind: 'impetigo', 'impetigo-patches': patches, 'generally-unwell': unwell }, ageYears).disposition;
  const shingles = (ageYears: number, days: string, pregnant: boolean, sex: Sex = 'female') =>
    run('rash-skin', { 'rash-not-fading': false, kind: 'shingles', 'shingles-days': days, 'shingles-eye': false, pregnant }, ageYears, sex).disposition;

  it('impetigo: a pharmacist from 1 year, with 4 patches or fewer and not unwell; otherwise the practice', () => {
    expect([impetigo(0, 'up-to-4', false), impetigo(1, 'up-to-4', false), impetigo(70, 'up-to-4', false)]).toEqual(['practice-today', 'pharmacy', 'pharmacy']);
    expect([impetigo(8, 'more-than-4', false), impetigo(8, 'widespread', false), impetigo(8, 'up-to-4', true)]).toEqual(['practice-today', 'practice-today', 'practice-today']);
  });

  it('shingles: a pharmacist from 18, with a rash under 7 days old and not pregnant; otherwise the practice', () => {
    expect([shingles(17, 'up-to-7', false), shingles(18, 'up-to-7', false)]).toEqual(['practice-today', 'pharmacy']);
    expect(shingles(30, 'up-to-7', true)).toBe('practice-today');
    expect(shingles(30, 'more-than-7', false)).not.toBe('pharmacy');
    expect(shingles(60, 'up-to-7', false, 'male')).toBe('pharmacy');
  });

  it('the skin conditions topic never sends anyone to Pharmacy First, and says where impetigo and shingles are', () => {
    expect(findQuestionnaire('skin-conditions')!.rules.filter((r) => r.disposition === 'pharmacy')).toEqual([]);
    expect(topicSuggestions('my son has impetigo on his chin', 'en', 6)[0]).toBe('rash-skin');
    expect(topicSuggestions('my eczema is flaring up and really itchy', 'en', 30)[0]).toBe('skin-conditions');
  });
});

describe('after "Something else", the words a patient writes offer the new topics first', () => {
  it.each([
    ['I tripped and banged my head on the door frame', 30, 'falls-head-injury'],
    ['I keep feeling dizzy and the room is spinning', 30, 'dizziness-fainting'],
    ['my heart keeps racing and skipping beats', 30, 'palpitations'],
    ['pins and needles in my hands that keep coming back', 50, 'numbness-tingling'],
    ['my 3 month old is not feeding well and has fewer wet nappies', 0, 'baby'],
    ['my knee is swollen and stiff, I think it is arthritis', 70, 'joint-muscle-pain'],
    ['a mole on my arm has changed colour', 40, 'skin-conditions'],
  ] as const)('"%s" (age %i) offers %s first', (words, age, topic) => {
    expect(topicSuggestions(words, 'en', age)[0]).toBe(topic);
  });
});

/** Walks the whole journey as the app composes it, answering from a table (unlisted: "none of these" or no). */
function journey(topic: string, ageYears: number, says: string, table: Record<string, AnswerValue>): { disposition: string; asked: string[] } {
  let state: JourneyState = { kind: 'medical', patient: { ageYears, sex: 'female' }, freeTextChecked: false, safetyNetAsk: [], answers: {} };
  const asked: string[] = [];
  for (;;) {
    const next = journeyQuestions(TRIAGE_JOURNEY, state).find((q) => !asked.includes(`${q.questionnaireId}/${q.linkId}`));
    if (!next) {
      if (state.topic === undefined) state = { ...state, topic };
      else if (!state.freeTextChecked) state = { ...state, freeTextChecked: true, safetyNetAsk: freeTextSafetyNet(says, 'en', SAFETY_NET_WORDS).ask };
      else break;
      continue;
    }
    const where = `${next.questionnaireId}/${next.linkId}`;
    asked.push(where);
    const item = compiledQuestionnaire(next.questionnaireId).items.get(next.linkId)!.item;
    const answer = table[where] ?? table[next.linkId] ?? (item.repeats ? ['none'] : item.type === 'boolean' ? false : undefined);
    if (answer === undefined) throw new Error(`no answer for ${where}`);
    state = { ...state, answers: { ...state.answers, [next.questionnaireId]: { ...state.answers[next.questionnaireId], [next.linkId]: answer } } };
    const stop = journeyStop(TRIAGE_JOURNEY, state);
    if (stop) return { disposition: stop.disposition, asked };
  }
  return { disposition: journeyOutcome(TRIAGE_JOURNEY, state)!.disposition, asked };
}

describe('a minor problem in each new topic, answered honestly, never reaches 999 or A&E', () => {
  it.each([
    ['falls-head-injury', 7, 'She bumped her head on the table, cried for a minute and is playing again', { 'hit-head': true }, 'self-care'],
    ['falls-head-injury', 82, 'I tripped on the rug last week, no injury, but it is my second fall this year', { 'falls-before': true }, 'routine'],
    ['dizziness-fainting', 25, 'I go dizzy for a few seconds when I stand up quickly', { pattern: 'on-standing' }, 'self-care'],
    ['palpitations', 30, 'My heart flutters for a few seconds after strong coffee', { now: false, 'how-long': 'seconds' }, 'self-care'],
    ['numbness-tingling', 35, 'Pins and needles in my foot after sitting cross-legged, it went when I moved', { 'after-injury': 'no', spreading: 'no', pattern: 'went-when-moved' }, 'self-care'],
    ['baby', 0, 'My 7 month old has a runny nose and is a bit grumpy', { age: '6-to-12-months', temperature: 'not-hot', feeding: 'as-usual', problem: 'cold' }, 'self-care'],
    ['joint-muscle-pain', 19, 'I twisted my ankle playing football yesterday, it is a bit swollen but I can walk on it', { injury: true, 'how-long': 'days' }, 'self-care'],
    ['skin-conditions', 24, 'My eczema is dry and itchy on my elbows again', { kind: 'eczema' }, 'self-care'],
  ] as const)('%s, age %i: "%s"', (topic, age, says, table, expected) => {
    const result = journey(topic, age, says, table as Record<string, AnswerValue>);
    expect(result.disposition).toBe(expected);
    expect(result.asked.some((q) => q.startsWith(`${topic}/`))).toBe(true);
  });
});
