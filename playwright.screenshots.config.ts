import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/**
 * `npm run screenshots`: the look at 360 px of the practice home, a question page, an
 * outcome and a booking confirmation, in English, Welsh and Urdu, written to
 * reports/screenshots/. Against the built app and the practice backend, like the
 * browser journeys (which assert the look itself: tests/e2e/nhs-look.spec.ts, rtl-controls).
 * Also every state of every shared component, from the fixtures beside each one, to
 * reports/screenshots/components/ in English and Urdu (tests/screenshots/components.spec.ts).
 */
export default defineConfig({
  ...base,
  testDir: 'tests/screenshots',
  outputDir: 'test-results/screenshots',
  reporter: [['list']],
});
