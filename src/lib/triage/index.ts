/** The triage engine: pure functions of (questionnaire, patient, answers). No React, no I/O. */
export { compileQuestionnaire, affectedBy, ContentError } from './compile';
export type { CompiledQuestionnaire, CompiledItem } from './model';
export { enabledItems, effectiveAnswers } from './enable-when';
export { validateAnswers, VALIDATION_KEYS } from './validate';
export type { ValidationMessage, ValidationResult, ValidationKey } from './validate';
export { triage } from './triage';
export { freeTextSafetyNet, normaliseForMatching } from './free-text-safety-net';
export type { SafetyNetResult, SafetyNetMatch, SafetyNetWords, SafetyNetTerm } from './free-text-safety-net';
export { checkContent } from './check-content';
export type { ContentProblem, TriageContent, Catalogue } from './check-content';
export * from './dispositions';
export type * from './types';
