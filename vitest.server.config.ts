import { defineConfig } from 'vitest/config';

/**
 * The practice backend's tests (tests/server), without the MSW mock: the server is
 * driven through Fastify's inject() or over real HTTP on 127.0.0.1. Run on PGlite by
 * default, and on PostgreSQL with FRONT_DOOR_TEST_DB=postgres and DATABASE_URL.
 */
const onPostgres = process.env.FRONT_DOOR_TEST_DB === 'postgres';

export default defineConfig({
  test: {
    // *.pglite.test.ts run only on PGlite, *.postgres.test.ts only on PostgreSQL (never skipped: not collected).
    include: ['tests/server/**/*.test.ts'],
    exclude: [onPostgres ? 'tests/server/**/*.pglite.test.ts' : 'tests/server/**/*.postgres.test.ts', '**/node_modules/**'],
    environment: 'node',
    restoreMocks: true,
    // PGlite starts a whole PostgreSQL in WebAssembly for each file: seconds, more on a busy machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Each file opens its own database; two at once is plenty on two cores.
    maxWorkers: 2,
  },
});
