import { accessSync, constants, mkdtempSync, rmSync, statfsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

/**
 * Browser journeys against the built app and the practice backend (server/, the same
 * server `npm start` runs) over real HTTP, in Debian's Chromium or CHROME_PATH. The
 * server gets a fresh PGlite folder per run, seeded with the demo practices.
 */
const port = Number(process.env.E2E_PORT ?? 4174);
/**
 * Each worker has a backend of its own (port, port + 1, ...): the tests set their
 * backend's clock and reset its data, so two tests must never share one. Files run whole
 * in one worker (fullyParallel off), so a file's tests keep their order. One worker by
 * default: on two cores a second Chromium only shares the same CPU; E2E_WORKERS=4 on a
 * bigger machine.
 */
const WORKERS = Number(process.env.E2E_WORKERS ?? 1);
export const backendURL = (index: number) => `http://127.0.0.1:${port + index}`;
/** This worker's backend (Playwright sets TEST_PARALLEL_INDEX in each worker). */
export const baseURL = backendURL(Number(process.env.TEST_PARALLEL_INDEX ?? 0));

/**
 * The browsers' profiles (IndexedDB, the service workers and their caches) and the test
 * backend's database go in memory when the machine has room there: the journeys write
 * to them on nearly every step, and a disk that is slow to sync would slow the whole run
 * without testing anything of ours. E2E_TMPDIR names another place.
 */
function memoryBackedTemp(): string | undefined {
  const shm = '/dev/shm';
  try {
    accessSync(shm, constants.W_OK);
    const { bavail, bsize } = statfsSync(shm);
    return bavail * bsize >= 4 * 1024 ** 3 ? shm : undefined;
  } catch {
    return undefined;
  }
}
if (!process.env.FRONT_DOOR_E2E_DATA) {
  // The main process chooses once; the workers and the backends inherit its choice.
  const temp = process.env.E2E_TMPDIR ?? memoryBackedTemp();
  if (temp) process.env.TMPDIR = temp;
  const data = mkdtempSync(join(tmpdir(), 'front-door-e2e-'));
  process.env.FRONT_DOOR_E2E_DATA = data;
  // The backends' databases go when the run ends (a folder of ~100 MB per run otherwise stays).
  process.on('exit', () => rmSync(data, { recursive: true, force: true }));
}

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: WORKERS,
  retries: 0,
  forbidOnly: true,
  outputDir: process.env.E2E_OUTPUT ?? 'test-results/playwright',
  reporter: [['list'], ['json', { outputFile: process.env.E2E_REPORT ?? 'test-results/playwright.json' }]],
  use: {
    baseURL,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    serviceWorkers: 'allow',
    // A trace snapshots the page at every step, a quarter of the run's time; a failure still
    // leaves its error context and screenshot. E2E_TRACE=retain-on-failure to debug one.
    trace: (process.env.E2E_TRACE as 'retain-on-failure' | undefined) ?? 'off',
    screenshot: 'only-on-failure',
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
  webServer: Array.from({ length: WORKERS }, (_, index) => ({
    command: 'npx tsx server/start.ts',
    url: `${backendURL(index)}/`,
    env: {
      PORT: String(port + index),
      HOST: '127.0.0.1',
      FRONT_DOOR_TEST_API: '1',
      FRONT_DOOR_DATA: join(process.env.FRONT_DOOR_E2E_DATA!, `backend-${index}`),
      FRONT_DOOR_SEED: 'demo',
      DATABASE_URL: '',
      // Another build folder lets several people test their own builds side by side.
      ...(process.env.FRONT_DOOR_DIST ? { FRONT_DOOR_DIST: process.env.FRONT_DOOR_DIST } : {}),
    },
    reuseExistingServer: false,
    // A fresh PGlite folder starts a whole PostgreSQL in WebAssembly first.
    timeout: 120_000,
  })),
});
