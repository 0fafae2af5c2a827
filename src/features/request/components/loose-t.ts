import { useTranslation } from 'react-i18next';
import type { ForWho } from '../../../domain/request/request-types';
import { whoContext } from '../model/who-words';

/**
 * Keys built from data (triage content, error keys from validation) are checked by the
 * content check and the catalogue tests, not by the type checker: this `t` takes any key.
 */
export type LooseT = (key: string, options?: Record<string, unknown>) => string;

export function useLooseT(): LooseT {
  const { t } = useTranslation(['request', 'triage']);
  return t as unknown as LooseT;
}

/**
 * Triage words (keys in the `triage` namespace, without the prefix) for the person the
 * request is about: every question, hint and outcome goes through this, so none can
 * forget to say "your child" or "they".
 */
export function useTriageT(forWho: ForWho | undefined): LooseT {
  const t = useLooseT();
  const context = whoContext(forWho);
  return (key, options) => t(`triage:${key}`, context ? { ...options, context } : options);
}
