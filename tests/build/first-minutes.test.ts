import { readFileSync } from 'node:fs';
import { createLogger, loadConfigFromFile } from 'vite';
import { describe, expect, it } from 'vitest';

/**
 * A newcomer's first minutes: the README gets them running (and says how to move off a
 * busy port) without sending them anywhere else, and `npm start` does not greet them with
 * a wall of configuration warnings.
 */
describe("a newcomer's first minutes", () => {
  const readme = readFileSync('README.md', 'utf8');

  it('the README links nothing outside the repository', () => {
    const links = [...readme.matchAll(/\]\(([^)]+)\)|<(https?:[^>]+)>/g)].map((m) => m[1] ?? m[2]!);
    expect(links.filter((link) => /^[a-z]+:/i.test(link))).toEqual([]);
    expect(links.length).toBeGreaterThan(0); // it does link the repository's own docs
  });

  it('the README says how to change the port and the address', () => {
    expect(readme).toMatch(/PORT=\d+ npm start/);
    expect(readme).toMatch(/HOST=[\d.]+ npm start/);
  });

  it('the build configuration loads without a warning', async () => {
    const warnings: string[] = [];
    const logger = createLogger('warn', { allowClearScreen: false });
    logger.warn = (message) => void warnings.push(message);
    logger.warnOnce = (message) => void warnings.push(message);
    const loaded = await loadConfigFromFile({ command: 'build', mode: 'production' }, 'vite.config.ts', undefined, 'warn', logger);
    expect(loaded?.path).toMatch(/vite\.config\.ts$/);
    expect(warnings).toEqual([]);
  });
});
