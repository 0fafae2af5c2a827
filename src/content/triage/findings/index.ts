import type { QuestionnaireFindings } from './types';
// --- topics-b
import { fallsHeadInjury } from './falls-head-injury';
import { dizzinessFainting } from './dizziness-fainting';
import { palpitations } from './palpitations';
import { numbnessTingling } from './numbness-tingling';
import { baby } from './baby';
import { jointMusclePain } from './joint-muscle-pain';
import { skinConditions } from './skin-conditions';
// --- end topics-b

/**
 * How a simulated patient answers each questionnaire, by questionnaire id. One file per
 * questionnaire, beside it in name (findings/<id>.ts). Imported by the vignette runner
 * and tests only, never by the app.
 */
export const QUESTIONNAIRE_FINDINGS: Readonly<Record<string, QuestionnaireFindings>> = {
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
