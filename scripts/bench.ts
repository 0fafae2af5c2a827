// `npm run bench`: Front Door against the bare-stack floor (scripts/bare-stack: the same
// React, router, query and i18n with nothing of ours), measured in one run with the two
// interleaved (A, B, A, B...) so a busy machine slows both alike. Landing JS, Lighthouse
// mobile, a cold start on a CPU slowed 4 times, the bytes of a whole request on a return
// visit (normal and lite), and the practice backend. Writes reports/bench.json and .md.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildBareStack } from './bare-stack/build';
import { LANDING_PAGES, landingSizes, measureBareStack, measureBuild, type Sizes } from './route-sizes';
import { backendBench } from './backend-bench';
import { lighthouse, type LighthouseRun } from './bench/lighthouse';
import { launchBrowser } from './bench/browser';
import { headingTime } from './bench/cold-start';
import { requestBytes, type RequestBytes } from './bench/request-walk';
import { startBareStack, startFrontDoor } from './bench/servers';
import { stopEverything } from './bench/stop-list';
import { benchMarkdown, type BenchReport } from './bench/report';

const PORT = Number(process.env.BENCH_PORT ?? 4177);
const RUNS = 3;
/** The landing pages by the address a patient opens, with the page module the build names. */
const LANDINGS = { '/': 'src/features/find-practice/find-practice-page.tsx', '/Y99001': 'src/features/practice-home/practice-home-page.tsx' } as const;
/** Front Door's request start page and its heading; the floor's one page and its heading. */
const REQUEST_START = { path: '/Y99001/request', heading: 'Ask your GP practice for help' };
const BARE_HEADING = 'Bare stack';
const skip = (part: string) => process.argv.includes(`--no-${part}`);

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
/** Front Door ÷ floor; null when the floor is 0 and Front Door is not. */
export const ratio = (frontDoor: number, floor: number) => (floor === 0 ? (frontDoor === 0 ? 1 : null) : +(frontDoor / floor).toFixed(3));
const kib = (s: Sizes) => ({ raw: +(s.raw / 1024).toFixed(1), gzip: +(s.gzip / 1024).toFixed(1), brotli: +(s.brotli / 1024).toFixed(1) });

function lighthouseMedians(runs: LighthouseRun[]) {
  const of = (key: keyof LighthouseRun) => median(runs.map((r) => r[key]));
  return { performance: of('performance'), accessibility: of('accessibility'), lcpMs: of('lcpMs'), tbtMs: of('tbtMs'), cls: of('cls'), bytes: of('bytes'), scores: runs.map((r) => r.performance) };
}

