// `npm run bench`: what Front Door costs a patient. Per-page JavaScript and CSS (raw,
// gzip, brotli) from the build, and Lighthouse mobile scores (median of three runs)
// against the built app and the mock backend. Writes reports/bench.json and .md.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { measureBuild, type Sizes } from './route-sizes';
import { backendBench } from './backend-bench';

const PORT = Number(process.env.BENCH_PORT ?? 4177);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const PAGES = ['/', '/Y99001', '/Y99002'];
const RUNS = 3;
const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const kib = (s: Sizes) => ({ raw: +(s.raw / 1024).toFixed(1), gzip: +(s.gzip / 1024).toFixed(1), brotli: +(s.brotli / 1024).toFixed(1) });

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      const response = await fetch(`${ORIGIN}/`);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('The server did not start');
}

function lighthouse(url: string, run: number) {
  const out = resolve(`reports/lighthouse-${url.replace(/\W+/g, '_') || 'root'}-${run}.json`);
  const bin = resolve('node_modules/.bin/lighthouse');
  const result = spawnSync(
    bin,
    [
      url,
      '--quiet',
      '--output=json',
      `--output-path=${out}`,
      '--only-categories=performance,accessibility',
      '--form-factor=mobile',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run',
    ],
    { env: { ...process.env, CHROME_PATH: chrome }, stdio: 'inherit' },
  );
  if (result.status !== 0) throw new Error(`Lighthouse failed on ${url}`);
  const report = JSON.parse(readFileSync(out, 'utf8'));
  return {
    performance: Math.round(report.categories.performance.score * 100),
    accessibility: Math.round(report.categories.accessibility.score * 100),
    lcpMs: Math.round(report.audits['largest-contentful-paint'].numericValue),
    tbtMs: Math.round(report.audits['total-blocking-time'].numericValue),
    bytes: report.audits['total-byte-weight'].numericValue as number,
  };
}

async function main() {
  mkdirSync('reports', { recursive: true });
  if (!existsSync('dist/index.html') || process.argv.includes('--build')) {
    const build = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) process.exit(1);
  }
  const build = measureBuild(resolve('dist'));
  const sizes = {
    entryJs: kib(build.entryJs),
    entryCss: kib(build.entryCss),
    html: kib(build.html),
    embed: build.embed ? kib(build.embed) : null,
    pages: build.routes.map((r) => ({ page: r.module, ownJs: kib(r.ownJs), coldStartJs: kib(r.totalJs), css: kib(r.css) })),
    catalogues: Object.fromEntries(Object.entries(build.catalogues).map(([k, v]) => [k, kib(v)])),
  };

  // The server itself (not npx), on a throwaway PGlite folder, so kill() stops it.
  const data = mkdtempSync(join(tmpdir(), 'front-door-bench-'));
  const server = spawn(process.execPath, ['--import', 'tsx', 'server/start.ts'], {
    env: { ...process.env, PORT: String(PORT), FRONT_DOOR_DATA: data, DATABASE_URL: '', FRONT_DOOR_SEED: 'demo' },
    stdio: 'ignore',
  });
  const scores: Record<string, ReturnType<typeof lighthouse> & { runs: number[] }> = {};
  try {
    await waitForServer();
    for (const page of PAGES) {
      const runs = Array.from({ length: RUNS }, (_, i) => lighthouse(`${ORIGIN}${page}`, i + 1));
      scores[page] = {
        performance: median(runs.map((r) => r.performance)),
        accessibility: median(runs.map((r) => r.accessibility)),
        lcpMs: median(runs.map((r) => r.lcpMs)),
        tbtMs: median(runs.map((r) => r.tbtMs)),
        bytes: median(runs.map((r) => r.bytes)),
        runs: runs.map((r) => r.performance),
      };
    }
  } finally {
    server.kill();
    rmSync(data, { recursive: true, force: true });
  }

  const backend = await backendBench();
  const report = { date: new Date().toISOString(), sizesKiB: sizes, lighthouseMobileMedianOf3: scores, backend };
  writeFileSync('reports/bench.json', `${JSON.stringify(report, null, 2)}\n`);
  const lines = [
    '# Front Door benchmark',
    '',
    `Measured ${report.date}. Sizes in KiB; Lighthouse mobile, median of ${RUNS} runs.`,
    '',
    '| page | own JS gzip | cold-start JS gzip | cold-start JS brotli | CSS gzip |',
    '|---|---|---|---|---|',
    ...sizes.pages.map((p) => `| ${p.page} | ${p.ownJs.gzip} | ${p.coldStartJs.gzip} | ${p.coldStartJs.brotli} | ${p.css.gzip} |`),
    '',
    `Entry JS ${sizes.entryJs.gzip} KiB gzip (${sizes.entryJs.brotli} brotli); entry CSS ${sizes.entryCss.gzip} KiB gzip; index.html ${sizes.html.raw} KiB raw; embed.js ${sizes.embed ? `${sizes.embed.gzip} KiB gzip` : 'not built'}.`,
    '',
    '| URL | performance | accessibility | LCP ms | TBT ms | bytes | runs |',
    '|---|---|---|---|---|---|---|',
    ...Object.entries(scores).map(([url, s]) => `| ${url} | ${s.performance} | ${s.accessibility} | ${s.lcpMs} | ${s.tbtMs} | ${s.bytes} | ${s.runs.join(', ')} |`),
    '',
    `Practice backend, ${backend.requests} online requests then ${backend.bookings} practice bookings (each a different free slot), ${backend.concurrency} at once (Fastify inject, no sockets):`,
    '',
    '| database | requests stored per second | p95 of one request (ms) | bookings per second | p95 of one booking (ms) |',
    '|---|---|---|---|---|',
    ...(['pglite', 'postgres'] as const).map((name) => {
      const result = backend[name];
      return 'error' in result
        ? `| ${name} | ${result.error} | | | |`
        : `| ${name} | ${result.requestsPerSecond} | ${result.requestP95Ms} | ${result.bookingsPerSecond} | ${result.bookingP95Ms} |`;
    }),
    '',
  ];
  writeFileSync('reports/bench.md', lines.join('\n'));
  console.log(lines.join('\n'));
}

void main();
