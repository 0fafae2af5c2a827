import type { QuestionnaireFindings } from './types';
import { emergencyAdult, emergencyChild, redFlagCheck } from './emergency';
import { breathingCough, chestPain } from './chest-and-breathing';
import { abdominalPain, headache } from './head-and-tummy';
import { feverAdult, feverChild } from './fever';
import { backPain, earache, medication, mentalHealth, pregnancy, rashSkin, somethingElse, soreThroat, urinary } from './other-topics';
// --- Topics A (branch topics-a)
import { diarrhoeaVomitingAdult, diarrhoeaVomitingBaby, diarrhoeaVomitingChild } from './diarrhoea-vomiting';
import { eyes } from './eyes';
import { genitalSexualHealth } from './genital-sexual-health';
import { limb } from './limb';
import { mouthTeeth } from './mouth-teeth';
import { noseSinuses } from './nose-sinuses';
import { redFlagCheckTopicsA } from './red-flag-check-topics-a';
import { redFlagCheckTriageSafety } from './red-flag-check-triage-safety';
import { woundsBitesBurns } from './wounds-bites-burns';
// --- end Topics A
// --- topics-b
import { fallsHeadInjury } from './falls-head-injury';
import { dizzinessFainting } from './dizziness-fainting';
import { palpitations } from './palpitations';
import { numbnessTingling } from './numbness-tingling';
import { baby } from './baby';
import { jointMusclePain } from './joint-muscle-pain';
import { skinConditions } from './skin-conditions';
import { redFlagCheckTopicsB } from './red-flag-check-topics-b';
// --- end topics-b

/**
 * How a simulated patient answers each questionnaire, by questionnaire id. A new topic
 * adds its own file here (findings/<id>.ts). Imported by the vignette runner and tests
 * only, never by the app.
 */
export const QUESTIONNAIRE_FINDINGS: Readonly<Record<string, QuestionnaireFindings>> = {
  'emergency-adult': emergencyAdult,
  'emergency-child': emergencyChild,
  // The safety-net questions the Topics A topics added are mapped in their own file.
  'red-flag-check': { ...redFlagCheck, ...redFlagCheckTopicsA, ...redFlagCheckTriageSafety, ...redFlagCheckTopicsB },
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
  // --- Topics A (branch topics-a)
  eyes,
  'diarrhoea-vomiting-adult': diarrhoeaVomitingAdult,
  'diarrhoea-vomiting-child': diarrhoeaVomitingChild,
  'diarrhoea-vomiting-baby': diarrhoeaVomitingBaby,
  limb,
  'genital-sexual-health': genitalSexualHealth,
  'mouth-teeth': mouthTeeth,
  'nose-sinuses': noseSinuses,
  'wounds-bites-burns': woundsBitesBurns,
  // --- end Topics A
  // --- topics-b
  'falls-head-injury': fallsHeadInjury,
  'dizziness-fainting': dizzinessFainting,
  palpitations,
  'numbness-tingling': numbnessTingling,
  baby,
  'joint-muscle-pain': jointMusclePain,
  'skin-conditions': skinConditions,
  // --- end topics-b
};
