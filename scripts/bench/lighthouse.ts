import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { endProcess } from './servers';
import { whenStopping } from './stop-list';

export interface LighthouseRun {
  performance: number;
  accessibility: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  bytes: number;
}

export const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
export const CHROME_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/**
 * One Lighthouse mobile run (its default: a Moto G class phone on slow 4G, simulated) in
 * a fresh Chrome profile, so no service worker or cache from an earlier run. Spawned,
 * not run synchronously: the bare stack is served from this very process.
 */
export async function lighthouse(url: string, reportPath: string): Promise<LighthouseRun> {
  const out = resolve(reportPath);
  const child = spawn(
    resolve('node_modules/.bin/lighthouse'),
    [
      url,
      '--quiet',
      '--output=json',
      `--output-path=${out}`,
      '--only-categories=performance,accessibility',
      '--form-factor=mobile',
      `--chrome-flags=--headless=new ${CHROME_FLAGS.join(' ')}`,
    ],
    { env: { ...process.env, CHROME_PATH: CHROME }, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  // SIGINT lets Lighthouse close the Chrome it launched.
  whenStopping(() => endProcess(child, 'SIGINT'));
  const code = await new Promise<number | null>((done) => child.once('exit', done));
  if (code !== 0) throw new Error(`Lighthouse failed on ${url} (exit ${code})`);
  const report = JSON.parse(readFileSync(out, 'utf8'));
  return {
    performance: Math.round(report.categories.performance.score * 100),
    accessibility: Math.round(report.categories.accessibility.score * 100),
    lcpMs: Math.round(report.audits['largest-contentful-paint'].numericValue),
    tbtMs: Math.round(report.audits['total-blocking-time'].numericValue),
    cls: +report.audits['cumulative-layout-shift'].numericValue.toFixed(3),
    bytes: report.audits['total-byte-weight'].numericValue as number,
  };
}
