/**
 * The vignette suite (docs/clinical-safety/vignettes/): every case through the whole
 * journey as the app composes it. Prints overall, per-class, under- and over-triage
 * figures and each miss with the questions asked on the way.
 *   npm run triage            (text)
 *   npm run triage -- --json  (every run, for tools)
 * Exits 1 when issue 12's thresholds are not met, 2 when a case cannot be read.
 */
import { CLASSES } from './triage/vignette';
import { loadVignettes, percent, runVignette, thresholdProblems, vignetteFigures, type ClassFigures, type VignetteRun } from './triage/run-vignettes';

const line = (label: string, f: ClassFigures) =>
  `${label.padEnd(24)} ${String(f.cases).padStart(4)} cases  appropriate ${percent(f.appropriate, f.cases).padStart(6)}  under ${String(f.underTriage).padStart(3)}  over ${String(f.overTriage).padStart(3)}  other route ${String(f.otherRoute).padStart(3)}`;

function describeMiss(run: VignetteRun): string {
  const c = run.vignette;
  const answers = run.path.map((p) => `    ${p.question} = ${JSON.stringify(p.answer)}`).join('\n');
  return [
    `- ${c.id} (${c.class}, ${c.age} ${c.sex}, topic ${c.topic}): got ${run.disposition} (${run.verdict}), accepted ${c.accept.join(' / ')}`,
    `    says: "${c.says}"`,
    `    findings: ${c.findings.join(', ') || '(none)'}`,
    `    fired: ${run.firedRules.join(', ') || '(none)'}${run.stoppedAt ? `; stopped at ${run.stoppedAt}` : ''}`,
    answers,
  ].join('\n');
}

function main(args: string[]) {
  let runs: VignetteRun[];
  try {
    runs = loadVignettes().map(runVignette);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  const figures = vignetteFigures(runs);
  const problems = thresholdProblems(figures);
  if (args.includes('--json')) {
    console.log(JSON.stringify({ figures, problems, runs: runs.map(({ vignette, ...rest }) => ({ id: vignette.id, ...rest })) }, null, 2));
  } else {
    console.log(line('overall', figures.overall));
    for (const k of CLASSES) console.log(line(k, figures.byClass[k]));
    const e = figures.byClass.emergency;
    console.log(`emergencies reaching 999, A&E or an allowed same-day route: ${figures.emergenciesReachingEmergencyRoute} of ${e.cases}`);
    const misses = runs.filter((r) => r.verdict !== 'appropriate');
    console.log(misses.length === 0 ? '\nNo misses.' : `\nMisses (${misses.length}):\n${misses.map(describeMiss).join('\n')}`);
    console.log(problems.length === 0 ? '\nThresholds met.' : `\nThresholds NOT met:\n${problems.map((p) => `- ${p}`).join('\n')}`);
  }
  process.exit(problems.length > 0 ? 1 : 0);
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
