import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUESTIONNAIRES, compiledQuestionnaire } from '../../../src/content/triage/all';
import { triage } from '../../../src/domain/triage/triage';
import { DISPOSITIONS, urgencyRank, type Disposition } from '../../../src/domain/triage/dispositions';
import type { AnswerValue, Answers, Condition, QuestionnaireItem, Sex, TriageQuestionnaire } from '../../../src/domain/triage/types';
import type { CompiledQuestionnaire } from '../../../src/domain/triage/model';

/** At least 10,000 generated answer sets per questionnaire (DESIGN.md, clinical safety). */
const RUNS = Number(process.env.TRIAGE_PROPERTY_RUNS ?? 10_000);

/** Free text in several languages with no crisis or red-flag words in it. */
const CALM_TEXT = [
  'I would like some advice about my repeat prescription',
  'Hoffwn i gael cyngor am fy mhresgripsiwn',
  'Chciałbym porozmawiać z lekarzem o wynikach badań',
  'Aş dori o programare pentru un control',
  'Quisiera una cita para revisar mis análisis',
  'أرغب في موعد مع الطبيب',
  '',
];

function valueArbitrary(item: QuestionnaireItem): fc.Arbitrary<AnswerValue> | undefined {
  const codes = (item.answerOption ?? []).map((o) => o.valueCoding.code);
  switch (item.type) {
    case 'boolean':
      return fc.boolean();
    case 'choice':
      return item.repeats ? fc.subarray(codes, { minLength: 1 }) : fc.constantFrom(...codes);
    case 'integer':
      return fc.integer({ min: (item.minValue ?? 0) - 2, max: (item.maxValue ?? 100) + 2 });
    case 'string':
    case 'text':
      return fc.constantFrom(...CALM_TEXT);
    default:
      return undefined;
  }
}

function answersArbitrary(model: CompiledQuestionnaire): fc.Arbitrary<Record<string, AnswerValue | undefined>> {
  const fields: Record<string, fc.Arbitrary<AnswerValue | undefined>> = {};
  for (const [linkId, { item }] of model.items) {
    const value = valueArbitrary(item);
    if (value) fields[linkId] = fc.option(value, { nil: undefined, freq: 4 });
  }
  return fc.record(fields);
}

function patientArbitrary(q: TriageQuestionnaire) {
  const min = q.ageRange?.min ?? 0;
  const max = q.ageRange?.max ?? 105;
  return fc.record({ ageYears: fc.integer({ min, max }), sex: fc.constantFrom<Sex>('female', 'male') });
}

/** Red flags: a "yes", a ticked box or a final radio answer that on its own sends the patient to 999, A&E or 111. */
interface RedFlag {
  ruleId: string;
  linkId: string;
  value: boolean | string;
  disposition: Disposition;
  multiple: boolean;
  /** The rule needs nothing else, so the flag alone must give at least its urgency. */
  alone: boolean;
}

function redFlags(model: CompiledQuestionnaire): RedFlag[] {
  const flags: RedFlag[] = [];
  for (const rule of model.rules) {
    if (urgencyRank(rule.disposition) > urgencyRank('call-111')) continue;
    const tests: Condition[] = 'any' in rule.when ? rule.when.any : 'all' in rule.when ? rule.when.all : [rule.when];
    for (const test of tests) {
      if (!('kind' in test) || test.operator !== '=') continue;
      const item = model.items.get(test.question)?.item;
      if (test.answerBoolean === true) flags.push({ ruleId: rule.id, linkId: test.question, value: true, multiple: false, disposition: rule.disposition, alone: tests.length === 1 });
      else if (test.answerCoding && (item?.repeats || !model.dependents.has(test.question))) {
        // A ticked box is added; a radio answer is replaced, but only when no other question hangs on it.
        flags.push({ ruleId: rule.id, linkId: test.question, value: test.answerCoding.code, multiple: Boolean(item?.repeats), disposition: rule.disposition, alone: tests.length === 1 && !('all' in rule.when) });
      }
    }
  }
  return flags;
}

function addFlag(answers: Answers, flag: RedFlag): Answers {
  if (typeof flag.value === 'boolean') return { ...answers, [flag.linkId]: true };
  // A radio answer already given is changed, not added to, so only an empty one takes the flag.
  if (!flag.multiple) return answers[flag.linkId] === undefined ? { ...answers, [flag.linkId]: flag.value } : answers;
  const current = answers[flag.linkId];
  const ticked = Array.isArray(current) ? (current as string[]) : [];
  return { ...answers, [flag.linkId]: ticked.includes(flag.value) ? ticked : [...ticked, flag.value] };
}

function reorder(answers: Answers, order: readonly number[]): Answers {
  const entries = Object.entries(answers);
  const shuffled = order.map((i) => entries[i % entries.length]!).filter((e, i, all) => all.indexOf(e) === i);
  for (const entry of entries) if (!shuffled.includes(entry)) shuffled.push(entry);
  return Object.fromEntries(shuffled.map(([k, v]) => [k, Array.isArray(v) ? [...(v as string[])].reverse() : v]));
}

function withOtherText(answers: Answers, model: CompiledQuestionnaire, pick: number): Answers {
  const next: Record<string, Answers[string]> = { ...answers };
  for (const [linkId, { item }] of model.items) {
    if (item.type === 'text' || item.type === 'string') next[linkId] = CALM_TEXT[pick % CALM_TEXT.length];
  }
  return next;
}

describe.each(QUESTIONNAIRES.map((q) => [q.id, q] as const))('triage properties: %s', (id, questionnaire) => {
  const model = compiledQuestionnaire(id);
  const flags = redFlags(model);

  it(`gives exactly one disposition, whatever the order or language of the answers (${RUNS} answer sets)`, () => {
    fc.assert(
      fc.property(
        patientArbitrary(questionnaire),
        answersArbitrary(model),
        fc.array(fc.nat(), { minLength: 1, maxLength: 20 }),
        fc.nat(),
        (patient, answers, order, textPick) => {
          const result = triage(model, { ...patient, answers });
          // Exactly one, and the right one: the most urgent fired rule, or the default.
          expect(DISPOSITIONS).toContain(result.disposition);
          const firedDispositions = model.rules.filter((r) => result.firedRules.includes(r.id)).map((r) => urgencyRank(r.disposition));
          expect(urgencyRank(result.disposition)).toBe(firedDispositions.length > 0 ? Math.min(...firedDispositions) : urgencyRank(model.defaultDisposition));

          expect(triage(model, { ...patient, answers: reorder(answers, order) })).toEqual(result);
          expect(triage(model, { ...patient, answers: withOtherText(answers, model, textPick) })).toEqual(result);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it.runIf(flags.length > 0)(`never becomes less urgent when a red flag is added (${RUNS} answer sets)`, () => {
    fc.assert(
      fc.property(patientArbitrary(questionnaire), answersArbitrary(model), fc.constantFrom(...flags), (patient, answers, flag) => {
        const before = triage(model, { ...patient, answers });
        const after = triage(model, { ...patient, answers: addFlag(answers, flag) });
        expect(urgencyRank(after.disposition)).toBeLessThanOrEqual(urgencyRank(before.disposition));
        if (flag.alone && after.firedRules.includes(flag.ruleId)) {
          expect(urgencyRank(after.disposition)).toBeLessThanOrEqual(urgencyRank(flag.disposition));
        }
      }),
      { numRuns: RUNS },
    );
  });
});
