import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { budgetProblems } from './check-budget';
import { measureBuild, type Manifest } from '../../scripts/route-sizes';

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
    'src/features/booking/later-page.tsx': { file: 'assets/later.js', isDynamicEntry: true },
  };
  writeFileSync(join(dist, '.vite/manifest.json'), JSON.stringify(manifest));
  return dist;
}

const landing = { 'src/features/practice-home/practice-home-page.tsx': ['en/common'] };

describe('byte budget check', () => {
  it('passes a build within every budget', () => {
    const report = measureBuild(fakeBuild({ laterPageBytes: 5_000 }));
    expect(budgetProblems(report, undefined, landing)).toEqual([]);
  });

  it('fails a build whose later route chunk is over 25 KiB gzip, naming the route', () => {
    const report = measureBuild(fakeBuild({ laterPageBytes: 50_000 }));
    const problems = budgetProblems(report, undefined, landing);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.what).toContain('src/features/booking/later-page.tsx');
    expect(problems[0]!.bytes).toBeGreaterThan(25 * 1024);
  });

  it('fails a landing route over 125 KiB gzip, and CSS over 15 KiB, and HTML over 14 KB', () => {
    const report = measureBuild(fakeBuild({ laterPageBytes: 1_000, landingBytes: 200_000, cssBytes: 30_000, htmlBytes: 15_000 }));
    const what = budgetProblems(report, undefined, landing).map((p) => p.what);
    expect(what).toEqual(
      expect.arrayContaining([
        expect.stringContaining('landing JS for src/features/practice-home/practice-home-page.tsx'),
        expect.stringContaining('CSS for src/features/booking/later-page.tsx'),
        'index.html (raw)',
      ]),
    );
  });

  it('fails when a landing page is missing from the build', () => {
    const report = measureBuild(fakeBuild({ laterPageBytes: 1_000 }));
    const problems = budgetProblems(report, undefined, { 'src/features/gone/page.tsx': [] });
    expect(problems[0]!.what).toContain('missing');
  });
});
