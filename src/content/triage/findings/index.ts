import type { QuestionnaireFindings } from './types';

/**
 * How a simulated patient answers each questionnaire, by questionnaire id. One file per
 * questionnaire, beside it in name (findings/<id>.ts). Imported by the vignette runner
 * and tests only, never by the app.
 */
export const QUESTIONNAIRE_FINDINGS: Readonly<Record<string, QuestionnaireFindings>> = {};
