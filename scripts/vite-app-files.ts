import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/**
 * Writes `app-files.json`: each app file the full offline download would fetch, with its
 * gzip size. In lite mode nothing is downloaded ahead, and the lite service worker
 * (public/sw-lite.js) uses this list to tell the patient roughly how much that saved.
 */
export function appFileSizes(): Plugin {
  return {
    name: 'front-door-app-file-sizes',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const sizes: Record<string, number> = {};
      for (const [fileName, item] of Object.entries(bundle)) {
        // The staff pages are never part of a patient's offline download (vite.config.ts).
        if (!/\.(js|css)$/.test(fileName) || fileName === 'embed.js' || fileName.startsWith('assets/practice-area-')) continue;
        const source = item.type === 'chunk' ? item.code : item.source;
        sizes[`/${fileName}`] = gzipSync(source).length;
      }
      this.emitFile({ type: 'asset', fileName: 'app-files.json', source: JSON.stringify(sizes) });
    },
  };
}
