import type { Condition, EnableWhen, PatientFilter, QuestionnaireItem, TriageRule } from '../../domain/triage/types';
import type { HazardId } from './hazards';

/**
 * Small builders so each questionnaire file reads like the clinical logic it encodes.
 * They derive translation keys from ids, one pattern everywhere:
 *   questionnaires.<questionnaireId>.title
 *   questionnaires.<questionnaireId>.items.<linkId>.text | .hint | .options.<code>
 */
export const NONE_OF_THESE = 'none';

export interface ItemOptions {
  hint?: boolean;
  required?: boolean;
  enableWhen?: EnableWhen[];
  enableBehavior?: 'all' | 'any';
  forPatient?: PatientFilter;
}

export function itemKey(questionnaireId: string, linkId: string, part: string): string {
  return `questionnaires.${questionnaireId}.items.${linkId}.${part}`;
}

function base(questionnaireId: string, linkId: string, type: QuestionnaireItem['type'], options: ItemOptions): QuestionnaireItem {
  const item: QuestionnaireItem = {
    linkId,
    type,
    text: itemKey(questionnaireId, linkId, 'text'),
    required: options.required ?? true,
  };
  if (options.hint) item.hint = itemKey(questionnaireId, linkId, 'hint');
  if (options.enableWhen) item.enableWhen = options.enableWhen;
  if (options.enableBehavior) item.enableBehavior = options.enableBehavior;
  if (options.forPatient) item.forPatient = options.forPatient;
  return item;
}

export function yesNo(questionnaireId: string, linkId: string, options: ItemOptions = {}): QuestionnaireItem {
  return base(questionnaireId, linkId, 'boolean', options);
}

/** One answer from a list (radios). */
export function oneOf(questionnaireId: string, linkId: string, codes: readonly string[], options: ItemOptions = {}): QuestionnaireItem {
  return {
    ...base(questionnaireId, linkId, 'choice', options),
    answerOption: codes.map((code) => ({ valueCoding: { code, display: itemKey(questionnaireId, linkId, `options.${code}`) } })),
  };
}

/**
 * Tick all that apply (checkboxes), always with "none of these" so that a patient
 * must actively say no rather than skip past a red flag.
 */
export function anyOf(questionnaireId: string, linkId: string, codes: readonly string[], options: ItemOptions = {}): QuestionnaireItem {
  const item = oneOf(questionnaireId, linkId, codes, options);
  item.repeats = true;
  item.answerOption!.push({ valueCoding: { code: NONE_OF_THESE, display: 'options.noneOfThese' }, exclusive: true });
  return item;
}

export function wholeNumber(
  questionnaireId: string,
  linkId: string,
  range: { min: number; max: number },
  options: ItemOptions = {},
): QuestionnaireItem {
  return { ...base(questionnaireId, linkId, 'integer', options), minValue: range.min, maxValue: range.max };
}

export function freeText(questionnaireId: string, linkId: string, maxLength: number, options: ItemOptions = {}): QuestionnaireItem {
  return { ...base(questionnaireId, linkId, 'text', options), maxLength };
}

// Conditions, for enableWhen and for rules.
export const isYes = (question: string): EnableWhen => ({ question, operator: '=', answerBoolean: true });
export const isNo = (question: string): EnableWhen => ({ question, operator: '=', answerBoolean: false });
export const isCode = (question: string, code: string): EnableWhen => ({ question, operator: '=', answerCoding: { code } });
export const atLeast = (question: string, value: number): EnableWhen => ({ question, operator: '>=', answerInteger: value });
export const atMost = (question: string, value: number): EnableWhen => ({ question, operator: '<=', answerInteger: value });

/** A rule condition from an enableWhen-style test. */
export const answer = (test: EnableWhen): Condition => ({ kind: 'answer', ...test });
export const yes = (question: string): Condition => answer(isYes(question));
export const ticked = (question: string, code: string): Condition => answer(isCode(question, code));
/** Any real option ticked (not "none of these"). */
export const tickedAny = (question: string, codes: readonly string[]): Condition => ({ any: codes.map((c) => ticked(question, c)) });
export const all = (...conditions: Condition[]): Condition => ({ all: conditions });
export const any = (...conditions: Condition[]): Condition => ({ any: conditions });
export const not = (condition: Condition): Condition => ({ not: condition });
export const ageFrom = (min: number, max?: number): Condition => ({ age: max === undefined ? { min } : { min, max } });
export const ageUpTo = (max: number): Condition => ({ age: { max } });
export const female: Condition = { sex: 'female' };
export const male: Condition = { sex: 'male' };

export function rule(fields: Omit<TriageRule, 'hazard'> & { hazard: HazardId }): TriageRule {
  return fields;
}

/** One rule per ticked option: each red flag keeps its own id, source and hazard. */
export function rulePerOption(
  question: string,
  entries: readonly { code: string; id: string; disposition: TriageRule['disposition']; source: string; hazard: HazardId; outcome?: string }[],
): TriageRule[] {
  return entries.map(({ code, ...rest }) => rule({ ...rest, when: ticked(question, code) }));
}
