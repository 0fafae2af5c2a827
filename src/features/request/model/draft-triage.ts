import { compiledQuestionnaire, emergencyScreenId, findOutcome, questionnaireIdForTopic, TOPICS, type TopicId } from '../../../content/triage';
import { enabledItems } from '../../../domain/triage/enable-when';
import { triage } from '../../../domain/triage/triage';
import { mostUrgent } from '../../../domain/triage/dispositions';
import type { Patient, TriageResult } from '../../../domain/triage/types';
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

/** The questionnaires this request meets, in order, with the items to ask in each. */
export function journeyQuestionnaires(draft: RequestDraft, now: Date): { id: string; linkIds: string[] }[] {
  const patient = triagePatient(draft, now);
  const list: { id: string; linkIds: string[] }[] = [];
  const visible = (id: string) => {
    const model = compiledQuestionnaire(id);
    const enabled = enabledItems(model, draft.answers[id] ?? {}, patient);
    return [...model.items.keys()].filter((linkId) => enabled.has(linkId) && model.items.get(linkId)!.item.type !== 'group');
  };
  if (draft.kind === 'medical') {
    const emergency = emergencyScreenId(patient.ageYears);
    list.push({ id: emergency, linkIds: visible(emergency) });
    if (isTopic(draft.topic)) {
      const id = questionnaireIdForTopic(draft.topic, patient.ageYears);
      list.push({ id, linkIds: visible(id) });
    }
  }
  if (draft.safetyNetAsk.length > 0) list.push({ id: SAFETY_NET_QUESTIONNAIRE, linkIds: [...draft.safetyNetAsk] });
  return list;
}

export function emergencyQuestionnaireId(draft: RequestDraft, now: Date): string {
  return emergencyScreenId(triagePatient(draft, now).ageYears);
}

export function resultFor(draft: RequestDraft, questionnaireId: string, now: Date): TriageResult {
  return triage(compiledQuestionnaire(questionnaireId), { ...triagePatient(draft, now), answers: draft.answers[questionnaireId] ?? {} });
}

/**
 * An outcome that stops the journey at once (999, A&E, 111, crisis help), from what is
 * answered so far. Rules only fire on answers given, so a half-answered questionnaire
 * never stops a patient wrongly; and a red flag stops them on the very next screen.
 */
export function stoppingOutcome(draft: RequestDraft, now: Date): string | null {
  let winner: TriageResult | null = null;
  for (const { id } of journeyQuestionnaires(draft, now)) {
    if (!draft.answers[id]) continue;
    const result = resultFor(draft, id, now);
    if (!findOutcome(result.outcomeId)?.stopsJourney) continue;
    if (!winner || mostUrgent([result.disposition, winner.disposition], winner.disposition) !== winner.disposition) winner = result;
  }
  return winner?.outcomeId ?? null;
}

/** The request's disposition: the most urgent of every questionnaire answered. Admin requests are routine. */
export function requestTriage(draft: RequestDraft, now: Date): RequestTriage | null {
  const results = journeyQuestionnaires(draft, now).map(({ id }) => resultFor(draft, id, now));
  if (results.length === 0) return null;
  let winner = results[0]!;
  for (const result of results) {
    if (mostUrgent([result.disposition, winner.disposition], winner.disposition) !== winner.disposition) winner = result;
  }
  return {
    disposition: winner.disposition,
    outcomeId: winner.outcomeId,
    firedRules: results.flatMap((r) => r.firedRules),
    contentVersion: winner.contentVersion,
    results,
  };
}

/** The answers to each triage questionnaire as QuestionnaireResponse items (hidden items left out). */
export function triageResponses(draft: RequestDraft, now: Date): TriageResponse[] {
  return journeyQuestionnaires(draft, now).map(({ id, linkIds }) => {
    const model = compiledQuestionnaire(id);
    const answers = draft.answers[id] ?? {};
    const items: ResponseItem[] = [];
    for (const linkId of linkIds) {
      const value = answers[linkId];
      const item = model.items.get(linkId)?.item;
      if (value === undefined || !item) continue;
      if (typeof value === 'boolean') items.push({ linkId, answer: [{ valueBoolean: value }] });
      else if (typeof value === 'number') items.push({ linkId, answer: [{ valueInteger: value }] });
      else if (Array.isArray(value)) items.push({ linkId, answer: (value as string[]).map((code) => ({ valueCoding: { code } })) });
      else if (item.type === 'choice') items.push({ linkId, answer: [{ valueCoding: { code: value as string } }] });
      else if ((value as string).trim() !== '') items.push({ linkId, answer: [{ valueString: value as string }] });
    }
    return { questionnaireId: id, contentVersion: model.contentVersion, items };
  });
}
