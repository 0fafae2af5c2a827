import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/**
 * `npm run soak` (scripts/soak.mjs): the long, random browser runs that do not belong in
 * `npm test`, against the built app and the same mock backend as the browser journeys.
 */
// The harness's faults must also meet what the service worker sends (Background Sync):
// Playwright routes a service worker's requests only with this set (Chromium only).
// Set here, in the main process, so the workers inherit it.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS ??= '1';

export default defineConfig({
  ...base,
  testDir: 'tests/soak',
  testMatch: '*.soak.ts',
  outputDir: process.env.E2E_OUTPUT ?? 'test-results/soak',
  reporter: [['list'], ['json', { outputFile: process.env.E2E_REPORT ?? 'test-results/soak.json' }]],
});
