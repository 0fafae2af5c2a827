// `npm test`: every check a change must pass, in order, with one total at the end.
// Each step runs even when an earlier one failed, so one run shows every problem.
// The last line is "N passed, N failed" over every test runner (CI reads it).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { startPostgres } from './postgres-for-tests.mjs';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
let passed = 0;
let failed = 0;

function run(label, args, env = {}) {
  console.log(`\n▶ ${label}: npx ${args.join(' ')}`);
  const result = spawnSync(npx, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

/** A step that is one check: it passes or fails as a whole. */
function check(label, args, env) {
  const ok = run(label, args, env);
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? '✔' : '✘'} ${label}`);
  return ok;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

mkdirSync('test-results', { recursive: true });

check('types', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
check('lint', ['eslint', '--max-warnings', '0', '.']);

// Unit, integration and build-check tests.
rmSync('test-results/vitest.json', { force: true });
const vitestOk = run('unit and integration tests', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/vitest.json']);
const vitest = readJson('test-results/vitest.json');
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests + (vitestOk || vitest.numFailedTests > 0 ? 0 : 1);
  if (vitest.numPendingTests + vitest.numTodoTests > 0) {
    console.log('✘ skipped or todo tests are not allowed');
    failed += vitest.numPendingTests + vitest.numTodoTests;
  }
} else failed++;

/** A Vitest run counted test by test (skipped or todo tests count as failed). */
function vitestRun(label, args, report, env) {
  rmSync(report, { force: true });
  const ok = run(label, ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile=${report}`], env);
  const result = readJson(report);
  if (!result) {
    failed++;
    return;
  }
  passed += result.numPassedTests;
  failed += result.numFailedTests + (ok || result.numFailedTests > 0 ? 0 : 1);
  if (result.numPendingTests + result.numTodoTests > 0) {
    console.log(`✘ ${label}: skipped or todo tests are not allowed`);
    failed += result.numPendingTests + result.numTodoTests;
  }
}

// The practice backend's tests, on PGlite and on PostgreSQL: both, always.
vitestRun('server tests on PGlite', ['-c', 'vitest.server.config.ts'], 'test-results/vitest-server-pglite.json', { FRONT_DOOR_TEST_DB: 'pglite' });
let postgres = process.env.DATABASE_URL ? { url: process.env.DATABASE_URL } : await startPostgres();
if (postgres.error) {
  console.log(`✘ server tests on PostgreSQL: ${postgres.error}`);
  failed++;
} else {
  vitestRun('server tests on PostgreSQL', ['-c', 'vitest.server.config.ts'], 'test-results/vitest-server-postgres.json', {
    FRONT_DOOR_TEST_DB: 'postgres',
    DATABASE_URL: postgres.url,
  });
  postgres.stop?.();
}

const built = check('build', ['vite', 'build']);
if (built) check('byte budgets', ['tsx', 'tests/build/check-budget.ts']);
else failed++;

// Browser journeys in Chromium against the built app and the mock backend over HTTP.
if (built) {
  rmSync('test-results/playwright.json', { force: true });
  const e2eOk = run('browser journeys', ['playwright', 'test']);
  const report = readJson('test-results/playwright.json');
  if (report?.stats) {
    passed += report.stats.expected + report.stats.flaky;
    failed += report.stats.unexpected + report.stats.skipped + (e2eOk || report.stats.unexpected > 0 ? 0 : 1);
    if (report.stats.skipped > 0) console.log('✘ skipped browser tests are not allowed');
  } else failed++;
} else failed++;

const summary = `${passed} passed, ${failed} failed`;
writeFileSync('test-results/summary.txt', `${summary}\n`);
console.log(`\n${summary}`);
process.exit(failed === 0 && existsSync('test-results/summary.txt') ? 0 : 1);
