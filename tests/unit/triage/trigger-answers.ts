import type { AnswerValue, Condition, EnableWhen, Patient, TriageQuestionnaire } from '../../../src/domain/triage/types';
import type { CompiledQuestionnaire } from '../../../src/domain/triage/model';

/**
 * Builds the smallest answers (and a suitable patient) that make a rule's condition
 * true, switching on any items it depends on. Used to prove that every rule can fire.
 */
export interface Trigger {
  patient: Patient;
  answers: Record<string, AnswerValue>;
}

function valueFor(model: CompiledQuestionnaire, test: EnableWhen, current: AnswerValue | undefined): AnswerValue {
  const item = model.items.get(test.question)?.item;
  if (test.answerBoolean !== undefined) return test.operator === '!=' ? !test.answerBoolean : test.answerBoolean;
  if (test.answerInteger !== undefined) {
    const n = test.answerInteger;
    return test.operator === '>' ? n + 1 : test.operator === '<' ? n - 1 : n;
  }
  if (test.answerCoding) {
    const code = test.answerCoding.code;
    if (item?.repeats) return [...((current as string[] | undefined) ?? []), code];
    return code;
  }
  if (test.operator === 'exists') return item?.type === 'boolean' ? false : 'x';
  return test.answerString ?? 'x';
}

function applyTest(model: CompiledQuestionnaire, test: EnableWhen, trigger: Trigger) {
  const compiled = model.items.get(test.question);
  // First switch on the item itself.
  for (const need of compiled?.item.enableWhen ?? []) applyTest(model, need, trigger);
  const filter = compiled?.item.forPatient;
  if (filter?.sex) trigger.patient.sex = filter.sex;
  if (filter?.age?.min !== undefined && trigger.patient.ageYears < filter.age.min) trigger.patient.ageYears = filter.age.min;
  if (filter?.age?.max !== undefined && trigger.patient.ageYears > filter.age.max) trigger.patient.ageYears = filter.age.max;
  trigger.answers[test.question] = valueFor(model, test, trigger.answers[test.question]);
}

function satisfy(model: CompiledQuestionnaire, condition: Condition, trigger: Trigger) {
  if ('all' in condition) for (const c of condition.all) satisfy(model, c, trigger);
  else if ('any' in condition && condition.any[0]) satisfy(model, condition.any[0], trigger);
  else if ('not' in condition) return; // leaving things unanswered keeps a "not" true here
  else if ('age' in condition) {
    const { min, max } = condition.age;
    if (min !== undefined && trigger.patient.ageYears < min) trigger.patient.ageYears = min;
    if (max !== undefined && trigger.patient.ageYears > max) trigger.patient.ageYears = max;
  } else if ('sex' in condition) trigger.patient.sex = condition.sex;
  else if ('kind' in condition) applyTest(model, condition, trigger);
}

export function defaultPatient(questionnaire: TriageQuestionnaire): Patient {
  const min = questionnaire.ageRange?.min;
  const max = questionnaire.ageRange?.max;
  const ageYears = max !== undefined ? Math.min(max, 6) : Math.max(min ?? 0, 30);
  return { ageYears, sex: 'female' };
}

export function triggerFor(model: CompiledQuestionnaire, ruleId: string): Trigger {
  const rule = model.rules.find((r) => r.id === ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  const trigger: Trigger = { patient: defaultPatient(model.source), answers: {} };
  satisfy(model, rule.when, trigger);
  return trigger;
}
