import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCaseFile } from '../../../scripts/triage-cases';
import { QUESTIONNAIRES } from '../../../src/content/triage/all';
import { DISPOSITIONS } from '../../../src/domain/triage/dispositions';

const CASES_DIR = join(import.meta.dirname, '../../../docs/clinical-safety/cases');
const files = readdirSync(CASES_DIR).filter((f) => f.endsWith('.json')).sort();
const outcomes = files.flatMap((file) => runCaseFile(join(CASES_DIR, file)));

describe('clinical safety cases (docs/clinical-safety/cases)', () => {
  it.each(files)('%s: every case gives its expected disposition', (file) => {
    const failures = outcomes.filter((o) => o.file?.endsWith(file) && !o.passed).map((o) => `${o.name}: ${o.problems.join('; ')}`);
    expect(failures).toEqual([]);
  });

  it('make every rule fire at least once', () => {
    const fired = new Set(outcomes.flatMap((o) => o.result.firedRules));
    const unfired = QUESTIONNAIRES.flatMap((q) => q.rules.map((r) => r.id)).filter((id) => !fired.has(id));
    expect(unfired).toEqual([]);
  });

  it('reach every disposition', () => {
    const reached = new Set(outcomes.map((o) => o.result.disposition));
    expect([...DISPOSITIONS].filter((d) => !reached.has(d))).toEqual([]);
  });
});
