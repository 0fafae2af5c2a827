import type { Answers, AnswerValue, Condition, EnableWhen, Patient, TriageRule } from './types';
import type { CompiledQuestionnaire } from './model';
import { answerMatches, hasAnswer } from './answer-match';
import { inAgeRange } from './enable-when';

/**
 * Three-valued logic over partial answers: `true` and `false` are settled whatever the
 * patient answers next; `unknown` means a question still to come could go either way.
 * An unanswered question that shows, or could still show, is unknown.
 */
export type Truth = true | false | 'unknown';

/** Whether an item shows: `maybe` when that hangs on questions not answered yet. */
export type ItemShown = 'yes' | 'no' | 'maybe';

const and = (values: readonly Truth[]): Truth => (values.includes(false) ? false : values.includes('unknown') ? 'unknown' : true);
const or = (values: readonly Truth[]): Truth => (values.includes(true) ? true : values.includes('unknown') ? 'unknown' : false);
const negate = (value: Truth): Truth => (value === 'unknown' ? 'unknown' : !value);

function testTruth(shown: ItemShown | undefined, value: AnswerValue | undefined, test: EnableWhen): Truth {
  if (shown === undefined || shown === 'no') return answerMatches(undefined, test);
  if (!hasAnswer(value)) return 'unknown';
  if (shown === 'yes') return answerMatches(value, test);
  // It may end up hidden, and then its answer does not count.
  const ifShown = answerMatches(value, test);
  return ifShown === answerMatches(undefined, test) ? ifShown : 'unknown';
}

/**
 * Which items show, could show, or cannot show, with these answers so far. `only`
 * limits the questionnaire to the items the journey asks (the free-text safety net asks
 * a few of its questions); the rest never show.
 */
export function itemsShown(model: CompiledQuestionnaire, answers: Answers, patient: Patient, only?: ReadonlySet<string>): ReadonlyMap<string, ItemShown> {
  const shown = new Map<string, ItemShown>();
  for (const linkId of model.evaluationOrder) {
    const compiled = model.items.get(linkId);
    if (!compiled) continue;
    if (only && !only.has(linkId)) {
      shown.set(linkId, 'no');
      continue;
    }
    const { item, parent } = compiled;
    const filter = item.forPatient;
    const suits =
      !filter || ((filter.sex === undefined || filter.sex === patient.sex) && (filter.age === undefined || inAgeRange(patient.ageYears, filter.age)));
    const parentShown: ItemShown = parent === undefined ? 'yes' : (shown.get(parent) ?? 'no');
    const tests = (item.enableWhen ?? []).map((test) => testTruth(shown.get(test.question), answers[test.question], test));
    const own: Truth = tests.length === 0 ? true : item.enableBehavior === 'any' ? or(tests) : and(tests);
    const on = suits ? and([parentShown === 'maybe' ? 'unknown' : parentShown === 'yes', own]) : false;
    shown.set(linkId, on === 'unknown' ? 'maybe' : on ? 'yes' : 'no');
  }
  return shown;
}

/** A rule's condition in three-valued logic. */
export function conditionTruth(condition: Condition, patient: Patient, answers: Answers, shown: ReadonlyMap<string, ItemShown>): Truth {
  if ('all' in condition) return and(condition.all.map((c) => conditionTruth(c, patient, answers, shown)));
  if ('any' in condition) return or(condition.any.map((c) => conditionTruth(c, patient, answers, shown)));
  if ('not' in condition) return negate(conditionTruth(condition.not, patient, answers, shown));
  if ('age' in condition) return inAgeRange(patient.ageYears, condition.age);
  if ('sex' in condition) return patient.sex === condition.sex;
  return testTruth(shown.get(condition.question), answers[condition.question], condition);
}

/** One rule and whether it fires, could fire, or cannot fire any more. */
export interface RuleTruth {
  rule: TriageRule;
  truth: Truth;
}

/** Every rule of a questionnaire, in content order, with its truth so far. */
export function ruleTruths(model: CompiledQuestionnaire, patient: Patient, answers: Answers, only?: ReadonlySet<string>): RuleTruth[] {
  const shown = itemsShown(model, answers, patient, only);
  return model.rules.map((rule) => ({ rule, truth: conditionTruth(rule.when, patient, answers, shown) }));
}
