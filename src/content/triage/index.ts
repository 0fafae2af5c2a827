import { compileQuestionnaire } from '../../domain/triage/compile';
import type { CompiledQuestionnaire } from '../../domain/triage/model';
import { findQuestionnaire } from './registry';
import { TRIAGE_CONTENT_VERSION } from './version';

export { TRIAGE_CONTENT_VERSION } from './version';
export { findQuestionnaire, isQuestionnaireAvailable } from './registry';
export { OUTCOMES, CHANNELS, findOutcome } from './outcomes';

/** Child variants are for under 16s, as the NHS 999 page splits its lists. */
export const CHILD_MAX_AGE = 15;
/** A baby is under 1: some topics have a variant for babies, and one is only for them. */
export const BABY_MAX_AGE = 0;

/**
 * One topic: its questionnaire for adults (16 and over), for children (under 16) and,
 * when the rules for babies differ, for babies (under 1). `onlyUpToAge` offers the topic
 * only to patients of that age or younger (the babies topic).
 */
export interface TopicEntry {
  id: string;
  adult: string;
  child: string;
  baby?: string;
  onlyUpToAge?: number;
}

/**
 * What a patient can pick as "what is it about". Most topics have one questionnaire
 * for all ages; some have adult and child variants, and a few a baby variant too.
 */
export const TOPICS = [
  { id: 'chest-pain', adult: 'chest-pain', child: 'chest-pain' },
  { id: 'breathing-cough', adult: 'breathing-cough', child: 'breathing-cough' },
  { id: 'headache', adult: 'headache', child: 'headache' },
  { id: 'abdominal-pain', adult: 'abdominal-pain', child: 'abdominal-pain' },
  { id: 'fever', adult: 'fever-adult', child: 'fever-child' },
  { id: 'urinary', adult: 'urinary', child: 'urinary' },
  { id: 'sore-throat', adult: 'sore-throat', child: 'sore-throat' },
  { id: 'earache', adult: 'earache', child: 'earache' },
  { id: 'rash-skin', adult: 'rash-skin', child: 'rash-skin' },
  { id: 'back-pain', adult: 'back-pain', child: 'back-pain' },
  { id: 'mental-health', adult: 'mental-health', child: 'mental-health' },
  { id: 'pregnancy', adult: 'pregnancy', child: 'pregnancy' },
  { id: 'medication', adult: 'medication', child: 'medication' },
  // --- Topics A (branch topics-a)
  { id: 'eyes', adult: 'eyes', child: 'eyes' },
  { id: 'diarrhoea-vomiting', adult: 'diarrhoea-vomiting-adult', child: 'diarrhoea-vomiting-child', baby: 'diarrhoea-vomiting-baby' },
  { id: 'limb', adult: 'limb', child: 'limb' },
  { id: 'genital-sexual-health', adult: 'genital-sexual-health', child: 'genital-sexual-health' },
  { id: 'mouth-teeth', adult: 'mouth-teeth', child: 'mouth-teeth' },
  { id: 'nose-sinuses', adult: 'nose-sinuses', child: 'nose-sinuses' },
  { id: 'wounds-bites-burns', adult: 'wounds-bites-burns', child: 'wounds-bites-burns' },
  // --- end Topics A
  // --- topics-b
  { id: 'falls-head-injury', adult: 'falls-head-injury', child: 'falls-head-injury' },
  { id: 'dizziness-fainting', adult: 'dizziness-fainting', child: 'dizziness-fainting' },
  { id: 'palpitations', adult: 'palpitations', child: 'palpitations' },
  { id: 'numbness-tingling', adult: 'numbness-tingling', child: 'numbness-tingling' },
  { id: 'baby', adult: 'baby', child: 'baby', baby: 'baby', onlyUpToAge: BABY_MAX_AGE },
  { id: 'joint-muscle-pain', adult: 'joint-muscle-pain', child: 'joint-muscle-pain' },
  { id: 'skin-conditions', adult: 'skin-conditions', child: 'skin-conditions' },
  // --- end topics-b
  { id: 'something-else', adult: 'something-else', child: 'something-else' },
] as const satisfies readonly TopicEntry[];

export type TopicId = (typeof TOPICS)[number]['id'];
export const topicLabelKey = (topic: TopicId) => `topics.${topic}`;

const compiled = new Map<string, CompiledQuestionnaire>();

/**
 * Each questionnaire is compiled once, on first use, and kept. A topic's questionnaire
 * must have been loaded first (topic-loaders.ts; tests and scripts import ./all).
 */
export function compiledQuestionnaire(id: string): CompiledQuestionnaire {
  const cached = compiled.get(id);
  if (cached) return cached;
  const questionnaire = findQuestionnaire(id);
  if (!questionnaire) throw new Error(`Questionnaire "${id}" is unknown or not loaded`);
  const model = compileQuestionnaire(questionnaire, TRIAGE_CONTENT_VERSION);
  compiled.set(id, model);
  return model;
}

/** The emergency screen every medical request meets first, before any personal details. */
export function emergencyScreenId(ageYears: number): 'emergency-adult' | 'emergency-child' {
  return ageYears <= CHILD_MAX_AGE ? 'emergency-child' : 'emergency-adult';
}

export function questionnaireIdForTopic(topic: TopicId, ageYears: number): string {
  const entry: TopicEntry = TOPICS.find((t) => t.id === topic)!;
  if (ageYears <= BABY_MAX_AGE && entry.baby) return entry.baby;
  return ageYears <= CHILD_MAX_AGE ? entry.child : entry.adult;
}

/** Every questionnaire a topic may use, whatever the age. */
export function topicQuestionnaireIds(topic: (typeof TOPICS)[number]): string[] {
  const entry: TopicEntry = topic;
  return [...new Set([entry.adult, entry.child, ...(entry.baby ? [entry.baby] : [])])];
}

/** Whether the topic is offered to a patient of this age (the babies topic only to babies). */
export function topicOfferedAt(topic: string, ageYears: number): boolean {
  const entry: TopicEntry | undefined = TOPICS.find((t) => t.id === topic);
  return entry !== undefined && (entry.onlyUpToAge === undefined || ageYears <= entry.onlyUpToAge);
}
