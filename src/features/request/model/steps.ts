import { compiledQuestionnaire } from '../../../content/triage';
import { hasAnswer } from '../../../domain/triage/answer-match';
import { validateAnswers } from '../../../domain/triage/validate';
import type { RequestDraft } from '../../../domain/request/draft';
import { journeyQuestionnaires, SAFETY_NET_QUESTIONNAIRE, triagePatient } from './draft-triage';
import {
  contactErrors,
  descriptionErrors,
  detailsErrors,
  needsErrors,
  photosErrors,
  reasonErrors,
  relationshipErrors,
  typeErrors,
  whoErrors,
  type StepErrors,
} from '../../../domain/request/validate-draft';

/**
 * The pages of the journey in order, for this draft (paths under /:ods/request/).
 * The emergency screen comes straight after "who is it for" and before any personal
 * details; the topic questions after the details (they need age and sex); the
 * safety-net questions after the free text that raised them.
 */
export const questionStep = (questionnaireId: string, linkId: string) => `questions/${questionnaireId}/${linkId}`;

export function journeySteps(draft: RequestDraft, now: Date): string[] {
  const questionnaires = journeyQuestionnaires(draft, now);
  const itemsOf = (match: (id: string) => boolean) =>
    questionnaires.filter((q) => match(q.id)).flatMap((q) => q.linkIds.map((linkId) => questionStep(q.id, linkId)));
  const steps = ['type'];
  if (draft.kind) steps.push('reason');
  steps.push('who');
  if (draft.kind === 'medical') steps.push(...itemsOf((id) => id.startsWith('emergency-')));
  if (draft.forWho && draft.forWho !== 'me') steps.push('relationship');
  steps.push('details');
  if (draft.kind === 'medical') {
    steps.push('topic');
    steps.push(...itemsOf((id) => !id.startsWith('emergency-') && id !== SAFETY_NET_QUESTIONNAIRE));
  }
  steps.push('describe');
  steps.push(...itemsOf((id) => id === SAFETY_NET_QUESTIONNAIRE));
  steps.push('contact', 'needs', 'photos', 'check');
  return steps;
}

/** What is wrong with one page's answers (empty when complete). Triage messages are `triage:` keys. */
export function stepErrors(draft: RequestDraft, step: string, now: Date): StepErrors {
  if (step.startsWith('questions/')) {
    const [, questionnaireId = '', linkId = ''] = step.split('/');
    const answers = draft.answers[questionnaireId] ?? {};
    if (questionnaireId === SAFETY_NET_QUESTIONNAIRE && !hasAnswer(answers[linkId])) return { [linkId]: 'triage:validation.requiredChoice' };
    const result = validateAnswers(compiledQuestionnaire(questionnaireId), answers, triagePatient(draft, now));
    const message = result.byLinkId[linkId]?.[0];
    return message ? { [linkId]: `triage:${message.key}` } : {};
  }
  switch (step) {
    case 'type':
      return typeErrors(draft);
    case 'reason':
      return reasonErrors(draft);
    case 'who':
      return whoErrors(draft);
    case 'relationship':
      return relationshipErrors(draft);
    case 'details':
      return detailsErrors(draft, now);
    case 'topic':
      return draft.topic ? {} : { topic: 'errors.topic.required' };
    case 'describe':
      return descriptionErrors(draft);
    case 'contact':
      return contactErrors(draft);
    case 'needs':
      return needsErrors(draft);
    case 'photos':
      return photosErrors(draft);
    default:
      return {};
  }
}

export function firstIncompleteStep(draft: RequestDraft, now: Date): string | null {
  return journeySteps(draft, now).find((step) => step !== 'check' && Object.keys(stepErrors(draft, step, now)).length > 0) ?? null;
}

export function stepAfter(draft: RequestDraft, step: string, now: Date): string {
  const steps = journeySteps(draft, now);
  const index = steps.indexOf(step);
  return steps[index + 1] ?? 'check';
}

export function stepBefore(draft: RequestDraft, step: string, now: Date): string | null {
  const steps = journeySteps(draft, now);
  const index = steps.indexOf(step);
  return index > 0 ? steps[index - 1]! : null;
}
