import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QUESTIONNAIRES } from '../../../src/content/triage/all';
import { HAZARD_IDS } from '../../../src/content/triage/hazards';
import { SOURCES } from '../../../src/content/triage/sources';

/**
 * The hazard log lists every rule under the hazard it controls, with its disposition and
 * its source, so a reviewer reading it sees the real content (issue 12: each new rule
 * maps to a hazard and a source).
 */
const log = readFileSync(join(import.meta.dirname, '../../../docs/clinical-safety/hazard-log.md'), 'utf8');
const sourceKey = new Map<string, string>(Object.entries(SOURCES).map(([key, url]) => [url, key]));

function rulesLine(hazard: string): string {
  const section = log.split(/\n## /).find((s) => s.startsWith(`${hazard} `)) ?? '';
  return /\*\*Rules controlling this hazard:\*\* ([^\n]*)/.exec(section)?.[1] ?? '';
}

describe('hazard log (docs/clinical-safety/hazard-log.md)', () => {
  it('has a section for every hazard id', () => {
    expect(HAZARD_IDS.filter((id) => !log.includes(`\n## ${id} `))).toEqual([]);
  });

  it('lists every rule under its hazard, with its disposition and source', () => {
    const missing = QUESTIONNAIRES.flatMap((q) =>
      q.rules
        .filter((r) => !rulesLine(r.hazard).includes(`\`${r.id}\` (${r.disposition}; ${sourceKey.get(r.source)})`))
        .map((r) => `${r.hazard}: ${r.id} (${r.disposition}; ${sourceKey.get(r.source)})`),
    );
    expect(missing).toEqual([]);
  });

  it('lists no rule that does not exist', () => {
    const ids = new Set(QUESTIONNAIRES.flatMap((q) => q.rules.map((r) => r.id)));
    const listed = HAZARD_IDS.flatMap((h) => [...rulesLine(h).matchAll(/`([a-z0-9-]+)`/g)].map((m) => m[1]!));
    expect(listed.filter((id) => !ids.has(id))).toEqual([]);
  });
});
