import { defineConfig } from '@playwright/test';

/**
 * Browser journeys against the built app and the mock practice backend over real
 * HTTP (the same server `npm start` runs), in Debian's Chromium or CHROME_PATH.
 */
const port = Number(process.env.E2E_PORT ?? 4174);
export const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  // One worker: the tests share one mock backend whose clock they set.
  workers: 1,
  retries: 0,
  forbidOnly: true,
  outputDir: process.env.E2E_OUTPUT ?? 'test-results/playwright',
  reporter: [['list'], ['json', { outputFile: process.env.E2E_REPORT ?? 'test-results/playwright.json' }]],
  use: {
    baseURL,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    serviceWorkers: 'allow',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    command: 'npx tsx mocks/server/start.ts',
    url: `${baseURL}/`,
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      FRONT_DOOR_TEST_API: '1',
      // Another build folder lets several people test their own builds side by side.
      ...(process.env.FRONT_DOOR_DIST ? { FRONT_DOOR_DIST: process.env.FRONT_DOOR_DIST } : {}),
    },
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
