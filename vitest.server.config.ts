import { defineConfig } from 'vitest/config';

/**
 * The practice backend's tests (tests/server), without the MSW mock: the server is
 * driven through Fastify's inject() or over real HTTP on 127.0.0.1. Run on PGlite by
 * default, and on PostgreSQL with FRONT_DOOR_TEST_DB=postgres and DATABASE_URL.
 */
export default defineConfig({
  test: {
    include: ['tests/server/**/*.test.ts'],
    environment: 'node',
    restoreMocks: true,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Each file opens its own database; two at once is plenty on two cores.
    maxWorkers: 2,
  },
});
