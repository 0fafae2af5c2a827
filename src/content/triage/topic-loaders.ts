import type { TriageQuestionnaire } from '../../domain/triage/types';
import { isQuestionnaireAvailable, registerQuestionnaires } from './registry';

/**
 * Each topic questionnaire in its own chunk, loaded when the patient picks the topic (the
 * service worker keeps every chunk, so it works offline). A new topic adds its loader here;
 * tests/unit/triage/topic-loaders.test.ts fails if a topic has none.
 */
export const TOPIC_LOADERS: Readonly<Record<string, () => Promise<TriageQuestionnaire>>> = {
  'chest-pain': async () => (await import('./questionnaires/chest-pain')).chestPain,
  'breathing-cough': async () => (await import('./questionnaires/breathing-cough')).breathingCough,
  headache: async () => (await import('./questionnaires/headache')).headache,
  'abdominal-pain': async () => (await import('./questionnaires/abdominal-pain')).abdominalPain,
  'fever-adult': async () => (await import('./questionnaires/fever-adult')).feverAdult,
  'fever-child': async () => (await import('./questionnaires/fever-child')).feverChild,
  urinary: async () => (await import('./questionnaires/urinary')).urinary,
  'sore-throat': async () => (await import('./questionnaires/sore-throat')).soreThroat,
  earache: async () => (await import('./questionnaires/earache')).earache,
  'rash-skin': async () => (await import('./questionnaires/rash-skin')).rashSkin,
  'back-pain': async () => (await import('./questionnaires/back-pain')).backPain,
  'mental-health': async () => (await import('./questionnaires/mental-health')).mentalHealth,
  pregnancy: async () => (await import('./questionnaires/pregnancy')).pregnancy,
  medication: async () => (await import('./questionnaires/medication')).medication,
  eyes: async () => (await import('./questionnaires/eyes')).eyes,
  'diarrhoea-vomiting-adult': async () => (await import('./questionnaires/diarrhoea-vomiting-adult')).diarrhoeaVomitingAdult,
  'diarrhoea-vomiting-child': async () => (await import('./questionnaires/diarrhoea-vomiting-child')).diarrhoeaVomitingChild,
  'diarrhoea-vomiting-baby': async () => (await import('./questionnaires/diarrhoea-vomiting-baby')).diarrhoeaVomitingBaby,
  limb: async () => (await import('./questionnaires/limb')).limb,
  'genital-sexual-health': async () => (await import('./questionnaires/genital-sexual-health')).genitalSexualHealth,
  'mouth-teeth': async () => (await import('./questionnaires/mouth-teeth')).mouthTeeth,
  'nose-sinuses': async () => (await import('./questionnaires/nose-sinuses')).noseSinuses,
  'wounds-bites-burns': async () => (await import('./questionnaires/wounds-bites-burns')).woundsBitesBurns,
  'falls-head-injury': async () => (await import('./questionnaires/falls-head-injury')).fallsHeadInjury,
  'dizziness-fainting': async () => (await import('./questionnaires/dizziness-fainting')).dizzinessFainting,
  palpitations: async () => (await import('./questionnaires/palpitations')).palpitations,
  'numbness-tingling': async () => (await import('./questionnaires/numbness-tingling')).numbnessTingling,
  baby: async () => (await import('./questionnaires/baby')).baby,
  'joint-muscle-pain': async () => (await import('./questionnaires/joint-muscle-pain')).jointMusclePain,
  'skin-conditions': async () => (await import('./questionnaires/skin-conditions')).skinConditions,
  'something-else': async () => (await import('./questionnaires/something-else')).somethingElse,
};

/**
 * The direct red-flag questions free text calls for: loaded with the free-text check, before
 * any of them is asked, and by a restored draft that has some to ask.
 */
export const SAFETY_NET_ID = 'red-flag-check';
const loadSafetyNet = async () => (await import('./questionnaires/red-flag-check')).redFlagCheck;

const loading = new Map<string, Promise<void>>();

/** Loads a questionnaire once; a failed load (offline, never cached) can be tried again. */
export function loadQuestionnaire(id: string): Promise<void> {
  if (isQuestionnaireAvailable(id)) return Promise.resolve();
  const load = id === SAFETY_NET_ID ? loadSafetyNet : TOPIC_LOADERS[id];
  if (!load) return Promise.reject(new Error(`Unknown questionnaire "${id}"`));
  const pending =
    loading.get(id) ??
    load().then(
      (questionnaire) => registerQuestionnaires([questionnaire]),
      (error: unknown) => {
        loading.delete(id);
        throw error;
      },
    );
  loading.set(id, pending);
  return pending;
}
