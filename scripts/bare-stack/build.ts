import { fileURLToPath } from 'node:url';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Builds the bare-stack app (./app) from the project's own node_modules and lock, with
 * the build settings Front Door uses, into `.bench/bare-stack/`. `npm run bench` and the
 * byte budget measure Front Door's landing page against it: the floor moves with the
 * locked versions, so the budget is a ratio, not a number that goes stale.
 */
export const BARE_STACK_DIST = fileURLToPath(new URL('../../.bench/bare-stack', import.meta.url));

export async function buildBareStack(): Promise<string> {
  const root = fileURLToPath(new URL('./app', import.meta.url));
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    resolve: {
      alias: [{ find: /^react-router$/, replacement: fileURLToPath(new URL('../../node_modules/react-router/dist/production/index.mjs', import.meta.url)) }],
    },
    build: {
      outDir: BARE_STACK_DIST,
      emptyOutDir: true,
      target: 'es2020',
      manifest: true,
      modulePreload: { polyfill: false },
      sourcemap: false,
    },
  });
  mkdirSync(BARE_STACK_DIST, { recursive: true });
  writeFileSync(join(BARE_STACK_DIST, 'bare.json'), JSON.stringify({ when: 'today' }));
  return BARE_STACK_DIST;
}
