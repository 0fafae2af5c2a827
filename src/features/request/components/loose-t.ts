import { useTranslation } from 'react-i18next';
import type { ForWho } from '../../../domain/request/request-types';
import { whoContext } from '../model/who-words';
import { triageNamespace, triageNamespaceOfKey } from '../../../content/triage/namespaces';

/**
 * Keys built from data (triage content, error keys from validation) are checked by the
 * content check and the catalogue tests, not by the type checker: this `t` takes any key.
 */
export type LooseT = (key: string, options?: Record<string, unknown>) => string;

export function useLooseT(): LooseT {
  const { t } = useTranslation(['request', 'triage', 'date-of-birth']);
  return t as unknown as LooseT;
}

/**
 * Triage words (keys of the triage catalogues, without a namespace) for the person the
 * request is about: every question, hint and outcome goes through this, so none can
 * forget to say "your child" or "they". `questionnaireIds` are the questionnaires the
 * page shows: their words are loaded (each topic has its own catalogue) before it paints.
 */
export function useTriageT(forWho: ForWho | undefined, questionnaireIds: readonly string[] = []): LooseT {
  const namespaces = [...new Set(['request', 'triage', ...questionnaireIds.map(triageNamespace)])];
  // Topic namespaces are not in the typed resources (keys come from content, checked by tests).
  const { t } = useTranslation(namespaces as unknown as ['triage']);
  const loose = t as unknown as LooseT;
  const context = whoContext(forWho);
  return (key, options) => loose(`${triageNamespaceOfKey(key)}:${key}`, context ? { ...options, context } : options);
}
