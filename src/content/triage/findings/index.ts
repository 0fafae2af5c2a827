import type { QuestionnaireFindings } from './types';
import { emergencyAdult, emergencyChild, redFlagCheck } from './emergency';
import { breathingCough, chestPain } from './chest-and-breathing';
import { abdominalPain, headache } from './head-and-tummy';
import { feverAdult, feverChild } from './fever';
import { backPain, earache, medication, mentalHealth, pregnancy, rashSkin, somethingElse, soreThroat, urinary } from './other-topics';

/**
 * How a simulated patient answers each questionnaire, by questionnaire id. A new topic
 * adds its own file here (findings/<id>.ts). Imported by the vignette runner and tests
 * only, never by the app.
 */
export const QUESTIONNAIRE_FINDINGS: Readonly<Record<string, QuestionnaireFindings>> = {
  'emergency-adult': emergencyAdult,
  'emergency-child': emergencyChild,
  'red-flag-check': redFlagCheck,
  'chest-pain': chestPain,
  'breathing-cough': breathingCough,
  headache,
  'abdominal-pain': abdominalPain,
  'fever-adult': feverAdult,
  'fever-child': feverChild,
  urinary,
  'sore-throat': soreThroat,
  earache,
  'rash-skin': rashSkin,
  'back-pain': backPain,
  'mental-health': mentalHealth,
  pregnancy,
  medication,
  'something-else': somethingElse,
};
