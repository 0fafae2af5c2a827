import type { backendBench } from '../backend-bench';
import type { LighthouseRun } from './lighthouse';
import type { RequestBytes } from './request-walk';

type KiB = { raw: number; gzip: number; brotli: number };
type Ratio = number | null;
/** One run's figures, each the median of the runs, with every run's performance score. */
interface LighthouseMedians extends LighthouseRun {
  scores: number[];
}

export interface BenchReport {
  date: string;
  runs: number;
  /** Front Door ÷ the bare-stack floor (1 is the floor), and lite ÷ normal for request bytes. */
  ratios: {
    landingGzip: Record<'/' | '/Y99001', number>;
    landingBrotli: Record<'/' | '/Y99001', number>;
    lighthouse: Record<string, { performance: Ratio; lcp: Ratio; tbt: Ratio; cls: Ratio }> | null;
    coldStartCpu4: Ratio;
    liteToNormalRequestBytes: Ratio;
    liteToNormalRequestBytesLessSaveData: Ratio;
  };
  floorKiB: KiB;
  landing: Record<string, { page: string; kib: KiB; gzipRatio: number; brotliRatio: number }>;
  lighthouse: Record<string, LighthouseMedians> | null;
  coldStartCpu4: { frontDoorMs: number; bareMs: number; runs: { frontDoor: number[]; bare: number[] } };
  requestBytes: Record<'normal' | 'lite', RequestBytes>;
  sizesKiB: {
    entryJs: KiB;
    entryCss: KiB;
    html: KiB;
    embed: KiB | null;
    pages: { page: string; ownJs: KiB; coldStartJs: KiB; css: KiB }[];
  };
  backend: Awaited<ReturnType<typeof backendBench>> | null;
}

