import type { TriageInput, TriageResult } from './types';
import type { CompiledQuestionnaire } from './model';
import { effectiveAnswers } from './enable-when';
import { conditionHolds } from './conditions';
import { isMoreUrgent } from './dispositions';

/**
 * One disposition for any answers: the most urgent rule that fires wins, and when none
 * fires the questionnaire's default applies. Answers to hidden items are ignored.
 * Free text never changes the result here; freeTextSafetyNet turns worrying words into
 * direct questions instead, so the result is the same in every language.
 */
export function triage(model: CompiledQuestionnaire, input: TriageInput): TriageResult {
  const context = { ageYears: input.ageYears, sex: input.sex, answers: effectiveAnswers(model, input.answers, input) };
  const fired = model.rules.filter((rule) => conditionHolds(rule.when, context));

  let winner: (typeof fired)[number] | undefined;
  for (const rule of fired) {
    if (!winner || isMoreUrgent(rule.disposition, winner.disposition)) winner = rule;
  }
  const result: TriageResult = {
    disposition: winner?.disposition ?? model.defaultDisposition,
    outcomeId: winner?.outcome ?? winner?.disposition ?? model.defaultDisposition,
    firedRules: fired.map((rule) => rule.id),
    contentVersion: model.contentVersion,
    questionnaireId: model.id,
  };
  if (winner?.disposition === 'pharmacy' && winner.pharmacyCondition) result.pharmacyCondition = winner.pharmacyCondition;
  return result;
}
