import type { AnswerValue, Answers, Patient, QuestionnaireItem } from './types';
import type { CompiledItem, CompiledQuestionnaire } from './model';
import { enabledItems } from './enable-when';
import { hasAnswer } from './answer-match';

/** A message for the patient as a translation key (namespace `triage`) and its values. */
export interface ValidationMessage {
  key: ValidationKey;
  values?: Record<string, number>;
}

export const VALIDATION_KEYS = [
  'validation.required',
  'validation.requiredChoice',
  'validation.wrongType',
  'validation.unknownOption',
  'validation.exclusiveOption',
  'validation.wholeNumber',
  'validation.belowMin',
  'validation.aboveMax',
  'validation.tooLong',
] as const;
export type ValidationKey = (typeof VALIDATION_KEYS)[number];

/** Keys that take a `count` and so need plural forms in every catalogue. */
export const PLURAL_VALIDATION_KEYS: readonly ValidationKey[] = ['validation.tooLong'];

export interface ValidationResult {
  valid: boolean;
  /** Only items with a problem appear. */
  byLinkId: Readonly<Record<string, readonly ValidationMessage[]>>;
}

function checkChoice(compiled: CompiledItem, value: AnswerValue): ValidationMessage[] {
  const { item, optionCodes } = compiled;
  const codes = Array.isArray(value) ? (value as readonly unknown[]) : [value];
  if (!item.repeats && Array.isArray(value)) return [{ key: 'validation.wrongType' }];
  if (codes.some((c) => typeof c !== 'string')) return [{ key: 'validation.wrongType' }];
  if (codes.some((c) => !optionCodes.has(c as string))) return [{ key: 'validation.unknownOption' }];
  const exclusive = (item.answerOption ?? []).filter((o) => o.exclusive).map((o) => o.valueCoding.code);
  if (codes.length > 1 && codes.some((c) => exclusive.includes(c as string))) return [{ key: 'validation.exclusiveOption' }];
  return [];
}

function checkInteger(item: QuestionnaireItem, value: AnswerValue): ValidationMessage[] {
  if (typeof value !== 'number' || Number.isNaN(value)) return [{ key: 'validation.wrongType' }];
  if (!Number.isInteger(value)) return [{ key: 'validation.wholeNumber' }];
  if (item.minValue !== undefined && value < item.minValue) return [{ key: 'validation.belowMin', values: { min: item.minValue } }];
  if (item.maxValue !== undefined && value > item.maxValue) return [{ key: 'validation.aboveMax', values: { max: item.maxValue } }];
  return [];
}

function checkText(item: QuestionnaireItem, value: AnswerValue): ValidationMessage[] {
  if (typeof value !== 'string') return [{ key: 'validation.wrongType' }];
  if (item.maxLength !== undefined && value.length > item.maxLength) {
    return [{ key: 'validation.tooLong', values: { count: item.maxLength } }];
  }
  return [];
}

function checkItem(compiled: CompiledItem, value: AnswerValue | undefined): ValidationMessage[] {
  const { item } = compiled;
  if (item.type === 'display' || item.type === 'group') return [];
  if (!hasAnswer(value)) {
    if (!item.required) return [];
    return [{ key: item.type === 'choice' || item.type === 'boolean' ? 'validation.requiredChoice' : 'validation.required' }];
  }
  switch (item.type) {
    case 'boolean':
      return typeof value === 'boolean' ? [] : [{ key: 'validation.wrongType' }];
    case 'choice':
      return checkChoice(compiled, value);
    case 'integer':
      return checkInteger(item, value);
    case 'string':
    case 'text':
      return checkText(item, value);
  }
}

/** Problems with the answers to the items a patient can see; hidden items are never blamed. */
export function validateAnswers(model: CompiledQuestionnaire, answers: Answers, patient?: Patient): ValidationResult {
  const enabled = enabledItems(model, answers, patient);
  const byLinkId: Record<string, ValidationMessage[]> = {};
  // Page order, so an error summary lists problems as the patient meets them.
  for (const [linkId, compiled] of model.items) {
    if (!enabled.has(linkId)) continue;
    const messages = checkItem(compiled, answers[linkId]);
    if (messages.length > 0) byLinkId[linkId] = messages;
  }
  return { valid: Object.keys(byLinkId).length === 0, byLinkId };
}
