import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type ViteDevServer } from 'vite';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../e2e/fixtures';
import type { FixtureLanguage, renderFixturesToHtml } from './render-fixtures';

/**
 * Every state of every shared component (the `*.fixtures.tsx` beside each one), drawn
 * with the built stylesheets at 360 px in English and Urdu (right to left), written to
 * reports/screenshots/components/. Each is also swept with axe in Chromium, where colour
 * contrast can be measured (jsdom cannot), and checked for nothing scrolling sideways.
 * Needs `npm run build` first (it reads dist/assets/*.css).
 */
const LANGUAGES: { code: FixtureLanguage; dir: 'ltr' | 'rtl' }[] = [
  { code: 'en', dir: 'ltr' },
  { code: 'ur', dir: 'rtl' },
];
const OUT = 'reports/screenshots/components';

/** The app's own stylesheet first, then the chunks' (each scoped to its own classes). */
function builtCss() {
  const files = readdirSync('dist/assets').filter((file) => file.endsWith('.css'));
  expect(files.length, 'run `npm run build` first').toBeGreaterThan(0);
  files.sort((a, b) => Number(b.startsWith('index-')) - Number(a.startsWith('index-')) || a.localeCompare(b));
  return files.map((file) => readFileSync(`dist/assets/${file}`, 'utf8')).join('\n');
}

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

let vite: ViteDevServer;
let render: typeof renderFixturesToHtml;

test.beforeAll(async () => {
  // Vite loads the fixtures as the app's build does: TSX, JSON catalogues, stylesheet imports.
  vite = await createServer({ configFile: 'vitest.config.ts', server: { middlewareMode: true, hmr: false }, appType: 'custom', logLevel: 'error' });
  ({ renderFixturesToHtml: render } = (await vite.ssrLoadModule('/tests/screenshots/render-fixtures.tsx')) as { renderFixturesToHtml: typeof renderFixturesToHtml });
  mkdirSync(OUT, { recursive: true });
});

test.afterAll(async () => {
  await vite?.close();
});

for (const { code, dir } of LANGUAGES) {
  test(`${code}: every component fixture at 360 px`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: 360, height: 640 });
    const css = builtCss();
    const fixtures = await render(code);
    expect(fixtures.length).toBeGreaterThanOrEqual(40);
    for (const { component, name, html } of fixtures) {
      await test.step(`${component}: ${name}`, async () => {
        await page.setContent(
          `<!doctype html><html lang="${code}" dir="${dir}" class="nhsuk-template"><head><meta charset="utf-8">` +
            `<title>${component}: ${name}</title><style>${css}</style></head>` +
            `<body><div class="nhsuk-width-container"><main class="nhsuk-main-wrapper fd-fixture" id="maincontent">${html}</main></div></body></html>`,
        );
        expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 'nothing scrolls sideways').toBeLessThanOrEqual(0);
        await expectNoAxeViolations(page);
        await page.locator('body').screenshot({ path: `${OUT}/${code}-${component}-${slug(name)}.png` });
      });
    }
  });
}
