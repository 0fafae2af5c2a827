// Vitest exits 1 when an error escapes every test (an unhandled rejection, a worker that
// died), even though each test passed, and its JSON report does not say why. This
// reporter writes those errors where `npm test` can name them in its last lines, which
// are all a CI log shows.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Reporter } from 'vitest/node';

const OUT = process.env.VITEST_UNHANDLED_OUT ?? 'test-results/vitest-unhandled.txt';

type Escaped = { name?: string; message?: string; stack?: string; VITEST_TEST_PATH?: string; VITEST_TEST_NAME?: string };

export default class UnhandledErrorsReporter implements Reporter {
  onTestRunEnd(_modules: unknown, errors: ReadonlyArray<unknown>): void {
    const lines = errors.map((raw) => {
      const error = (raw ?? {}) as Escaped;
      const where = [error.VITEST_TEST_PATH?.replace(process.cwd() + '/', ''), error.VITEST_TEST_NAME].filter(Boolean).join(' › ');
      // The first frames of our own code say more than React's or Node's.
      const frames = (error.stack ?? '').split('\n').slice(1).map((line) => line.trim());
      const ours = frames.filter((line) => !line.includes('node_modules') && !line.includes('node:'));
      const stack = (ours.length ? ours : frames).slice(0, 3).join(' | ').replaceAll(process.cwd() + '/', '');
      return `${error.name ?? 'Error'}: ${error.message ?? String(raw)}${where ? ` (in ${where})` : ''}${stack ? ` [${stack}]` : ''}`;
    });
    mkdirSync(dirname(OUT), { recursive: true });
    writeFileSync(OUT, lines.join('\n') + (lines.length ? '\n' : ''));
  }
}
