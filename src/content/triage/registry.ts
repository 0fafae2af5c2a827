import type { TriageQuestionnaire } from '../../domain/triage/types';
import { emergencyAdult } from './questionnaires/emergency-adult';
import { emergencyChild } from './questionnaires/emergency-child';
import { redFlagCheck } from './questionnaires/red-flag-check';

/**
 * The questionnaires on this device, by id. Every medical request meets the emergency
 * screens and may meet the safety-net questions, so they are always here; each topic's
 * questionnaire is loaded when the patient picks it (topic-loaders.ts), so a patient
 * downloads only their topic's rules, as they download only its words.
 */
const available = new Map<string, TriageQuestionnaire>([emergencyAdult, emergencyChild, redFlagCheck].map((q) => [q.id, q]));
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
