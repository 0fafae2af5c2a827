import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { budgetProblems } from './check-budget';
import { BUDGETS } from './budgets';
import { FIND_PRACTICE_PAGE, landingSizes, measureBuild, type Manifest } from '../../scripts/route-sizes';

/** Base64 of random bytes: gzip only gets it down to about three quarters. */
const incompressible = (bytes: number) => randomBytes(bytes).toString('base64').slice(0, bytes);

/** Writes a small fake build: an entry, a landing page, a later page, CSS and HTML. */
function fakeBuild({ laterPageBytes, landingBytes = 10_000, cssBytes = 2_000, htmlBytes = 2_000 }: Record<string, number>) {
  const dist = mkdtempSync(join(tmpdir(), 'fd-budget-'));
  mkdirSync(join(dist, 'assets'));
  mkdirSync(join(dist, '.vite'));
  mkdirSync(join(dist, 'locales/en'), { recursive: true });
  writeFileSync(join(dist, 'locales/en/common.json'), '{}');
  const files: Record<string, string> = {
    'assets/index.js': incompressible(landingBytes),
    'assets/home.js': 'export const home = 1;',
    'assets/later.js': incompressible(laterPageBytes!),
    'assets/index.css': incompressible(cssBytes),
    'index.html': 'x'.repeat(htmlBytes),
  };
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dist, name), body);
  const manifest: Manifest = {
    'index.html': { file: 'assets/index.js', isEntry: true, css: ['assets/index.css'] },
    'src/features/practice-home/practice-home-page.tsx': { file: 'assets/home.js', isDynamicEntry: true },
    // "/" costs the same as the practice home here, to show it is held to its own, tighter ratio.
    'src/features/find-practice/find-practice-page.tsx': { file: 'assets/home.js', isDynamicEntry: true },
    'src/features/booking/later-page.tsx': { file: 'assets/later.js', isDynamicEntry: true },
  };
  writeFileSync(join(dist, '.vite/manifest.json'), JSON.stringify(manifest));
  return dist;
}

const HOME = 'src/features/practice-home/practice-home-page.tsx';
const landing = { [HOME]: ['en/common'] };
/** A bare-stack floor as large as the fake landing page: ×1.00, well within the ratio. */
const sameAsLanding = (report: ReturnType<typeof measureBuild>) => landingSizes(report, HOME, landing[HOME]!)!.gzip;

