import { useTranslation } from 'react-i18next';

/**
 * Keys built from data (triage content, error keys from validation) are checked by the
 * content check and the catalogue tests, not by the type checker: this `t` takes any key.
 */
export type LooseT = (key: string, options?: Record<string, unknown>) => string;

export function useLooseT(): LooseT {
  const { t } = useTranslation(['request', 'triage', 'date-of-birth']);
  return t as unknown as LooseT;
}
