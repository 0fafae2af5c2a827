import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Translation catalogues as plain JSON files: `/locales/<language>/<namespace>.json`.
 * Bundled as JavaScript, every catalogue of every language added an entry to the app's
 * start-up code; as files, the app asks for only the ones it needs, and the service
 * worker keeps only the language in use. One version (a hash of all catalogues) in the
 * query string makes a changed catalogue a new URL.
 */
const DIR = 'src/locales';

function catalogues(root: string) {
  const base = join(root, DIR);
  return readdirSync(base).flatMap((language) =>
    readdirSync(join(base, language))
      .filter((file) => file.endsWith('.json'))
      .map((file) => ({ language, file, path: join(base, language, file) })),
  );
}

export function catalogueVersion(root = process.cwd()): string {
  const hash = createHash('sha256');
  for (const { language, file, path } of catalogues(root)) hash.update(`${language}/${file}\n`).update(readFileSync(path));
  return hash.digest('hex').slice(0, 12);
}

/** Staff words: patients never download them, so they are not kept offline on a patient's device. */
const STAFF_NAMESPACES = new Set(['practice-area']);

/** Every patient namespace (the English catalogue files), so the app can keep all of a language offline. */
export function catalogueNamespaces(root = process.cwd()): string[] {
  return catalogues(root)
    .filter((c) => c.language === 'en' && !STAFF_NAMESPACES.has(c.file.replace(/\.json$/, '')))
    .map((c) => c.file.replace(/\.json$/, ''))
    .sort();
}

export function translationCatalogues(): Plugin {
  let root = process.cwd();
  return {
    name: 'front-door-catalogues',
    configResolved(config) {
      root = config.root;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const match = req.url?.match(/^\/locales\/([a-z]+)\/([a-z-]+)\.json/);
        const path = match ? join(root, DIR, match[1]!, `${match[2]}.json`) : null;
        if (!path || !existsSync(path)) return next();
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(readFileSync(path));
      });
    },
    generateBundle() {
      for (const { language, file, path } of catalogues(root)) {
        this.emitFile({
          type: 'asset',
          fileName: `locales/${language}/${file}`,
          source: JSON.stringify(JSON.parse(readFileSync(path, 'utf8'))),
        });
      }
    },
  };
}
