import { describe, expect, it } from 'vitest';
import { TOPICS } from '../../../src/content/triage/all';
import { loadVignettes, percent, runVignette, thresholdProblems, vignetteFigures, type VignetteRun } from '../../../scripts/triage/run-vignettes';

/**
 * The vignette suite (docs/clinical-safety/vignettes) through the whole journey, against
 * issue 12's thresholds: every emergency to 999, A&E or a same-day route its source
 * allows, none lower; at least 90% appropriate; at most 10% of pharmacy and self-care
 * cases above their range. A failure lists the misses; `npm run triage` shows the path.
 */
const runs = loadVignettes().map(runVignette);
const figures = vignetteFigures(runs);
const miss = (r: VignetteRun) => `${r.vignette.id}: ${r.disposition} (${r.verdict}), accepted ${r.vignette.accept.join('/')}`;

describe('the vignette suite', () => {
  it('has cases for every class and every topic', () => {
    for (const k of ['emergency', 'gp', 'pharmacy-or-self-care'] as const) expect(figures.byClass[k].cases, k).toBeGreaterThan(0);
    const topics = new Set(runs.map((r) => r.vignette.topic));
    expect(TOPICS.map((t) => t.id).filter((t) => !topics.has(t))).toEqual([]);
  });

  it('sends every emergency to 999, A&E or a same-day route its source allows, none lower', () => {
    const missed = runs.filter((r) => r.vignette.class === 'emergency' && !['call-999', 'go-to-ae', ...r.vignette.accept].includes(r.disposition));
    expect(missed.map(miss)).toEqual([]);
    expect(runs.filter((r) => r.vignette.class === 'emergency' && r.verdict === 'under-triage').map(miss)).toEqual([]);
  });

  it(`meets every threshold (appropriate overall: ${percent(figures.overall.appropriate, figures.overall.cases)})`, () => {
    const problems = thresholdProblems(figures);
    expect(problems, runs.filter((r) => r.verdict !== 'appropriate').map(miss).join('\n')).toEqual([]);
  });
});
