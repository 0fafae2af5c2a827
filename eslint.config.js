import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import importX from 'eslint-plugin-import-x';
import testingLibrary from 'eslint-plugin-testing-library';
import vitest from '@vitest/eslint-plugin';
import playwright from 'eslint-plugin-playwright';
import globals from 'globals';
import { importBoundaries } from './eslint-rules/import-boundaries.js';
import { noLiteralUiText } from './eslint-rules/no-literal-ui-text.js';
import { fileNames } from './eslint-rules/file-names.js';
import { PURE_GLOBALS, PURE_IMPORTS } from './eslint-rules/pure-layers.js';

const frontDoor = { rules: { 'import-boundaries': importBoundaries, 'no-literal-ui-text': noLiteralUiText, 'file-names': fileNames } };
const CODE = '**/*.{ts,tsx,js,mjs}';
/**
 * A test asserts through `expect` or through a helper named `expect…` (expectNoAxeViolations,
 * expectFocusVisible): the name says it fails the test, so the rule can trust it. Vitest's
 * rule takes globs, Playwright's takes regular expressions for the same names.
 */
const ASSERTING_HELPERS = ['expect', 'expect*'];
const ASSERTING_HELPER_PATTERNS = ['^expect[A-Z]'];

export default tseslint.config(
  { ignores: ['dist/', 'dev-dist/', 'reports/', 'test-results/', 'playwright-report/', 'node_modules/', '.data/', '.bench/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  // Layers and names, everywhere: src, tests, scripts, mocks and server.
  {
    files: [CODE],
    plugins: { 'front-door': frontDoor, 'import-x': importX },
    settings: {
      'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
      // Without these import-x reads no .ts or .tsx file, and no-cycle passes everything.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      'front-door/import-boundaries': 'error',
      'front-door/file-names': 'error',
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
      'front-door/no-literal-ui-text': 'error',
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Call the backend through src/platform/api/client.ts, the one place that uses fetch.' },
      ],
    },
  },
  // Fixtures are never shipped (the boundaries rule keeps them out of the app): their
  // fictional names and questions are written straight in, as a test's would be.
  {
    files: ['src/**/*.fixtures.tsx'],
    rules: { 'front-door/no-literal-ui-text': 'off' },
  },
  {
    files: ['src/platform/api/**'],
    rules: { 'no-restricted-globals': 'off' },
  },
  {
    files: ['src/domain/**/*.ts', 'src/content/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', PURE_IMPORTS],
      'no-restricted-globals': ['error', ...PURE_GLOBALS],
    },
  },
  // Tests must assert something a user or a practice would notice.
  {
    files: ['tests/unit/**/*.{ts,tsx}', 'tests/integration/**/*.{ts,tsx}', 'tests/contract/**/*.ts', 'server/**/*.test.ts'],
    plugins: { vitest },
    rules: {
      'vitest/expect-expect': ['error', { assertFunctionNames: ASSERTING_HELPERS }],
      'vitest/no-disabled-tests': 'error',
      'vitest/no-focused-tests': 'error',
      'vitest/valid-expect': ['error', { maxArgs: 2 }],
    },
  },
  {
    files: ['tests/integration/**/*.tsx', 'tests/integration/**/*.ts'],
    ...testingLibrary.configs['flat/react'],
  },
  {
    files: ['tests/e2e/**/*.ts'],
    ...playwright.configs['flat/recommended'],
  },
  {
    files: ['tests/e2e/**/*.ts'],
    rules: {
      'playwright/expect-expect': ['error', { assertFunctionPatterns: ASSERTING_HELPER_PATTERNS }],
      'playwright/no-skipped-test': 'error',
      'playwright/no-focused-test': 'error',
    },
  },
  {
    files: ['public/sw-lite.js'],
    languageOptions: { globals: globals.serviceworker },
  },
  {
    files: ['eslint-rules/**/*.js', 'scripts/**/*.mjs', 'eslint.config.js'],
    languageOptions: { globals: globals.node },
  },
);
