import { compiledQuestionnaire, isQuestionnaireAvailable, questionnaireIdForTopic, TOPICS, type TopicId } from '../../../content/triage';
import { givesSelfCare, selfCareAdviceKey } from '../../../content/triage/advice';
import type { Disposition } from '../../../domain/triage/dispositions';
import { TRIAGE_JOURNEY } from '../../../content/triage/journey-content';
import { itemsShown } from '../../../domain/triage/reachable';
import { journeyOutcome, journeyQuestions, journeyStages, journeyStop, type JourneyQuestion, type JourneyState } from '../../../domain/triage/journey';
import type { Patient } from '../../../domain/triage/types';
import { ageNow, parseDateOfBirth } from '../../../domain/person/date-of-birth';
import type { RequestDraft, RequestTriage } from '../../../domain/request/draft';
import type { ResponseItem, TriageResponse } from '../../../domain/request/fhir-bundle';

export const SAFETY_NET_QUESTIONNAIRE = 'red-flag-check';

/**
 * Who triage is about. Before the date of birth is known (the emergency screen comes
 * before any personal details) only "under 16 or not" is known; it picks the variant.
 */
export function triagePatient(draft: RequestDraft, now: Date): Patient {
  const dob = parseDateOfBirth(draft.patient.dob, now);
  const ageYears = dob.ok ? ageNow(dob.date, now) : draft.under16 === 'yes' ? 10 : 30;
  return { ageYears, sex: draft.patient.sex === 'male' ? 'male' : 'female' };
}

export function isTopic(value: unknown): value is TopicId {
  return TOPICS.some((t) => t.id === value);
}

/** The draft as the triage journey (src/domain/triage/journey.ts) reads it. */
export function journeyState(draft: RequestDraft, now: Date): JourneyState {
  return {
    ...(draft.kind ? { kind: draft.kind } : {}),
    patient: triagePatient(draft, now),
    ...(draft.kind === 'medical' && isTopic(draft.topic) ? { topic: draft.topic } : {}),
    freeTextChecked: Boolean(draft.freeTextChecked),
    safetyNetAsk: draft.safetyNetAsk,
    answers: draft.answers,
  };
}

/** The triage questions to ask, in page order, with the answers so far. */
export function triageQuestions(draft: RequestDraft, now: Date): JourneyQuestion[] {
  return journeyQuestions(TRIAGE_JOURNEY, journeyState(draft, now));
}

/** The screen of the emergency checklist this patient meets. */
export function emergencyQuestionnaireId(draft: RequestDraft, now: Date): string {
  return TRIAGE_JOURNEY.emergencyScreen(triagePatient(draft, now).ageYears).id;
}

/**
 * The outcome page that ends the journey now (999, A&E, 111, crisis help), or null.
 * It ends early only on an outcome no question still to come could change.
 */
export function stoppingOutcome(draft: RequestDraft, now: Date): string | null {
  return journeyStop(TRIAGE_JOURNEY, journeyState(draft, now))?.outcomeId ?? null;
}

/** The request's triage outcome, as the practice receives it. Admin requests without red flags have none. */
export function requestTriage(draft: RequestDraft, now: Date): RequestTriage | null {
  return journeyOutcome(TRIAGE_JOURNEY, journeyState(draft, now));
}

/** The answers to each triage questionnaire as QuestionnaireResponse items (hidden items left out). */
export function triageResponses(draft: RequestDraft, now: Date): TriageResponse[] {
  const state = journeyState(draft, now);
  return journeyStages(TRIAGE_JOURNEY, state).map(({ model, linkIds, role }) => {
    const answers = draft.answers[model.id] ?? {};
    const shown = itemsShown(model, answers, state.patient, role === 'safety-net' ? new Set(linkIds) : undefined);
    const items: ResponseItem[] = [];
    for (const linkId of linkIds) {
      const value = answers[linkId];
      const item = model.items.get(linkId)?.item;
      if (value === undefined || !item || shown.get(linkId) !== 'yes') continue;
      if (typeof value === 'boolean') items.push({ linkId, answer: [{ valueBoolean: value }] });
      else if (typeof value === 'number') items.push({ linkId, answer: [{ valueInteger: value }] });
      else if (Array.isArray(value)) items.push({ linkId, answer: (value as string[]).map((code) => ({ valueCoding: { code } })) });
      else if (item.type === 'choice') items.push({ linkId, answer: [{ valueCoding: { code: value as string } }] });
      else if ((value as string).trim() !== '') items.push({ linkId, answer: [{ valueString: value as string }] });
    }
    return { questionnaireId: model.id, contentVersion: compiledQuestionnaire(model.id).contentVersion, items };
  });
}

/** Self-care advice that fits the topic (back pain advice never says "drink fluids"). */
export function topicAdviceKey(draft: RequestDraft, disposition: Disposition, now: Date): string | undefined {
  if (disposition !== 'self-care' || draft.kind !== 'medical' || !isTopic(draft.topic)) return undefined;
  const id = questionnaireIdForTopic(draft.topic, triagePatient(draft, now).ageYears);
  return isQuestionnaireAvailable(id) && givesSelfCare(compiledQuestionnaire(id)) ? selfCareAdviceKey(id) : undefined;
}
