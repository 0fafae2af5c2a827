import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';
import { importBoundaries } from './eslint-rules/import-boundaries.js';
import { noLiteralUiText } from './eslint-rules/no-literal-ui-text.js';

const frontDoor = { rules: { 'import-boundaries': importBoundaries, 'no-literal-ui-text': noLiteralUiText } };

export default tseslint.config(
  { ignores: ['dist/', 'dev-dist/', 'reports/', 'test-results/', 'playwright-report/', 'node_modules/'] },
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
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y, 'front-door': frontDoor },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
      'front-door/import-boundaries': 'error',
      'front-door/no-literal-ui-text': 'error',
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Call the backend through src/lib/api/client.ts, the one place that uses fetch.' },
      ],
    },
  },
  {
    files: ['src/lib/api/**'],
    rules: { 'no-restricted-globals': 'off' },
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
