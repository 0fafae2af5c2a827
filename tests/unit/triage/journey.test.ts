import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compiledQuestionnaire } from '../../../src/content/triage/all';
import { TRIAGE_JOURNEY } from '../../../src/content/triage/journey-content';
import { journeyOutcome, journeyQuestions, journeyStop, type JourneyState } from '../../../src/domain/triage/journey';
import { questionsIn } from '../../../src/domain/triage/conditions';
import { urgencyRank } from '../../../src/domain/triage/dispositions';
import type { Answers } from '../../../src/domain/triage/types';

const adult = { ageYears: 58, sex: 'male' as const };
const noEmergency = { 'emergency-adult': { 'signs-now': ['none'], 'signs-now-more': ['none'], 'fit-stopped': ['none'], 'ae-signs': ['none'] } };
const state = (changes: Partial<JourneyState>): JourneyState => ({ kind: 'medical', patient: adult, freeTextChecked: true, safetyNetAsk: [], answers: {}, ...changes });
const questions = (s: JourneyState) => journeyQuestions(TRIAGE_JOURNEY, s).map((q) => `${q.questionnaireId}/${q.linkId}`);

describe('the journey as the app composes it', () => {
  it('asks the emergency screen first, then nothing more until the topic is chosen and the words are read', () => {
    const start = state({ freeTextChecked: false });
    const screen = ['emergency-adult/signs-now', 'emergency-adult/signs-now-more', 'emergency-adult/fit-stopped', 'emergency-adult/ae-signs'];
    expect(questions(start)).toEqual(screen);
    expect(questions({ ...start, topic: 'chest-pain', answers: noEmergency })).toEqual(screen);
  });

  it('asks the safety-net questions the words called for before the topic questions', () => {
    const s = state({ topic: 'headache', safetyNetAsk: ['stroke-signs'], answers: noEmergency });
    const list = questions(s);
    expect(list.indexOf('red-flag-check/stroke-signs')).toBeLessThan(list.indexOf('headache/sudden-worst-ever'));
    expect(list).not.toContain('red-flag-check/chest-pain-now');
  });

  it('chest pain now does not stop at 111 while the 999 questions are still to come', () => {
    const s = state({ topic: 'chest-pain', answers: { ...noEmergency, 'chest-pain': { 'pain-now': true } } });
    expect(journeyStop(TRIAGE_JOURNEY, s)).toBeNull();
    expect(questions(s)).toContain('chest-pain/pain-spreads');
  });

  it('chest pain now spreading to the arm stops at 999 at once', () => {
    const s = state({ topic: 'chest-pain', answers: { ...noEmergency, 'chest-pain': { 'pain-now': true, 'pain-spreads': true } } });
    expect(journeyStop(TRIAGE_JOURNEY, s)?.disposition).toBe('call-999');
  });

  it('a 999 tick on the emergency screen stops at once, before the topic is known', () => {
    const s = state({ freeTextChecked: false, answers: { 'emergency-adult': { 'signs-now': ['stroke'] } } });
    expect(journeyStop(TRIAGE_JOURNEY, s)?.disposition).toBe('call-999');
  });

  it('self-care or a pharmacist on the topic page is the request outcome (the emergency screen default does not count)', () => {
    const child = { ageYears: 7, sex: 'female' as const };
    const s = state({
      patient: child,
      topic: 'sore-throat',
      answers: {
        'emergency-child': { 'signs-now': ['none'], 'signs-now-more': ['none'], 'sepsis-signs': ['none'], 'fit-stopped': ['none'], 'ae-signs': ['none'] },
        'sore-throat': { 'cannot-swallow-or-breathe': false, 'weak-immune-system': false, 'how-long': 'under-1-week' },
      },
    });
    expect(journeyOutcome(TRIAGE_JOURNEY, s)).toMatchObject({ disposition: 'pharmacy', pharmacyCondition: 'sore-throat' });
  });
});

/**
 * The join between the emergency screen and the rest (docs/clinical-safety/journey.md):
 * an A&E answer on the screen may end the journey, before the topic questions that could
 * have reached 999, only because every 999 sign of the NHS page was asked first.
 */
describe.each(['emergency-adult', 'emergency-child'])('the %s screen may end the journey on A&E', (id) => {
  const model = compiledQuestionnaire(id);
  const gate = model.source.endsJourney!;
  const pageOrder = model.source.item.map((i) => i.linkId);

  it('names the questions it must ask first, and ends the journey no lower than A&E', () => {
    expect(gate).toBeDefined();
    expect(urgencyRank(gate.atOrAbove)).toBeLessThanOrEqual(urgencyRank('go-to-ae'));
  });

  it('asks every 999 sign, always shown and required, before any A&E question', () => {
    const ruleQuestions = (disposition: string) => model.rules.filter((r) => r.disposition === disposition).flatMap((r) => questionsIn(r.when));
    const asked999 = new Set(ruleQuestions('call-999'));
    // Every 999 rule reads only questions the gate waits for…
    for (const linkId of asked999) expect(gate.onceAnswered).toContain(linkId);
    for (const linkId of gate.onceAnswered) {
      const item = model.items.get(linkId)!.item;
      expect(item.enableWhen ?? []).toEqual([]);
      expect(item.required).toBe(true);
      // …and each of those comes before every question an A&E rule reads.
      for (const aeQuestion of ruleQuestions('go-to-ae')) expect(pageOrder.indexOf(linkId)).toBeLessThan(pageOrder.indexOf(aeQuestion));
    }
  });

  it('never stops on A&E while a 999 sign is unanswered (generated answers)', () => {
    const answer = (linkId: string) => {
      const codes = model.items.get(linkId)!.item.answerOption!.map((o) => o.valueCoding.code);
      return fc.option(fc.subarray(codes, { minLength: 1 }), { nil: undefined });
    };
    const patient = { ageYears: id === 'emergency-child' ? 4 : 40, sex: 'female' as const };
    fc.assert(
      fc.property(fc.record(Object.fromEntries(pageOrder.map((l) => [l, answer(l)]))), (answers) => {
        const s = state({ patient, freeTextChecked: false, answers: { [id]: answers as Answers } });
        const stop = journeyStop(TRIAGE_JOURNEY, s);
        if (stop?.disposition === 'go-to-ae') for (const linkId of gate.onceAnswered) expect(answers[linkId]).toBeDefined();
      }),
      { numRuns: 2000 },
    );
  });
});