const times = (r: Ratio) => (r === null ? 'n/a (floor 0)' : `×${r.toFixed(2)}`);
const kibOf = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** reports/bench.md: the ratios first, then the absolute figures they come from. */
export function benchMarkdown(report: BenchReport): string {
  const { ratios, lighthouse, coldStartCpu4: cold, requestBytes: bytes, backend } = report;
  const lh = ratios.lighthouse;
  const total = (b: RequestBytes['returnVisit']) => b.received + b.sent;
  const lines = [
    '# Front Door benchmark',
    '',
    `Measured ${report.date}, Front Door against the bare-stack floor (scripts/bare-stack: React, react-router with one lazy route, TanStack Query with one query, i18next with inline words, built from the same lock), interleaved A, B, A, B in one run. Medians of ${report.runs}.`,
    '',
    '## Ratios (Front Door ÷ floor; ×1.00 is the floor)',
    '',
    '| measure | / (find a practice) | /Y99001 (practice home) |',
    '|---|---|---|',
    `| landing JS with its catalogues, gzip (issue 17 target ×1.03) | ${times(ratios.landingGzip['/'])} | ${times(ratios.landingGzip['/Y99001'])} |`,
    `| landing JS with its catalogues, brotli | ${times(ratios.landingBrotli['/'])} | ${times(ratios.landingBrotli['/Y99001'])} |`,
    ...(lh
      ? [
          `| Lighthouse mobile performance score | ${times(lh['/']!.performance)} | ${times(lh['/Y99001']!.performance)} |`,
          `| Largest Contentful Paint | ${times(lh['/']!.lcp)} | ${times(lh['/Y99001']!.lcp)} |`,
          `| Total Blocking Time | ${times(lh['/']!.tbt)} | ${times(lh['/Y99001']!.tbt)} |`,
          `| Cumulative Layout Shift | ${times(lh['/']!.cls)} | ${times(lh['/Y99001']!.cls)} |`,
        ]
      : ['| Lighthouse | not run (--no-lighthouse) | |']),
    '',
    `CPU ×4, cold (fresh context, no service worker), until the first heading is on screen: the request start page (/Y99001/request) ${times(ratios.coldStartCpu4)} the floor's page.`,
    '',
    `A whole admin request on a return visit (the patient has sent one before), over the wire: ${kibOf(total(bytes.normal.returnVisit))} in normal mode, ${kibOf(total(bytes.lite.returnVisit))} in lite mode (lite ÷ normal ${times(ratios.liteToNormalRequestBytes)}). Lite mode here is a browser with its data saver on, which adds its own \`Save-Data: on\` to every request (${bytes.lite.returnVisit.saveDataHeader} bytes in all); less that header, lite ÷ normal is ${times(ratios.liteToNormalRequestBytesLessSaveData)} (${total(bytes.lite.returnVisit) - bytes.lite.returnVisit.saveDataHeader} bytes against ${total(bytes.normal.returnVisit) - bytes.normal.returnVisit.saveDataHeader}).`,
    '',
    '## Absolute figures',
    '',
    `Floor: ${report.floorKiB.gzip} KiB gzip, ${report.floorKiB.brotli} KiB brotli (${report.floorKiB.raw} KiB raw).`,
    '',
    '| landing page | gzip KiB | brotli KiB | raw KiB |',
    '|---|---|---|---|',
    ...Object.entries(report.landing).map(([url, l]) => `| ${url} (${l.page}) | ${l.kib.gzip} | ${l.kib.brotli} | ${l.kib.raw} |`),
    '',
    ...(lighthouse
      ? [
          `Lighthouse mobile (simulated slow 4G, 4× CPU), medians of ${report.runs}:`,
          '',
          '| page | performance | accessibility | LCP ms | TBT ms | CLS | bytes | scores |',
          '|---|---|---|---|---|---|---|---|',
          ...Object.entries(lighthouse).map(
            ([url, s]) => `| ${url === 'bare' ? 'floor' : url} | ${s.performance} | ${s.accessibility} | ${s.lcpMs} | ${s.tbtMs} | ${s.cls} | ${s.bytes} | ${s.scores.join(', ')} |`,
          ),
          '',
        ]
      : []),
    `CPU ×4 cold start to the heading: Front Door /Y99001/request ${cold.frontDoorMs} ms (runs ${cold.runs.frontDoor.join(', ')}), floor ${cold.bareMs} ms (runs ${cold.runs.bare.join(', ')}).`,
    '',
    'Bytes over the wire (response headers and encoded bodies, request lines, headers and bodies; CDP Network events of the page and its service worker):',
    '',
    '| mode | first visit: the first request (worker installs) | return visit: the next whole request | requests | largest on the return visit |',
    '|---|---|---|---|---|',
    ...(['normal', 'lite'] as const).map((mode) => {
      const { firstVisit, returnVisit } = bytes[mode];
      const largest = returnVisit.largest.map((l) => `${l.url} ${kibOf(l.bytes)}`).join('; ');
      return `| ${mode} | ${kibOf(total(firstVisit))} | ${kibOf(total(returnVisit))} (${kibOf(returnVisit.received)} in, ${kibOf(returnVisit.sent)} out) | ${returnVisit.requests} | ${largest} |`;
    }),
    '',
    '| page | own JS gzip | cold-start JS gzip | cold-start JS brotli | CSS gzip |',
    '|---|---|---|---|---|',
    ...report.sizesKiB.pages.map((p) => `| ${p.page} | ${p.ownJs.gzip} | ${p.coldStartJs.gzip} | ${p.coldStartJs.brotli} | ${p.css.gzip} |`),
    '',
    `Entry JS ${report.sizesKiB.entryJs.gzip} KiB gzip (${report.sizesKiB.entryJs.brotli} brotli); entry CSS ${report.sizesKiB.entryCss.gzip} KiB gzip; index.html ${report.sizesKiB.html.raw} KiB raw; embed.js ${report.sizesKiB.embed ? `${report.sizesKiB.embed.gzip} KiB gzip` : 'not built'}.`,
    '',
  ];
  if (backend) {
    lines.push(
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
    );
  }
  return lines.join('\n');
}