describe('byte budget check', () => {
  it('passes a build within every budget', () => {
    const report = measureBuild(fakeBuild({ laterPageBytes: 5_000 }));
    expect(budgetProblems(report, sameAsLanding(report), undefined, landing)).toEqual([]);
  });

  it('fails a build whose later route chunk is over 25 KiB gzip, naming the route', () => {
    const report = measureBuild(fakeBuild({ laterPageBytes: 50_000 }));
    const problems = budgetProblems(report, sameAsLanding(report), undefined, landing);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.what).toContain('src/features/booking/later-page.tsx');
    expect(problems[0]!.bytes).toBeGreaterThan(25 * 1024);
  });

  it('fails CSS over 15 KiB and HTML over 14 KB', () => {
    const report = measureBuild(fakeBuild({ laterPageBytes: 1_000, cssBytes: 30_000, htmlBytes: 15_000 }));
    const what = budgetProblems(report, sameAsLanding(report), undefined, landing).map((p) => p.what);
    expect(what).toEqual([
      expect.stringContaining(`CSS for ${HOME}`),
      expect.stringContaining(`CSS for ${FIND_PRACTICE_PAGE}`),
      expect.stringContaining('CSS for src/features/booking/later-page.tsx'),
      'index.html (raw)',
    ]);
  });

  it('holds a landing page to landingRatio times the bare-stack floor: at it passes, one byte over fails', () => {
    const report = measureBuild(fakeBuild({ laterPageBytes: 1_000, landingBytes: 200_000 }));
    const bytes = landingSizes(report, HOME, landing[HOME]!)!.gzip;
    // The smallest floor this page keeps within the ratio, and the largest it does not.
    const floorAtRatio = Math.ceil(bytes / BUDGETS.landingRatio);
    const floorBelowRatio = Math.floor((bytes - 1) / BUDGETS.landingRatio);
    expect(budgetProblems(report, floorAtRatio, undefined, landing)).toEqual([]);
    const problems = budgetProblems(report, floorBelowRatio, undefined, landing);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ bytes, budget: Math.floor(floorBelowRatio * BUDGETS.landingRatio) });
    expect(problems[0]!.what).toContain(`landing JS for ${HOME}`);
    expect(problems[0]!.what).toContain(`allowed ×${BUDGETS.landingRatio}`);
  });

  it('judges the landing page by the ratio, not by its size: a large page over a large floor passes, a small one over a small floor fails', () => {
    const report = measureBuild(fakeBuild({ laterPageBytes: 1_000, landingBytes: 300_000 }));
    const bytes = landingSizes(report, HOME, landing[HOME]!)!.gzip;
    expect(bytes).toBeGreaterThan(200 * 1024);
    expect(budgetProblems(report, bytes, { ...BUDGETS, landingRatio: 1.03 }, landing)).toEqual([]);
    const small = measureBuild(fakeBuild({ laterPageBytes: 1_000, landingBytes: 20_000 }));
    const smallBytes = landingSizes(small, HOME, landing[HOME]!)!.gzip;
    expect(budgetProblems(small, Math.round(smallBytes / 1.1), { ...BUDGETS, landingRatio: 1.03 }, landing).map((p) => p.what)).toEqual([
      expect.stringContaining('×1.100 of the bare-stack floor'),
    ]);
  });

  it('holds "/" (no practice\'s page) to its own, tighter ratio: the same bytes pass as the practice home and fail as "/"', () => {
    const report = measureBuild(fakeBuild({ laterPageBytes: 1_000, landingBytes: 200_000 }));
    const both = { [HOME]: ['en/common'], [FIND_PRACTICE_PAGE]: ['en/common'] };
    const bytes = landingSizes(report, HOME, ['en/common'])!.gzip;
    const between = (BUDGETS.findPracticeLandingRatio + BUDGETS.landingRatio) / 2;
    const problems = budgetProblems(report, Math.round(bytes / between), undefined, both);
    expect(problems.map((p) => p.what)).toEqual([expect.stringContaining(`landing JS for ${FIND_PRACTICE_PAGE}`)]);
    expect(problems[0]!.what).toContain(`allowed ×${BUDGETS.findPracticeLandingRatio}`);
  });

  it("counts a practice's later page beyond the practice home it starts from, and any other page beyond the entry alone", () => {
    const dist = mkdtempSync(join(tmpdir(), 'fd-budget-'));
    mkdirSync(join(dist, 'assets'));
    mkdirSync(join(dist, '.vite'));
    const files = { 'assets/index.js': 'entry', 'assets/home.js': 'home', 'assets/practice-core-x.js': incompressible(20_000), 'assets/request.js': incompressible(5_000), 'assets/settings.js': incompressible(5_000) };
    for (const [name, body] of Object.entries(files)) writeFileSync(join(dist, name), body);
    writeFileSync(join(dist, 'index.html'), '<!doctype html>');
    const manifest: Manifest = {
      'index.html': { file: 'assets/index.js', isEntry: true },
      _core: { file: 'assets/practice-core-x.js' },
      [HOME]: { file: 'assets/home.js', isDynamicEntry: true, imports: ['_core'] },
      'src/features/request/pages/start-page.tsx': { file: 'assets/request.js', isDynamicEntry: true, imports: ['_core'] },
      'src/features/settings/settings-page.tsx': { file: 'assets/settings.js', isDynamicEntry: true, imports: ['_core'] },
    };
    writeFileSync(join(dist, '.vite/manifest.json'), JSON.stringify(manifest));
    const routes = Object.fromEntries(measureBuild(dist).routes.map((r) => [r.module, r]));
    const request = routes['src/features/request/pages/start-page.tsx']!;
    const settings = routes['src/features/settings/settings-page.tsx']!;
    expect(request.laterJs.raw).toBe(5_000);
    expect(request.ownJs.raw).toBe(25_000);
    expect(settings.laterJs.raw).toBe(25_000);
  });

  it('fails when a landing page is missing from the build', () => {
    const report = measureBuild(fakeBuild({ laterPageBytes: 1_000 }));
    const problems = budgetProblems(report, 100_000, undefined, { 'src/features/gone/page.tsx': [] });
    expect(problems[0]!.what).toContain('missing');
  });
});
