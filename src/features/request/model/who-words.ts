import type { ForWho } from '../../../domain/request/request-types';

/**
 * Triage words speak of the person the request is for: "Do you…" for the patient,
 * "Does your child…" for a parent or carer, "Do they…" for anyone else. Every triage
 * text that says "you" has `_child` and `_them` variants in the catalogue (i18next
 * context), and tests/unit/triage/who-wording.test.ts fails if one is missing.
 */
export type WhoContext = 'child' | 'them';

export function whoContext(forWho: ForWho | undefined): WhoContext | undefined {
  if (forWho === 'child') return 'child';
  if (forWho === 'someone-else') return 'them';
  return undefined;
}
