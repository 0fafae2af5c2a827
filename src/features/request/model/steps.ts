import { compiledQuestionnaire } from '../../../content/triage';
import { hasAnswer } from '../../../domain/triage/answer-match';
import { validateAnswers } from '../../../domain/triage/validate';
import type { RequestDraft } from '../../../domain/request/draft';
import { SAFETY_NET_QUESTIONNAIRE, triagePatient, triageQuestions } from './draft-triage';
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
 * details. Then the details (triage needs age and sex), the topic, the patient's own
 * words, and only then the safety-net questions the words call for and the topic
 * questions: by then every triage question still to come is known
 * (src/domain/triage/journey.ts).
 */
export const questionStep = (questionnaireId: string, linkId: string) => `questions/${questionnaireId}/${linkId}`;

export function journeySteps(draft: RequestDraft, now: Date): string[] {
  const questions = triageQuestions(draft, now);
  const stepsOf = (emergency: boolean) =>
    questions.filter((q) => (q.role === 'emergency-screen') === emergency).map((q) => questionStep(q.questionnaireId, q.linkId));
  const steps = ['type'];
  if (draft.kind) steps.push('reason');
  steps.push('who');
  if (draft.kind === 'medical') steps.push(...stepsOf(true));
  if (draft.forWho && draft.forWho !== 'me') steps.push('relationship');
  steps.push('details');
  if (draft.kind === 'medical') steps.push('topic');
  steps.push('describe');
  if (draft.kind === 'medical' && (draft.topicSuggestions ?? []).length > 0) steps.push('suggest-topic');
  steps.push(...stepsOf(false));
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
    case 'suggest-topic':
      return draft.suggestedTopicChoice ? {} : { topic: 'errors.topic.required' };
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

/**
 * A page's problems as Check your answers sees them: also a medical request whose own
 * words were never read for red flags (the describe page not yet passed), because until
 * then the topic questions are not known.
 */
export function pageProblems(draft: RequestDraft, step: string, now: Date): StepErrors {
  const errors = stepErrors(draft, step, now);
  if (step === 'describe' && draft.kind === 'medical' && !draft.freeTextChecked) return { description: 'errors.description.notRead', ...errors };
  return errors;
}

export function firstIncompleteStep(draft: RequestDraft, now: Date): string | null {
  return journeySteps(draft, now).find((step) => step !== 'check' && Object.keys(pageProblems(draft, step, now)).length > 0) ?? null;
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

/** Back from an outcome page: the last triage question answered before it. */
export function questionBeforeOutcome(draft: RequestDraft, now: Date): string | null {
  let last: string | null = null;
  for (const step of journeySteps(draft, now)) {
    if (!step.startsWith('questions/')) continue;
    if (Object.keys(stepErrors(draft, step, now)).length > 0) break;
    last = step;
  }
  return last;
}
