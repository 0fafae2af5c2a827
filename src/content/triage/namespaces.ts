/**
 * Where a questionnaire's words live. The emergency screens and the safety-net questions
 * (every medical request meets them, and they must work offline at once) share the
 * `triage` namespace with the outcomes; each topic has its own, `triage-<id>`, so a
 * patient downloads only their topic's words. Every namespace of the patient's language
 * is still kept for offline use (src/platform/i18n/keep-offline.ts).
 */
const SHARED = new Set(['emergency-adult', 'emergency-child', 'red-flag-check']);

export const triageNamespace = (questionnaireId: string) => (SHARED.has(questionnaireId) ? 'triage' : `triage-${questionnaireId}`);

/** The namespace of a triage key: `questionnaires.<id>.…` keys live with their questionnaire. */
export function triageNamespaceOfKey(key: string): string {
  const match = /^questionnaires\.([^.]+)\./.exec(key);
  return match ? triageNamespace(match[1]!) : 'triage';
}
