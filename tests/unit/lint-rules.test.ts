import path from 'node:path';
import { ESLint, RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { noLiteralUiText } from '../../eslint-rules/no-literal-ui-text.js';

/**
 * Each rule that keeps the layers, the names and the tests honest, proved to fire through
 * ESLint with the project's own eslint.config.js (the one `npm test` runs), so a rule
 * switched off, scoped to the wrong folder or misconfigured fails here. The code is linted
 * as if it lived at `file`; nothing is written to disk. Each case has a twin that passes,
 * so a rule that fires on everything fails too.
 */

const root = process.cwd();
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

async function findings(file: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result!.messages.map((m) => ({ rule: m.ruleId, message: m.message }));
}

async function rulesFired(file: string, code: string) {
  return [...new Set((await findings(file, code)).map((f) => f.rule))];
}

interface Case {
  name: string;
  rule: string;
  bad: { file: string; code: string };
  good: { file: string; code: string };
}

const CASES: Case[] = [
  {
    name: 'a lower layer importing a feature (platform → feature)',
    rule: 'front-door/import-boundaries',
    bad: { file: 'src/platform/api/retry.ts', code: "import { RequestCheckPage } from '../../features/request/pages/check-page';\nexport const page = RequestCheckPage;\n" },
    good: { file: 'src/platform/api/retry.ts', code: "import { apiRequest } from './client';\nexport const send = apiRequest;\n" },
  },
  {
    name: 'domain importing platform (I/O) code',
    rule: 'front-door/import-boundaries',
    bad: { file: 'src/domain/request/resend.ts', code: "import { flushOutbox } from '../../platform/device/outbox';\nexport const resend = flushOutbox;\n" },
    good: { file: 'src/domain/request/resend.ts', code: "import { backoffMs } from './outbox-state';\nexport const wait = backoffMs;\n" },
  },
  {
    name: 'content importing React',
    rule: 'no-restricted-imports',
    bad: { file: 'src/content/triage/reactive.ts', code: "import { useState } from 'react';\nexport const hook = useState;\n" },
    good: { file: 'src/content/triage/reactive.ts', code: "import type { Questionnaire } from '../../domain/triage/types';\nexport type Q = Questionnaire;\n" },
  },
  {
    name: 'content importing the app beyond domain types',
    rule: 'front-door/import-boundaries',
    bad: { file: 'src/content/triage/words.ts', code: "import { formatTime } from '../../platform/i18n/format';\nexport const f = formatTime;\n" },
    good: { file: 'src/content/triage/words.ts', code: "import type { Questionnaire } from '../../domain/triage/types';\nexport type Q = Questionnaire;\n" },
  },
  {
    name: 'domain using a browser global',
    rule: 'no-restricted-globals',
    bad: { file: 'src/domain/time/today.ts', code: 'export const today = () => window.location.href;\n' },
    good: { file: 'src/domain/time/today.ts', code: 'export const today = (now: Date) => now.toISOString().slice(0, 10);\n' },
  },
  {
    name: 'a feature importing another feature other than through its index',
    rule: 'front-door/import-boundaries',
    bad: { file: 'src/features/referral/picker.tsx', code: "import { SlotPicker } from '../booking/slot-picker';\nexport const P = SlotPicker;\n" },
    good: { file: 'src/features/referral/picker.tsx', code: "import * as booking from '../booking';\nexport const b = booking;\n" },
  },
  {
    name: 'src importing the mock backend',
    rule: 'front-door/import-boundaries',
    bad: { file: 'src/features/request/seed.ts', code: "import { mockStore } from '../../../mocks/node';\nexport const s = mockStore;\n" },
    good: { file: 'src/features/request/seed.ts', code: "import { href } from '../../platform/routes';\nexport const h = href;\n" },
  },
  {
    name: 'the mock backend importing the app beyond domain and content',
    rule: 'front-door/import-boundaries',
    bad: { file: 'mocks/handlers/extra.ts', code: "import { apiRequest } from '../../src/platform/api/client';\nexport const a = apiRequest;\n" },
    good: { file: 'mocks/handlers/extra.ts', code: "import { isOdsCode } from '../../src/domain/practice/ods-code';\nexport const a = isOdsCode;\n" },
  },
  {
    // Same layer, so only the fixtures check can fire: fixtures in the app would ship to patients.
    name: 'app code importing a component’s fixtures',
    rule: 'front-door/import-boundaries',
    bad: { file: 'src/components/radios-gallery.tsx', code: "import { fixtures } from './radios.fixtures';\nexport const all = fixtures;\n" },
    good: { file: 'tests/integration/radios-gallery.test.tsx', code: "import { fixtures } from '../../src/components/radios.fixtures';\nexport const all = fixtures;\n" },
  },
  {
    name: 'app code globbing components’ fixtures',
    rule: 'front-door/import-boundaries',
    bad: { file: 'src/app/gallery.ts', code: "export const all = import.meta.glob('../components/*.fixtures.tsx', { eager: true });\n" },
    good: { file: 'scripts/gallery.ts', code: "export const all = import.meta.glob('../src/components/*.fixtures.tsx', { eager: true });\n" },
  },
  {
    name: 'an import cycle (london time → opening hours → london time)',
    rule: 'import-x/no-cycle',
    bad: { file: 'src/domain/time/london.ts', code: "import { isOpenAt } from '../availability/opening-hours';\nexport const open = isOpenAt;\n" },
    good: { file: 'src/domain/time/london.ts', code: "import { isBankHoliday } from '../availability/bank-holidays';\nexport const holiday = isBankHoliday;\n" },
  },
  {
    name: 'a Vitest test with no assertion',
    rule: 'vitest/expect-expect',
    bad: { file: 'tests/unit/nothing.test.ts', code: "import { it } from 'vitest';\nit('adds up', () => {\n  void (1 + 1);\n});\n" },
    good: { file: 'tests/unit/nothing.test.ts', code: "import { expect, it } from 'vitest';\nit('adds up', () => {\n  expect(1 + 1).toBe(2);\n});\n" },
  },
  {
    name: 'a Playwright test with no assertion',
    rule: 'playwright/expect-expect',
    bad: { file: 'tests/e2e/nothing.spec.ts', code: "import { test } from './fixtures';\ntest('opens', async ({ page }) => {\n  await page.goto('/');\n});\n" },
    good: {
      file: 'tests/e2e/nothing.spec.ts',
      code: "import { expectNoAxeViolations, test } from './fixtures';\ntest('opens', async ({ page }) => {\n  await page.goto('/');\n  await expectNoAxeViolations(page);\n});\n",
    },
  },
  {
    name: 'a Testing Library query that reads the DOM by hand',
    rule: 'testing-library/no-node-access',
    bad: {
      file: 'tests/integration/nodes.test.tsx',
      code: "import { expect, it } from 'vitest';\nimport { render, screen } from '@testing-library/react';\nit('x', () => {\n  render(<p>Hi</p>);\n  expect(screen.getByText('Hi').parentElement).toBeTruthy();\n});\n",
    },
    good: {
      file: 'tests/integration/nodes.test.tsx',
      code: "import { expect, it } from 'vitest';\nimport { render, screen } from '@testing-library/react';\nit('x', () => {\n  render(<p>Hi</p>);\n  expect(screen.getByText('Hi')).toBeTruthy();\n});\n",
    },
  },
  {
    name: 'a file name that is not kebab-case',
    rule: 'front-door/file-names',
    bad: { file: 'src/components/DateInput.tsx', code: 'export const x = 1;\n' },
    good: { file: 'src/components/date-input-parts.tsx', code: 'export const x = 1;\n' },
  },
  {
    name: 'fetch outside the api client',
    rule: 'no-restricted-globals',
    bad: { file: 'src/features/request/send.ts', code: "export const send = () => fetch('/api');\n" },
    good: { file: 'src/platform/api/send.ts', code: "export const send = () => fetch('/api');\n" },
  },
];

describe('lint, run with the project’s own config', () => {
  for (const { name, rule, bad, good } of CASES) {
    it(`${rule} fires on ${name}, and not on its fixed twin`, async () => {
      expect(await rulesFired(bad.file, bad.code)).toContain(rule);
      expect(await rulesFired(good.file, good.code)).not.toContain(rule);
    });
  }

  it('literal words in JSX fire in src, where every word must come from the catalogues', async () => {
    expect(await rulesFired('src/components/hello.tsx', 'export const Hello = () => <p>Call 999 now</p>;\n')).toContain('front-door/no-literal-ui-text');
  });
});

RuleTester.describe = describe;
RuleTester.it = it;

const tester = new RuleTester({
  languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
});

tester.run('no-literal-ui-text', noLiteralUiText, {
  valid: [
    { code: 'const a = <p>{t("home.title")}</p>;' },
    { code: 'const a = <p>{name}, <span dir="ltr">{code}</span> · </p>;' },
    { code: 'const a = <img alt={t("logo")} />;' },
  ],
  invalid: [
    { code: 'const a = <p>Call 999 now</p>;', errors: 1 },
    { code: 'const a = <img alt="NHS logo" />;', errors: 1 },
    { code: 'const a = <button aria-label={"Close menu"} />;', errors: 1 },
  ],
});
