import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, it } from 'vitest';
import { importBoundaries } from '../../eslint-rules/import-boundaries.js';
import { noLiteralUiText } from '../../eslint-rules/no-literal-ui-text.js';

RuleTester.describe = describe;
RuleTester.it = it;

const tester = new RuleTester({
  languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
});
const root = process.cwd();

tester.run('import-boundaries', importBoundaries, {
  valid: [
    { filename: `${root}/src/features/request/page.tsx`, code: "import { x } from '../../lib/api/client';" },
    { filename: `${root}/src/features/request/page.tsx`, code: "import { x } from './model/outbox';" },
    { filename: `${root}/src/app/routes.tsx`, code: "import { x } from '../features/request/routes';" },
    { filename: `${root}/mocks/handlers/x.ts`, code: "import { x } from '../../src/domain/practice/practice-settings';" },
  ],
  invalid: [
    { filename: `${root}/src/features/request/page.tsx`, code: "import { x } from '../booking/api';", errors: 1 },
    { filename: `${root}/src/platform/api/client.ts`, code: "import { x } from '../../features/request/page';", errors: 1 },
    { filename: `${root}/src/components/a.tsx`, code: "import { x } from '../app/routes';", errors: 1 },
    { filename: `${root}/src/lib/x.ts`, code: "import { x } from '../../mocks/node';", errors: 1 },
    { filename: `${root}/src/features/a/b.ts`, code: "const m = import('../b/c');", errors: 1 },
  ],
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
