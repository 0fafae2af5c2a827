import type { TriageQuestionnaire } from '../../domain/triage/types';
import { emergencyAdult } from './questionnaires/emergency-adult';
import { emergencyChild } from './questionnaires/emergency-child';

/**
 * The questionnaires on this device, by id. Every medical request meets the emergency
 * screens, so they are always here. The safety-net questions come with the free-text check
 * (topic-loaders.ts), and each topic's questionnaire when the patient picks it, so a patient
 * downloads only the rules their journey can reach, as they download only its words.
 */
const available = new Map<string, TriageQuestionnaire>([emergencyAdult, emergencyChild].map((q) => [q.id, q]));
const listeners = new Set<() => void>();

export function registerQuestionnaires(list: readonly TriageQuestionnaire[]) {
  for (const questionnaire of list) available.set(questionnaire.id, questionnaire);
  for (const listener of listeners) listener();
}

export function findQuestionnaire(id: string): TriageQuestionnaire | undefined {
  return available.get(id);
}

export const isQuestionnaireAvailable = (id: string) => available.has(id);

export function onQuestionnairesChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
