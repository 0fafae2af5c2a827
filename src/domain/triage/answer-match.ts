import type { AnswerValue, EnableWhen } from './types';

/** An empty string or an empty list of ticks is no answer at all. */
export function hasAnswer(value: AnswerValue | undefined): value is AnswerValue {
  if (value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

function expected(condition: EnableWhen): boolean | number | string | undefined {
  if (condition.answerBoolean !== undefined) return condition.answerBoolean;
  if (condition.answerInteger !== undefined) return condition.answerInteger;
  if (condition.answerCoding !== undefined) return condition.answerCoding.code;
  return condition.answerString;
}

/** The single values in an answer: a list of ticked codes counts as several answers. */
function valuesOf(value: AnswerValue): readonly (boolean | number | string)[] {
  return Array.isArray(value) ? (value as readonly string[]) : [value as boolean | number | string];
}

function compare(actual: boolean | number | string, operator: EnableWhen['operator'], wanted: boolean | number | string) {
  if (operator === '=') return actual === wanted;
  if (typeof actual !== 'number' || typeof wanted !== 'number') return false; // only numbers have an order
  if (operator === '>') return actual > wanted;
  if (operator === '<') return actual < wanted;
  if (operator === '>=') return actual >= wanted;
  if (operator === '<=') return actual <= wanted;
  return false;
}

/**
 * FHIR R4 enableWhen semantics for one condition against one answer.
 * With no answer, only `exists false` is true: a question nobody answered must never
 * satisfy `!=` and so switch on a follow-up by accident.
 */
export function answerMatches(value: AnswerValue | undefined, condition: EnableWhen): boolean {
  if (condition.operator === 'exists') return hasAnswer(value) === (condition.answerBoolean ?? true);
  if (!hasAnswer(value)) return false;
  const wanted = expected(condition);
  if (wanted === undefined) return false;
  const values = valuesOf(value);
  if (condition.operator === '!=') return values.every((v) => v !== wanted);
  return values.some((v) => compare(v, condition.operator, wanted));
}
