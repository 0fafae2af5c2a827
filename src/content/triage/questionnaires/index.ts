import type { TriageQuestionnaire } from '../../../domain/triage/types';
import { emergencyAdult } from './emergency-adult';
import { emergencyChild } from './emergency-child';
import { chestPain } from './chest-pain';
import { breathingCough } from './breathing-cough';
import { headache } from './headache';
import { abdominalPain } from './abdominal-pain';
import { feverAdult } from './fever-adult';
import { feverChild } from './fever-child';
import { urinary } from './urinary';
import { soreThroat } from './sore-throat';
import { earache } from './earache';
import { rashSkin } from './rash-skin';
import { backPain } from './back-pain';
import { mentalHealth } from './mental-health';
import { pregnancy } from './pregnancy';
import { medication } from './medication';
import { somethingElse } from './something-else';
import { redFlagCheck } from './red-flag-check';
// --- Topics A (branch topics-a)
import { eyes } from './eyes';
import { diarrhoeaVomitingAdult } from './diarrhoea-vomiting-adult';
import { diarrhoeaVomitingChild } from './diarrhoea-vomiting-child';
import { diarrhoeaVomitingBaby } from './diarrhoea-vomiting-baby';
import { limb } from './limb';
import { genitalSexualHealth } from './genital-sexual-health';
import { mouthTeeth } from './mouth-teeth';
import { noseSinuses } from './nose-sinuses';
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
// --- end topics-b

export const QUESTIONNAIRES: readonly TriageQuestionnaire[] = [
  emergencyAdult,
  emergencyChild,
  chestPain,
  breathingCough,
  headache,
  abdominalPain,
  feverAdult,
  feverChild,
  urinary,
  soreThroat,
  earache,
  rashSkin,
  backPain,
  mentalHealth,
  pregnancy,
  medication,
  somethingElse,
  redFlagCheck,
  // --- Topics A (branch topics-a)
  eyes,
  diarrhoeaVomitingAdult,
  diarrhoeaVomitingChild,
  diarrhoeaVomitingBaby,
  limb,
  genitalSexualHealth,
  mouthTeeth,
  noseSinuses,
  woundsBitesBurns,
  // --- end Topics A
  // --- topics-b
  fallsHeadInjury,
  dizzinessFainting,
  palpitations,
  numbnessTingling,
  baby,
  jointMusclePain,
  skinConditions,
  // --- end topics-b
];
