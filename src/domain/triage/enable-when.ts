import type { AgeRange, Answers, Patient, PatientFilter } from './types';
import type { CompiledQuestionnaire } from './model';
import { answerMatches } from './answer-match';

export function inAgeRange(ageYears: number, range: AgeRange): boolean {
  return (range.min === undefined || ageYears >= range.min) && (range.max === undefined || ageYears <= range.max);
}

/** Without a patient (e.g. a preview for clinicians) every filtered item shows: showing more is safe. */
function suitsPatient(filter: PatientFilter | undefined, patient: Patient | undefined): boolean {
  if (!filter || !patient) return true;
  return (filter.sex === undefined || filter.sex === patient.sex) && (filter.age === undefined || inAgeRange(patient.ageYears, filter.age));
}

/**
 * The linkIds a patient can see with these answers. Items are visited in dependency
 * order, and an answer to an item that is switched off counts as no answer, so a stale
 * answer can never switch on a follow-up question.
 */
export function enabledItems(model: CompiledQuestionnaire, answers: Answers, patient?: Patient): ReadonlySet<string> {
  const enabled = new Set<string>();
  for (const linkId of model.evaluationOrder) {
    const compiled = model.items.get(linkId);
    if (!compiled) continue;
    if (compiled.parent !== undefined && !enabled.has(compiled.parent)) continue;
    if (!suitsPatient(compiled.item.forPatient, patient)) continue;
    const conditions = compiled.item.enableWhen ?? [];
    const results = conditions.map((c) =>
      answerMatches(enabled.has(c.question) ? answers[c.question] : undefined, c),
    );
    const on =
      conditions.length === 0 || (compiled.item.enableBehavior === 'any' ? results.some(Boolean) : results.every(Boolean));
    if (on) enabled.add(linkId);
  }
  return enabled;
}

/** The answers that count: only those to items the patient can see. */
export function effectiveAnswers(model: CompiledQuestionnaire, answers: Answers, patient?: Patient): Answers {
  const enabled = enabledItems(model, answers, patient);
  const kept: Record<string, Answers[string]> = {};
  for (const linkId of model.evaluationOrder) {
    if (enabled.has(linkId) && answers[linkId] !== undefined) kept[linkId] = answers[linkId];
  }
  return kept;
}
