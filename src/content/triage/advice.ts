import { QUESTIONNAIRES } from './questionnaires';

/**
 * Self-care advice that fits the problem, shown on the self-care outcome page under the
 * general words: `questionnaires.<id>.selfCare` in the triage catalogue. Every
 * questionnaire with a self-care rule has its own (the content check makes sure).
 */
export const selfCareAdviceKey = (questionnaireId: string) => `questionnaires.${questionnaireId}.selfCare`;

export const QUESTIONNAIRES_WITH_SELF_CARE: readonly string[] = QUESTIONNAIRES.filter((q) =>
  q.rules.some((r) => r.disposition === 'self-care') || q.defaultDisposition === 'self-care',
).map((q) => q.id);

export function selfCareAdviceKeyFor(questionnaireId: string): string | undefined {
  return QUESTIONNAIRES_WITH_SELF_CARE.includes(questionnaireId) ? selfCareAdviceKey(questionnaireId) : undefined;
}
