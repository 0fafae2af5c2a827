import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

/** One entry of Vite's build manifest (dist/.vite/manifest.json). */
export interface ManifestChunk {
  file: string;
  src?: string;
  name?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export function sizeOf(bytes: Buffer): Sizes {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

export const add = (a: Sizes, b: Sizes): Sizes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });
export const ZERO: Sizes = { raw: 0, gzip: 0, brotli: 0 };

/** A chunk and everything it imports statically (what the browser must fetch to run it). */
export function staticClosure(manifest: Manifest, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key) || !manifest[key]) return seen;
  seen.add(key);
  for (const imported of manifest[key].imports ?? []) staticClosure(manifest, imported, seen);
  return seen;
}

export interface RouteReport {
  /** The page module, e.g. src/features/practice-home/practice-home-page.tsx */
  module: string;
  /** JS for the route beyond the entry's own closure. */
  ownJs: Sizes;
  /**
   * JS a later route adds to what the phone already has when the patient gets there: the
   * entry's, and, for a practice's page (`isPracticePage`), the practice home's, the page
   * every practice journey starts from. A practice page opened cold from a link is a
   * landing page instead, and its whole cold-start JS is `totalJs`.
   */
  laterJs: Sizes;
  /** JS needed to paint the route from a cold start: entry closure + route closure + catalogues. */
  totalJs: Sizes;
  css: Sizes;
  files: string[];
}

export interface BuildReport {
  entryJs: Sizes;
  entryCss: Sizes;
  catalogues: Record<string, Sizes>;
  routes: RouteReport[];
  html: Sizes;
  embed: Sizes | null;
  /** Every file of the staff pages (`assets/practice-area-*`, JS and CSS): patients never download them. */
  practiceArea: Sizes;
}

function fileSizes(dist: string, files: Iterable<string>): Sizes {
  let total = ZERO;
  for (const file of files) total = add(total, sizeOf(readFileSync(join(dist, file))));
  return total;
}

/**
 * Every page chunk: the dynamic entries under src/features that are React modules (one per
 * lazy page or lazy part of a page). A plain .ts dynamic entry is logic a page loads after
 * it has painted (the free-text check, loaded while the patient types): it is not a page,
 * and its closure is mostly the page's own chunks, already loaded.
 */
export function pageModules(manifest: Manifest): string[] {
  return Object.keys(manifest).filter((k) => manifest[k]!.isDynamicEntry && k.startsWith('src/features/') && k.endsWith('.tsx'));
}

/** The page at "/": no practice's, so it is held to a tighter landing budget. */
export const FIND_PRACTICE_PAGE = 'src/features/find-practice/find-practice-page.tsx';

/** A practice's home page ("/Y99001"). */
export const PRACTICE_HOME_PAGE = 'src/features/practice-home/practice-home-page.tsx';

/**
 * The features whose pages are a practice's: those under "/:ods" (src/platform/routes.ts
 * `paths`), and the referral pages ("/referral?practice="), which the practice home links to.
 */
const PRACTICE_FEATURES = ['practice-home', 'request', 'appointments', 'nhs-app', 'staff', 'referral'];
export const isPracticePage = (module: string) => PRACTICE_FEATURES.some((feature) => module.startsWith(`src/features/${feature}/`));

/**
 * Pages patients land on first (from a practice website, a poster or an SMS link), with
 * the catalogues they need to paint in English. Their whole cold-start JS counts.
 */
export const LANDING_PAGES: Record<string, string[]> = {
  [FIND_PRACTICE_PAGE]: ['en/common', 'en/practice'],
  [PRACTICE_HOME_PAGE]: ['en/common', 'en/practice'],
};

/** What a landing page costs from a cold start: its cold-start JS and the catalogues it paints with; null when the build has no such page. */
export function landingSizes(report: BuildReport, page: string, catalogues: readonly string[]): Sizes | null {
  const route = report.routes.find((r) => r.module === page);
  if (!route) return null;
  return catalogues.reduce((sum, c) => add(sum, report.catalogues[c] ?? ZERO), route.totalJs);
}

/** Measures a built app in `dist`: per-page JS and CSS, catalogues, the HTML and embed.js. */
export function measureBuild(dist: string): BuildReport {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Manifest;
  const entryKey = Object.keys(manifest).find((k) => manifest[k]!.isEntry && k === 'index.html');
  if (!entryKey) throw new Error('No index.html entry in the build manifest');
  const entryClosure = staticClosure(manifest, entryKey);
  const filesOf = (keys: Iterable<string>) => [...keys].map((k) => manifest[k]!.file);
  const cssOf = (keys: Iterable<string>) => [...keys].flatMap((k) => manifest[k]!.css ?? []);

  // Translation catalogues are JSON files (scripts/vite-catalogues.ts): dist/locales/<lang>/<ns>.json
  const catalogues: Record<string, Sizes> = {};
  const localesDir = join(dist, 'locales');
  for (const language of existsSync(localesDir) ? readdirSync(localesDir) : []) {
    for (const file of readdirSync(join(localesDir, language)).filter((f) => f.endsWith('.json'))) {
      catalogues[`${language}/${file.replace(/\.json$/, '')}`] = sizeOf(readFileSync(join(localesDir, language, file)));
    }
  }
  const practiceHomeClosure = staticClosure(manifest, PRACTICE_HOME_PAGE);
  const routes: RouteReport[] = pageModules(manifest).map((key) => {
    const closure = staticClosure(manifest, key);
    const own = [...closure].filter((k) => !entryClosure.has(k));
    const afterPracticeHome = isPracticePage(key) ? own.filter((k) => !practiceHomeClosure.has(k)) : own;
    const all = new Set([...entryClosure, ...closure]);
    return {
      module: key,
      ownJs: fileSizes(dist, filesOf(own)),
      laterJs: fileSizes(dist, filesOf(afterPracticeHome)),
      totalJs: fileSizes(dist, filesOf(all)),
      css: fileSizes(dist, new Set(cssOf(all))),
      files: filesOf(all),
    };
  });
  const embedPath = join(dist, 'embed.js');
  const assetsDir = join(dist, 'assets');
  const practiceAreaFiles = existsSync(assetsDir) ? readdirSync(assetsDir).filter((f) => f.startsWith('practice-area-')).map((f) => `assets/${f}`) : [];
  return {
    practiceArea: fileSizes(dist, practiceAreaFiles),
    entryJs: fileSizes(dist, filesOf(entryClosure)),
    entryCss: fileSizes(dist, new Set(cssOf(entryClosure))),
    catalogues,
    routes,
    html: sizeOf(readFileSync(join(dist, 'index.html'))),
    embed: existsSync(embedPath) ? sizeOf(readFileSync(embedPath)) : null,
  };
}

/**
 * The bare-stack floor (scripts/bare-stack): JS to paint its one lazy page from a cold
 * start, the same measure as a Front Door landing page's `totalJs` (its words are inline).
 */
export function measureBareStack(dist: string): Sizes {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Manifest;
  const page = Object.keys(manifest).find((k) => manifest[k]!.isDynamicEntry);
  if (!page || !manifest['index.html']) throw new Error('The bare-stack build has no entry or no lazy page');
  const closure = staticClosure(manifest, 'index.html', staticClosure(manifest, page));
  return fileSizes(dist, [...closure].map((k) => manifest[k]!.file));
}
