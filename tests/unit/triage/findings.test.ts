import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QUESTIONNAIRES } from '../../../src/content/triage/all';
import { QUESTIONNAIRE_FINDINGS } from '../../../src/content/triage/findings';
import { FINDINGS, MEASURES } from '../../../src/content/triage/findings/vocabulary';
import type { Has, ItemFindings } from '../../../src/content/triage/findings/types';
import type { QuestionnaireItem } from '../../../src/domain/triage/types';

/**
 * Every triage question can be answered by the simulated patient of the vignette suite:
 * each question and each of its options is mapped to findings, or marked neutral, and
 * every finding named exists. docs/clinical-safety/vignettes/README.md.
 */
function namesIn(test: Has): { findings: string[]; measures: string[] } {
  if (typeof test === 'string') return { findings: [test], measures: [] };
  const parts = 'any' in test ? test.any : 'all' in test ? test.all : 'not' in test ? [test.not] : [];
  const inner = parts.map(namesIn);
  return {
    findings: inner.flatMap((n) => n.findings),
    measures: [...inner.flatMap((n) => n.measures), ...('measure' in test ? [test.measure] : [])],
  };
}

function problemsOf(item: QuestionnaireItem, mapping: ItemFindings | undefined): string[] {
  if (item.type === 'group' || item.type === 'display') return mapping ? ['maps an item patients do not answer'] : [];
  if (!mapping) return ['has no mapping'];
  const codes = (item.answerOption ?? []).map((o) => o.valueCoding.code);
  switch (item.type) {
    case 'boolean':
      return mapping.yes === undefined ? ['a yes/no question needs "yes"'] : [];
    case 'choice': {
      const mapped = Object.keys(mapping.options ?? {});
      const problems = mapped.filter((code) => !codes.includes(code)).map((code) => `maps an option it does not have: "${code}"`);
      // "None of these" is what a patient ticks when no option holds (the default "otherwise").
      const exclusive = (item.answerOption ?? []).filter((o) => o.exclusive).map((o) => o.valueCoding.code);
      const covered = new Set([...mapped, ...(mapping.otherwise ? [mapping.otherwise] : []), ...(item.repeats ? exclusive : [])]);
      problems.push(...codes.filter((code) => !covered.has(code)).map((code) => `option "${code}" is not mapped (or marked 'neutral')`));
      if (mapping.otherwise !== undefined && !codes.includes(mapping.otherwise)) problems.push(`"otherwise" names no option: "${mapping.otherwise}"`);
      if (!item.repeats && mapping.otherwise === undefined) problems.push('a one-answer question needs "otherwise"');
      return problems;
    }
    case 'integer':
      return mapping.measure === undefined && mapping.default === undefined ? ['a number question needs "measure" or "default"'] : [];
    default:
      return mapping.says ? [] : ['a free-text question needs "says: true"'];
  }
}

describe('findings mappings (src/content/triage/findings)', () => {
  it.each(QUESTIONNAIRES.map((q) => q.id))('%s: every question and option is mapped or neutral', (id) => {
    const questionnaire = QUESTIONNAIRES.find((q) => q.id === id)!;
    const mapping = QUESTIONNAIRE_FINDINGS[id] ?? {};
    const items = new Map<string, QuestionnaireItem>();
    const walk = (list: readonly QuestionnaireItem[]) => list.forEach((i) => (items.set(i.linkId, i), walk(i.item ?? [])));
    walk(questionnaire.item);
    const problems = [...items.values()].flatMap((item) => problemsOf(item, mapping[item.linkId]).map((p) => `${id}/${item.linkId}: ${p}`));
    problems.push(...Object.keys(mapping).filter((linkId) => !items.has(linkId)).map((linkId) => `${id}/${linkId}: maps a question that does not exist`));
    expect(problems).toEqual([]);
  });

  it('names only findings and measures from the vocabulary', () => {
    const unknown = Object.entries(QUESTIONNAIRE_FINDINGS).flatMap(([id, mapping]) =>
      Object.entries(mapping).flatMap(([linkId, m]) => {
        const tests = [m.yes, ...Object.values(m.options ?? {}).filter((t) => t !== 'neutral')].filter((t): t is Has => t !== undefined);
        const names = tests.map(namesIn);
        return [
          ...names.flatMap((n) => n.findings).filter((f) => !(f in FINDINGS)).map((f) => `${id}/${linkId}: unknown finding "${f}"`),
          ...[...names.flatMap((n) => n.measures), ...(m.measure ? [m.measure] : [])].filter((x) => !(x in MEASURES)).map((x) => `${id}/${linkId}: unknown measure "${x}"`),
        ];
      }),
    );
    expect(unknown).toEqual([]);
  });

  it('stays out of the app: nothing in src imports the findings except the findings folder', () => {
    const root = join(import.meta.dirname, '../../../src');
    const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
    const importers = files(root)
      .filter((f) => /\.(ts|tsx)$/.test(f) && !relative(root, f).startsWith('content/triage/findings/'))
      .filter((f) => /from '[^']*findings(\/[^']*)?'/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(root, f));
    expect(importers).toEqual([]);
  });
});
