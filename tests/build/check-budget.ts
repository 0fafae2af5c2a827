import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BUDGETS, KIB, LANDING_PAGES, type Budgets } from './budgets';
import { FIND_PRACTICE_PAGE, landingSizes, measureBareStack, measureBuild, type BuildReport } from '../../scripts/route-sizes';
import { buildBareStack } from '../../scripts/bare-stack/build';

export interface BudgetProblem {
  what: string;
  bytes: number;
  budget: number;
}

/** "/" is no practice's page and loads no practice code: it has its own, tighter ratio. */
const allowedLandingRatio = (page: string, budgets: Budgets = BUDGETS) => (page === FIND_PRACTICE_PAGE ? budgets.findPracticeLandingRatio : budgets.landingRatio);

const kib = (bytes: number) => `${(bytes / KIB).toFixed(1)} KiB`;

/**
 * Every way a build breaks the byte budgets; empty when it keeps them all. `floorGzip` is
 * the bare-stack floor's cold-start JS (gzip): "/" may cost `budgets.findPracticeLandingRatio`
 * times it, every other landing page `budgets.landingRatio` times it.
 */
export function budgetProblems(report: BuildReport, floorGzip: number, budgets: Budgets = BUDGETS, landing = LANDING_PAGES): BudgetProblem[] {
  const problems: BudgetProblem[] = [];
  const over = (what: string, bytes: number, budget: number) => {
    if (bytes > budget) problems.push({ what, bytes, budget });
  };
  for (const [page, catalogues] of Object.entries(landing)) {
    const sizes = landingSizes(report, page, catalogues);
    if (!sizes) {
      problems.push({ what: `landing page ${page} is missing from the build`, bytes: 0, budget: 0 });
      continue;
    }
    const allowed = allowedLandingRatio(page, budgets);
    const ratio = `×${(sizes.gzip / floorGzip).toFixed(3)} of the bare-stack floor's ${kib(floorGzip)}, allowed ×${allowed}`;
    over(`landing JS for ${page} (gzip, with ${catalogues.join(', ')}): ${ratio}`, sizes.gzip, Math.floor(floorGzip * allowed));
  }
  for (const route of report.routes) {
    if (!(route.module in landing)) over(`route chunks for ${route.module} (gzip, beyond the entry and, for a practice's page, the practice home)`, route.laterJs.gzip, budgets.routeChunkJs);
    over(`CSS for ${route.module} (gzip)`, route.css.gzip, budgets.routeCss);
  }
  over('index.html (raw)', report.html.raw, budgets.htmlDocument);
  if (report.embed) over('embed.js (gzip)', report.embed.gzip, budgets.embedScript);
  over('practice area, all its files (gzip)', report.practiceArea.gzip, budgets.practiceArea);
  return problems;
}

export function describe(problems: BudgetProblem[]): string {
  return problems.map((p) => `over budget: ${p.what}: ${kib(p.bytes)} > ${kib(p.budget)}`).join('\n');
}

// `npm run budget`: check the real build in dist/ against a bare-stack floor built now.
if (import.meta.url === `file://${process.argv[1]}`) {
  const report = measureBuild(resolve(process.argv[2] ?? 'dist'));
  const floor = measureBareStack(await buildBareStack());
  const problems = budgetProblems(report, floor.gzip);
  // Staff pages are never precached for patients (vite.config.ts names them practice-area-*).
  const serviceWorker = resolve(process.argv[2] ?? 'dist', 'sw.js');
  if (report.practiceArea.raw === 0) problems.push({ what: 'no practice-area-* files: the staff pages lost their chunk names', bytes: 0, budget: 0 });
  if (existsSync(serviceWorker) && readFileSync(serviceWorker, 'utf8').includes('practice-area')) {
    problems.push({ what: 'the practice area is in the service worker precache (dist/sw.js)', bytes: 0, budget: 0 });
  }
  for (const route of report.routes) {
    console.log(`${route.module}: own JS ${kib(route.ownJs.gzip)} (${kib(route.laterJs.gzip)} after the practice home), cold-start JS ${kib(route.totalJs.gzip)}, CSS ${kib(route.css.gzip)} (gzip)`);
  }
  for (const [page, catalogues] of Object.entries(LANDING_PAGES)) {
    const sizes = landingSizes(report, page, catalogues);
    if (sizes) console.log(`landing ${page}: ${kib(sizes.gzip)} with its catalogues, ×${(sizes.gzip / floor.gzip).toFixed(3)} the bare-stack floor (${kib(floor.gzip)}); allowed ×${allowedLandingRatio(page)}`);
  }
  console.log(`index.html: ${report.html.raw} bytes; embed.js: ${report.embed ? kib(report.embed.gzip) : 'not built'}; practice area: ${kib(report.practiceArea.gzip)}`);
  if (problems.length > 0) {
    console.error(describe(problems));
    process.exit(1);
  }
  console.log('Budgets kept.');
}
