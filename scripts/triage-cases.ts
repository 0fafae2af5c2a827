/**
 * Case runner for clinicians reviewing triage content:
 *   npm run triage:cases -- docs/clinical-safety/cases/*.json
 * Each file holds one case or a list of cases. Prints JSON (disposition and fired rules
 * per case) and exits 1 when any expectation is not met, 2 when a file cannot be read.
 */
import { readFileSync } from 'node:fs';
import { parseCase, runCase, type CaseOutcome } from './triage/triage-case';
import { compiledQuestionnaire } from '../src/content/triage/all';

export function runCaseFile(path: string): CaseOutcome[] {
  const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
  const cases = (Array.isArray(parsed) ? parsed : [parsed]).map(parseCase);
  return cases.map((c) => ({ ...runCase(compiledQuestionnaire(c.questionnaireId), c), file: path }));
}

function main(files: string[]) {
  if (files.length === 0) {
    console.error('Usage: npm run triage:cases -- <case files>');
    process.exit(2);
  }
  const outcomes: CaseOutcome[] = [];
  for (const file of files) {
    try {
      outcomes.push(...runCaseFile(file));
    } catch (error) {
      console.error(`${file}: ${(error as Error).message}`);
      process.exit(2);
    }
  }
  const report = outcomes.map((o) => ({
    file: o.file,
    name: o.name,
    passed: o.passed,
    questionnaireId: o.result.questionnaireId,
    disposition: o.result.disposition,
    expectedDisposition: o.expectedDisposition,
    ...(o.result.pharmacyCondition ? { pharmacyCondition: o.result.pharmacyCondition } : {}),
    outcomeId: o.result.outcomeId,
    firedRules: o.result.firedRules,
    contentVersion: o.result.contentVersion,
    ...(o.problems.length > 0 ? { problems: o.problems } : {}),
  }));
  const failed = report.filter((r) => !r.passed).length;
  console.log(JSON.stringify({ cases: report.length, failed, results: report }, null, 2));
  process.exit(failed > 0 ? 1 : 0);
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
