import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/**
 * `npm run soak` (scripts/soak.mjs): the long, random browser runs that do not belong in
 * `npm test`, against the built app and the same mock backend as the browser journeys.
 */
export default defineConfig({
  ...base,
  testDir: 'tests/soak',
  testMatch: '*.soak.ts',
  outputDir: process.env.E2E_OUTPUT ?? 'test-results/soak',
  reporter: [['list'], ['json', { outputFile: process.env.E2E_REPORT ?? 'test-results/soak.json' }]],
});