async function main() {
  mkdirSync('reports', { recursive: true });
  if (!existsSync('dist/index.html') || process.argv.includes('--build')) {
    const build = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('The build failed');
  }
  const build = measureBuild(resolve('dist'));
  const bareDist = await buildBareStack();
  const floor = measureBareStack(bareDist);

  const landing = Object.fromEntries(
    Object.entries(LANDINGS).map(([url, page]) => {
      const sizes = landingSizes(build, page, LANDING_PAGES[page] ?? []);
      if (!sizes) throw new Error(`The build has no landing page ${page}`);
      return [url, { page, kib: kib(sizes), gzipRatio: ratio(sizes.gzip, floor.gzip)!, brotliRatio: ratio(sizes.brotli, floor.brotli)! }];
    }),
  );

  const frontDoor = await startFrontDoor(PORT);
  const bare = await startBareStack(bareDist, PORT + 1);

  // Lighthouse, interleaved: each round runs both landing pages and the floor once.
  const lighthouseRuns: Record<string, LighthouseRun[]> = { '/': [], '/Y99001': [], bare: [] };
  if (!skip('lighthouse')) {
    for (let round = 1; round <= RUNS; round++) {
      for (const [label, url] of [['/', `${frontDoor}/`], ['bare', `${bare}/`], ['/Y99001', `${frontDoor}/Y99001`]] as const) {
        console.log(`Lighthouse ${round}/${RUNS}: ${label}`);
        lighthouseRuns[label]!.push(await lighthouse(url, `reports/lighthouse-${label.replace(/\W+/g, '') || 'root'}-${round}.json`));
      }
    }
  }
  const lighthouseResults = skip('lighthouse') ? null : Object.fromEntries(Object.entries(lighthouseRuns).map(([k, runs]) => [k, lighthouseMedians(runs)]));

  // Cold start on a CPU slowed 4 times, interleaved, each in a fresh context.
  const browser = await launchBrowser();
  const coldRuns = { frontDoor: [] as number[], bare: [] as number[] };
  // Untimed once each first: the servers compress each file on its first request.
  await headingTime(browser, `${frontDoor}${REQUEST_START.path}`, REQUEST_START.heading);
  await headingTime(browser, `${bare}/`, BARE_HEADING);
  for (let round = 1; round <= RUNS; round++) {
    console.log(`CPU ×4 cold start ${round}/${RUNS}`);
    coldRuns.frontDoor.push(await headingTime(browser, `${frontDoor}${REQUEST_START.path}`, REQUEST_START.heading));
    coldRuns.bare.push(await headingTime(browser, `${bare}/`, BARE_HEADING));
  }

  // A whole request on a return visit, in normal mode and in lite mode.
  console.log('Request bytes on a return visit: normal, then lite');
  const bytes: Record<'normal' | 'lite', RequestBytes> = {
    normal: await requestBytes(browser, frontDoor, { lite: false }),
    lite: await requestBytes(browser, frontDoor, { lite: true }),
  };
  await stopEverything();

  const backend = skip('backend') ? null : await backendBench();
  const total = (b: RequestBytes) => b.returnVisit.received + b.returnVisit.sent;
  const coldStart = { frontDoorMs: median(coldRuns.frontDoor), bareMs: median(coldRuns.bare), runs: coldRuns };
  const report: BenchReport = {
    date: new Date().toISOString(),
    runs: RUNS,
    ratios: {
      landingGzip: { '/': landing['/']!.gzipRatio, '/Y99001': landing['/Y99001']!.gzipRatio },
      landingBrotli: { '/': landing['/']!.brotliRatio, '/Y99001': landing['/Y99001']!.brotliRatio },
      lighthouse: lighthouseResults
        ? Object.fromEntries(
            (['/', '/Y99001'] as const).map((url) => {
              const [a, b] = [lighthouseResults[url]!, lighthouseResults.bare!];
              return [url, { performance: ratio(a.performance, b.performance), lcp: ratio(a.lcpMs, b.lcpMs), tbt: ratio(a.tbtMs, b.tbtMs), cls: ratio(a.cls, b.cls) }];
            }),
          )
        : null,
      coldStartCpu4: ratio(coldStart.frontDoorMs, coldStart.bareMs),
      liteToNormalRequestBytes: ratio(total(bytes.lite), total(bytes.normal)),
      // The same, less the browser's own Save-Data header: what lite mode itself costs.
      liteToNormalRequestBytesLessSaveData: ratio(total(bytes.lite) - bytes.lite.returnVisit.saveDataHeader, total(bytes.normal) - bytes.normal.returnVisit.saveDataHeader),
    },
    floorKiB: kib(floor),
    landing,
    lighthouse: lighthouseResults,
    coldStartCpu4: coldStart,
    requestBytes: bytes,
    sizesKiB: {
      entryJs: kib(build.entryJs),
      entryCss: kib(build.entryCss),
      html: kib(build.html),
      embed: build.embed ? kib(build.embed) : null,
      pages: build.routes.map((r) => ({ page: r.module, ownJs: kib(r.ownJs), coldStartJs: kib(r.totalJs), css: kib(r.css) })),
    },
    backend,
  };
  writeFileSync('reports/bench.json', `${JSON.stringify(report, null, 2)}\n`);
  const markdown = benchMarkdown(report);
  writeFileSync('reports/bench.md', markdown);
  // The ratios are the headline; the absolute figures are in the file.
  console.log(`\n${markdown.slice(0, markdown.indexOf('## Absolute figures')).trim()}\n\nEverything, with the absolute figures: reports/bench.md and reports/bench.json`);
}

main()
  .catch(async (error: Error) => {
    console.error(error.stack ?? error.message);
    process.exitCode = 1;
  })
  .finally(() => stopEverything());
