import type { QuestionnaireFindings } from './types';
// --- Topics A (branch topics-a)
import { diarrhoeaVomitingAdult, diarrhoeaVomitingBaby, diarrhoeaVomitingChild } from './diarrhoea-vomiting';
import { eyes } from './eyes';
import { genitalSexualHealth } from './genital-sexual-health';
import { limb } from './limb';
import { mouthTeeth } from './mouth-teeth';
import { noseSinuses } from './nose-sinuses';
import { redFlagCheckTopicsA } from './red-flag-check-topics-a';
import { woundsBitesBurns } from './wounds-bites-burns';
// --- end Topics A

/**
 * How a simulated patient answers each questionnaire, by questionnaire id. One file per
 * questionnaire, beside it in name (findings/<id>.ts). Imported by the vignette runner
 * and tests only, never by the app.
 */
export const QUESTIONNAIRE_FINDINGS: Readonly<Record<string, QuestionnaireFindings>> = {
  // --- Topics A (branch topics-a). The red-flag-check entry holds only the questions these
  // topics added: merge it with the mapping of the other red-flag-check questions.
  'red-flag-check': { ...redFlagCheckTopicsA },
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
};
