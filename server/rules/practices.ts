import type { PracticeSettings, PracticeSummary } from '../../src/domain/practice/practice-settings';
import { ODS_CODE_PATTERN } from '../../src/domain/practice/ods-code';
import { ok, problem, type Answer } from './outcome';

/*
 * Finding a practice and reading its settings document: the one small versioned JSON
 * document per practice (README, "The practice settings document"). Its version is
 * the ETag, so a cache can ask whether it changed.
 */

export interface PracticeRulesStore {
  practiceSummaries(): Promise<PracticeSummary[]>;
  practiceDocument(ods: string): Promise<{ settings: PracticeSettings; version: number } | undefined>;
}

const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

export function practiceMatches(term: string, practice: PracticeSummary): boolean {
  const wanted = squash(term);
  if (wanted === '') return false;
  return (
    squash(practice.ods) === wanted ||
    squash(practice.name).includes(wanted) ||
    squash(practice.postcode).startsWith(wanted) ||
    squash(practice.town).includes(wanted)
  );
}

export const summaryOf = ({ ods, name, address }: PracticeSettings): PracticeSummary => ({ ods, name, town: address.town, postcode: address.postcode });

export async function searchPractices(store: PracticeRulesStore, query: string | null): Promise<Answer> {
  const term = query?.trim() ?? '';
  if (term.length < 2 || term.length > 100) {
    return problem(400, 'invalid', 'Enter at least 2 characters of a name, postcode or ODS code.', { expression: ['q'] });
  }
  const practices = (await store.practiceSummaries()).filter((p) => practiceMatches(term, p)).slice(0, 50);
  return ok({ practices });
}

export async function readPractice(store: PracticeRulesStore, odsParam: string): Promise<Answer> {
  const ods = odsParam.toUpperCase();
  if (!ODS_CODE_PATTERN.test(ods)) return problem(400, 'invalid', 'That is not an ODS code.', { expression: ['ods'] });
  const found = await store.practiceDocument(ods);
  if (!found) return problem(404, 'not-found', `No practice with ODS code ${ods}.`);
  return ok(found.settings, 200, { ETag: `W/"${found.version}"` });
}
