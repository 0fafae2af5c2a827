import type { CompiledQuestionnaire } from '../../domain/triage/model';

/**
 * Self-care advice that fits the problem, shown on the self-care outcome page under the
 * general words: `questionnaires.<id>.selfCare` in the topic's catalogue. Every
 * questionnaire with a self-care rule has its own (the content check makes sure).
 */
export const selfCareAdviceKey = (questionnaireId: string) => `questionnaires.${questionnaireId}.selfCare`;

export const givesSelfCare = (q: Pick<CompiledQuestionnaire, 'rules' | 'defaultDisposition'>) =>
  q.defaultDisposition === 'self-care' || q.rules.some((r) => r.disposition === 'self-care');
