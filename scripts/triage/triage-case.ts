import type { Answers, Sex, TriageResult } from '../../src/domain/triage/types';
import type { CompiledQuestionnaire } from '../../src/domain/triage/model';
import { isDisposition, type Disposition } from '../../src/domain/triage/dispositions';
import { triage } from '../../src/domain/triage/triage';

/**
 * A clinician's test case: a patient, their answers and what should happen. Kept as
 * JSON in docs/clinical-safety/cases/ so reviewers can read and add them without code.
 */
export interface TriageCase {
  name: string;
  questionnaireId: string;
  ageYears: number;
  sex: Sex;
  answers: Answers;
  expectedDisposition: Disposition;
  /** Rules that must be among those that fire (others may fire too). */
  expectedRules?: string[];
}

export interface CaseOutcome {
  name: string;
  file?: string;
  passed: boolean;
  expectedDisposition: Disposition;
  result: TriageResult;
  problems: string[];
}

/** Reads one case from parsed JSON; says exactly what is wrong when it is not a case. */
export function parseCase(value: unknown): TriageCase {
  if (typeof value !== 'object' || value === null) throw new Error('a case must be a JSON object');
  const c = value as Record<string, unknown>;
  const problems: string[] = [];
  if (typeof c.name !== 'string') problems.push('name must be text');
  if (typeof c.questionnaireId !== 'string') problems.push('questionnaireId must be text');
  if (typeof c.ageYears !== 'number' || !Number.isInteger(c.ageYears) || c.ageYears < 0) problems.push('ageYears must be a whole number, 0 or more');
  if (c.sex !== 'female' && c.sex !== 'male') problems.push('sex must be "female" or "male"');
  if (typeof c.answers !== 'object' || c.answers === null || Array.isArray(c.answers)) problems.push('answers must be an object keyed by linkId');
  if (!isDisposition(c.expectedDisposition)) problems.push('expectedDisposition must be one of the seven dispositions');
  if (c.expectedRules !== undefined && !(Array.isArray(c.expectedRules) && c.expectedRules.every((r) => typeof r === 'string'))) {
    problems.push('expectedRules must be a list of rule ids');
  }
  if (problems.length > 0) throw new Error(`${typeof c.name === 'string' ? c.name : 'case'}: ${problems.join('; ')}`);
  return value as TriageCase;
}

export function runCase(model: CompiledQuestionnaire, triageCase: TriageCase): CaseOutcome {
  const result = triage(model, { ageYears: triageCase.ageYears, sex: triageCase.sex, answers: triageCase.answers });
  const problems: string[] = [];
  if (result.disposition !== triageCase.expectedDisposition) {
    problems.push(`expected ${triageCase.expectedDisposition}, got ${result.disposition}`);
  }
  for (const ruleId of triageCase.expectedRules ?? []) {
    if (!result.firedRules.includes(ruleId)) problems.push(`expected rule ${ruleId} to fire`);
  }
  for (const linkId of Object.keys(triageCase.answers)) {
    if (!model.items.has(linkId)) problems.push(`answer for unknown item "${linkId}"`);
  }
  return { name: triageCase.name, passed: problems.length === 0, expectedDisposition: triageCase.expectedDisposition, result, problems };
}
