/**
 * Byte budgets, from DESIGN.md "Offline and low bandwidth". Patients on prepaid data
 * pay for every byte: these are checked on every build by `npm test`.
 */
export const KIB = 1024;

export const BUDGETS = {
  /** All JavaScript a landing route needs to paint (entry, route chunk, catalogues), gzip. */
  landingRouteJs: 125 * KIB,
  /** Each later route's own chunks (beyond what the entry already loaded), gzip. */
  routeChunkJs: 25 * KIB,
  /** CSS any one route loads, gzip. */
  routeCss: 15 * KIB,
  /** The HTML document, raw bytes. */
  htmlDocument: 14_000,
  /** The embed script practices paste into their sites, gzip. */
  embedScript: 5 * KIB,
  /** The whole practice area (staff pages, JS and CSS, `assets/practice-area-*`), gzip: measured 16.0 KiB. */
  practiceArea: 20 * KIB,
} as const;

/**
 * Pages patients land on first (from a practice website, a poster or an SMS link), with
 * the catalogues they need to paint in English. Their whole cold-start JS counts.
 */
export const LANDING_PAGES: Record<string, string[]> = {
  'src/features/find-practice/find-practice-page.tsx': ['en/common', 'en/practice'],
  'src/features/practice-home/practice-home-page.tsx': ['en/common', 'en/practice'],
};
