// `npm test`: every check a change must pass, in order, with one total at the end.
// Each step runs even when an earlier one failed, so one run shows every problem.
// The last line is "N passed, N failed" over every test runner (CI reads it).
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, fsyncSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPostgres } from './postgres-for-tests.mjs';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
let passed = 0;
let failed = 0;
/** What failed, by name, printed just above the total so the tail of a CI log says it. */
const failures = [];

/** How long each step took, printed at the end. */
const stepTimes = [];

function run(label, args, env = {}) {
  console.log(`\n▶ ${label}: npx ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(npx, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  stepTimes.push(`${label} ${((Date.now() - started) / 60_000).toFixed(1)} min`);
  return result.status === 0;
}

/** A step that is one check: it passes or fails as a whole. */
function check(label, args, env) {
  const ok = run(label, args, env);
  if (ok) passed++;
  else {
    failed++;
    failures.push(label);
  }
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

/** The median time of a synced 4 KiB write in `folder`: a slow disk shows here (printed at the end, to read a slow run by). */
function syncedWriteMs(folder) {
  const dir = mkdtempSync(join(folder, 'front-door-sync-'));
  const file = openSync(join(dir, 'probe'), 'w');
  const times = [];
  for (let i = 0; i < 50; i++) {
    const start = process.hrtime.bigint();
    writeSync(file, Buffer.alloc(4096, i));
    fsyncSync(file);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  closeSync(file);
  rmSync(dir, { recursive: true, force: true });
  return times.sort((a, b) => a - b)[25].toFixed(2);
}
const machine = `${availableParallelism()} cores; a synced 4 KiB write takes ${syncedWriteMs(tmpdir())} ms in ${tmpdir()} (median of 50)`;

check('types', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
check('lint', ['eslint', '--max-warnings', '0', '.']);

// Unit, integration and build-check tests.
rmSync('test-results/vitest.json', { force: true });
const ESCAPED = 'test-results/vitest-unhandled.txt';
const ESCAPED_REPORTER = '--reporter=./tests/setup/unhandled-errors-reporter.ts';
rmSync(ESCAPED, { force: true });
const vitestOk = run('unit and integration tests', ['vitest', 'run', '--reporter=default', '--reporter=json', ESCAPED_REPORTER, '--outputFile.json=test-results/vitest.json']);
const vitest = readJson('test-results/vitest.json');
if (vitest) {
  vitestFailures('unit and integration', vitest);
  if (!vitestOk && vitest.numFailedTests === 0) failures.push(`unit and integration tests: the run itself failed${escapedErrors()}`);
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests + (vitestOk || vitest.numFailedTests > 0 ? 0 : 1);
  if (vitest.numPendingTests + vitest.numTodoTests > 0) {
    console.log('✘ skipped or todo tests are not allowed');
    failed += vitest.numPendingTests + vitest.numTodoTests;
  }
} else {
  failed++;
  failures.push('unit and integration tests: no report');
}

/** The errors that escaped every test in the last Vitest run, for the failure line. */
function escapedErrors() {
  let text = '';
  try {
    text = readFileSync(ESCAPED, 'utf8').trim();
  } catch {
    return ' (no unhandled error recorded: a worker or Vitest itself stopped)';
  }
  return text ? `: ${text.split('\n').slice(0, 3).join(' ‖ ').slice(0, 1500)}` : ' (no unhandled error recorded)';
}

/** The names of the tests a Vitest JSON report says failed. */
function vitestFailures(label, report) {
  for (const file of report.testResults ?? []) {
    const failedTests = (file.assertionResults ?? []).filter((test) => test.status === 'failed');
    for (const test of failedTests) failures.push(`${label}: ${file.name.replace(process.cwd() + '/', '')} › ${test.fullName}`);
    if (failedTests.length === 0 && file.status === 'failed') failures.push(`${label}: ${file.name.replace(process.cwd() + '/', '')} (${(file.message ?? '').split('\n')[0]})`);
  }
}

/** A Vitest run counted test by test (skipped or todo tests count as failed). */
function vitestRun(label, args, report, env) {
  rmSync(report, { force: true });
  rmSync(ESCAPED, { force: true });
  const ok = run(label, ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', ESCAPED_REPORTER, `--outputFile.json=${report}`], env);
  const result = readJson(report);
  if (!result) {
    failed++;
    failures.push(`${label}: no report`);
    return;
  }
  vitestFailures(label, result);
  if (!ok && result.numFailedTests === 0) failures.push(`${label}: the run itself failed${escapedErrors()}`);
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
  failures.push('server tests on PostgreSQL: could not start PostgreSQL');
} else {
  vitestRun('server tests on PostgreSQL', ['-c', 'vitest.server.config.ts'], 'test-results/vitest-server-postgres.json', {
    FRONT_DOOR_TEST_DB: 'postgres',
    DATABASE_URL: postgres.url,
  });
  postgres.stop?.();
}

const built = check('build', ['vite', 'build']);
if (built) check('byte budgets', ['tsx', 'tests/build/check-budget.ts']);
else {
  failed++;
  failures.push('byte budgets: not checked, the build failed');
}

/** Every spec of a Playwright JSON report, with the titles of the describe blocks around it. */
function* specsOf(report) {
  function* walk(suite, outer) {
    // A file's suite is titled by its file name; a describe block's title belongs in the path.
    const path = suite.title && !suite.title.endsWith('.ts') ? [...outer, suite.title] : outer;
    for (const spec of suite.specs ?? []) yield { spec, path };
    for (const child of suite.suites ?? []) yield* walk(child, path);
  }
  for (const suite of report.suites ?? []) yield* walk(suite, []);
}

/** Titles of the browser tests that failed or were skipped, from Playwright's JSON report. */
function playwrightFailures(report) {
  const titles = [];
  for (const { spec, path } of specsOf(report)) {
    for (const test of spec.tests ?? []) {
      if (test.status === 'unexpected' || test.status === 'skipped') titles.push(`${spec.file}:${spec.line} › ${[...path, spec.title].join(' › ')} (${test.status})`);
    }
  }
  return titles;
}

/** One Playwright run against the built app: counts its tests and names the failures. */
function playwrightRun(label, args, report, env = {}) {
  rmSync(report, { force: true });
  const ok = run(label, ['playwright', 'test', ...args], { ...env, E2E_REPORT: report });
  const result = readJson(report);
  if (!result?.stats) {
    failed++;
    failures.push(`${label}: no report`);
    return;
  }
  passed += result.stats.expected + result.stats.flaky;
  failed += result.stats.unexpected + result.stats.skipped + (ok || result.stats.unexpected > 0 ? 0 : 1);
  if (result.stats.skipped > 0) console.log(`✘ ${label}: skipped browser tests are not allowed`);
  for (const title of playwrightFailures(result)) failures.push(`${label}: ${title}`);
  if (!ok && result.stats.unexpected === 0) failures.push(`${label}: the run itself failed`);
}

// Browser journeys in Chromium against the built app and the practice backend over HTTP,
// with the outbox's browser fault harness (50 seeded sequences; `npm run soak` runs 1,000).
rmSync('test-results/fault-harness.json', { force: true });
if (built) playwrightRun('browser journeys', [], 'test-results/playwright.json');
else {
  failed++;
  failures.push('browser journeys: not run, the build failed');
}

// Where the time went, printed before the list of failures and the total: a CI log's tail
// may be all there is to read.
const minutes = (ms) => `${(ms / 60_000).toFixed(1)} min`;
const journeys = readJson('test-results/playwright.json');
if (journeys?.stats) {
  const byFile = new Map();
  for (const { spec } of specsOf(journeys)) {
    const ms = (spec.tests ?? []).flatMap((t) => t.results).reduce((sum, r) => sum + r.duration, 0);
    byFile.set(spec.file, (byFile.get(spec.file) ?? 0) + ms);
  }
  const slowest = [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 5);
  console.log(`\nbrowser journeys took ${minutes(journeys.stats.duration)}; slowest files: ${slowest.map(([file, ms]) => `${file} ${minutes(ms)}`).join(', ')}`);
}
console.log(`steps: ${stepTimes.join(', ')}`);
console.log(`machine: ${machine}`);
const harness = readJson('test-results/fault-harness.json');
if (harness) {
  console.log(`fault harness: run seed ${harness.runSeed}, ${JSON.stringify(harness.figures)}, sequences took ${minutes(harness.totalMs)} in all; slowest:`);
  for (const { seed, plan, phases } of harness.slowest) console.log(`  seed ${seed} ${JSON.stringify(plan)} ${JSON.stringify(phases)}`);
}

if (failures.length > 0) {
  console.log('\nWhat failed:');
  for (const failure of failures) console.log(`  ✘ ${failure}`);
}
const summary = `${passed} passed, ${failed} failed`;
writeFileSync('test-results/summary.txt', `${summary}\n`);
console.log(`\n${summary}`);
process.exit(failed === 0 && existsSync('test-results/summary.txt') ? 0 : 1);
