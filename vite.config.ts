import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
// File extensions written out: Node can load this config as it is (Vite's coming
// `configLoader: 'native'`), so `npm start` prints no warnings about it.
import { appManifest } from './src/app/manifest.ts';
import { classicScript } from './scripts/vite-classic-script.ts';
import { catalogueNamespaces, catalogueVersion, translationCatalogues } from './scripts/vite-catalogues.ts';
import { logicalProperties } from './scripts/postcss-logical.ts';
import { appFileSizes } from './scripts/vite-app-files.ts';
import type { createMockApi } from './mocks/server/mock-api.ts';

/**
 * The practice area (src/features/practice-area) is for staff: patients never download
 * it, so the service worker must not precache it. Its chunks are named `practice-area-*`
 * (any chunk whose app modules are all the practice area's), and the precache skips them.
 */
const PRACTICE_AREA_MODULE = /[\\/]src[\\/]features[\\/]practice-area[\\/]/;
const APP_MODULE = /[\\/]src[\\/]/;
function isPracticeAreaChunk(moduleIds: readonly string[]): boolean {
  const own = moduleIds.filter((id) => APP_MODULE.test(id) && !/node_modules/.test(id));
  return own.length > 0 && own.every((id) => PRACTICE_AREA_MODULE.test(id));
}

/**
 * In `npm run dev` the mock practice backend answers /api on the dev server itself,
 * through the same handlers the tests and `npm start` use. The dev server loads them
 * itself (not this config), so a production build never pulls the mocks in and the
 * config's own imports stay few.
 */
function mockPracticeBackend(): Plugin {
  return {
    name: 'front-door-mock-backend',
    apply: 'serve',
    async configureServer(server) {
      if (process.env.VITE_API_BASE_URL) return; // a real backend is configured
      const mocks = (await server.ssrLoadModule('/mocks/server/mock-api.ts')) as { createMockApi: typeof createMockApi };
      const api = mocks.createMockApi({ testApi: true });
      server.middlewares.use((req, res, next) => {
        void api.handle(req, res).then((handled) => {
          if (!handled) next();
        });
      });
    },
  };
}

export default defineConfig(({ command }) => ({
  resolve: {
    // react-router's package exports only its development build; the production build
    // it ships drops dev-only warnings. Use it for `vite build`.
    alias:
      command === 'build'
        ? [{ find: /^react-router$/, replacement: fileURLToPath(new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url)) }]
        : [],
  },
  define: {
    __CATALOGUE_VERSION__: JSON.stringify(catalogueVersion()),
    __CATALOGUE_NAMESPACES__: JSON.stringify(catalogueNamespaces()),
  },
  plugins: [
    react(),
    translationCatalogues(),
    mockPracticeBackend(),
    classicScript(fileURLToPath(new URL('./src/embed/embed.ts', import.meta.url)), 'embed.js'),
    // Background Sync: the service worker sends what waits on the device with the page closed.
    classicScript(fileURLToPath(new URL('./src/platform/pwa/outbox-sync-worker.ts', import.meta.url)), 'outbox-sync.js'),
    appFileSizes(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: appManifest,
      includeAssets: ['favicon.svg', 'favicon.ico', 'robots.txt', 'icons/apple-touch-icon.png'],
      workbox: {
        clientsClaim: true,
        // Imported once when the worker installs (kept with it, so never precached twice);
        // served no-cache with an ETag, so a changed file is a worker update.
        importScripts: ['outbox-sync.js'],
        // The shell and every route chunk are precached; translation catalogues are
        // not: only the language in use is kept (see src/platform/i18n/keep-offline.ts).
        globPatterns: ['**/*.{js,css,html,svg,png,ico,webmanifest}'],
        globIgnores: ['locales/**', 'embed.js', 'outbox-sync.js', 'sw-lite.js', '**/node_modules/**', 'assets/practice-area-*'],
        navigateFallback: 'index.html',
        // An embedded page comes from the server, which sends that practice's frame-ancestors.
        // The practice area always comes from the network, which sends it frame-ancestors 'none'.
        navigateFallbackDenylist: [/^\/api\//, /^\/__test\//, /^\/embed\.js$/, /[?&]embed=1(&|$)/, /^\/practice(\/|$)/],
        cleanupOutdatedCaches: true,
        runtimeCaching: [
          {
            // Versioned URLs (?v=): a cached catalogue is never stale, so cache first.
            urlPattern: ({ url }) => /^\/locales\/[a-z]+\/[a-z-]+\.json$/.test(url.pathname),
            handler: 'CacheFirst',
            options: {
              cacheName: 'front-door-languages',
              cacheableResponse: { statuses: [200] },
              // Two languages of every namespace (47 each today) with room to grow.
              expiration: { maxEntries: 200 },
            },
          },
        ],
      },
    }),
  ],
  build: {
    target: 'es2020',
    // Browsers with logical CSS properties (2021 on), so right-to-left pages need no
    // second copy of each left/right rule.
    cssTarget: ['chrome89', 'edge89', 'firefox89', 'safari15', 'ios15'],
    manifest: true,
    // Every browser we support preloads modules itself; the polyfill is bytes for nobody.
    modulePreload: { polyfill: false },
    sourcemap: false,
    rolldownOptions: {
      output: {
        chunkFileNames: (chunk) => (isPracticeAreaChunk(chunk.moduleIds) ? 'assets/practice-area-[name]-[hash].js' : 'assets/[name]-[hash].js'),
        codeSplitting: {
          groups: [
            {
              // Everything the entry imports statically, in one file: left to the automatic
              // split, what the entry shares with the pages comes as a dozen small files.
              name: 'shell',
              tags: ['$initial'],
              priority: 2,
            },
            {
              // What nearly every page (not the entry) uses: useQuery and the page heading,
              // one file rather than three.
              name: 'page-common',
              priority: 1,
              test: /node_modules[\\/]@tanstack[\\/](react-query|query-core)[\\/]build[\\/]modern[\\/](useQuery|useBaseQuery|queryOptions|QueryErrorResetBoundary|errorBoundaryUtils|isRestoring|suspense|queryObserver)\.js$|src[\\/]components[\\/]page-heading/,
            },
            {
              // What nearly every practice page needs (the practice's settings and their
              // schema, UK time, opening hours), in one chunk: a dozen tiny chunks cost ~15%
              // more bytes than one. Nothing the entry or "/" imports is in it (TanStack Query,
              // the practice route, ods-code, the page heading), or "/", which is no
              // practice's page, would download it all.
              name: 'practice-core',
              // Its modules alone: with their dependencies (React, i18next, TanStack Query,
              // the API client) it would hold half the entry, and the entry would import it.
              includeDependenciesRecursively: false,
              priority: 1,
              test: (id: string) =>
                !/src[\\/]domain[\\/]practice[\\/]ods-code|src[\\/]platform[\\/]practice[\\/](practice-route|practice-code)/.test(id) &&
                /node_modules[\\/]valibot[\\/]|src[\\/](domain[\\/](practice|time|availability)|platform[\\/](practice|journeys|device[\\/]clock\b|i18n[\\/](format|use-date-words)))/.test(id),
            },
          ],
        },
      },
    },
  },
  css: {
    // Left/right become start/end, so Urdu and Arabic pages mirror (scripts/postcss-logical.ts).
    postcss: { plugins: [logicalProperties()] },
    preprocessorOptions: {
      scss: { quietDeps: true, loadPaths: ['node_modules'] },
    },
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
}));
