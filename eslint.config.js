// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * Lint for the whole project (`npm run lint`, part of `npm test`): the
 * recommended JavaScript and TypeScript rules, zero warnings allowed, and
 * rules that keep the architecture (README, "How it is built").
 */
const BROWSER_GLOBALS = ['window', 'document', 'navigator', 'location', 'chrome', 'browser', 'fetch', 'localStorage'].map((name) => ({ name, message: 'The core is pure TypeScript: no DOM, no browser API.' }));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'docs/**', '**/*.min.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      // Underscore-prefixed names are deliberately unused (a handler's ignored argument).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Tests and the bench reach into browser globals the page owns; `any` there is a deliberate escape hatch, kept visible.
      '@typescript-eslint/no-explicit-any': 'error',
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...BROWSER_GLOBALS],
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*', '../extension/**', '../cli/**', '../build/**', 'webextension-polyfill'], message: 'The core imports nothing of Node, the extension, the CLI or the build.' }] }],
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/extension/**'],
    rules: {
      'no-restricted-globals': ['error', { name: 'chrome', message: 'Browser APIs belong in src/extension/.' }, { name: 'browser', message: 'Browser APIs belong in src/extension/.' }],
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx', 'vite.config.ts'],
    ignores: ['src/extension/browser-api.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'webextension-polyfill', message: 'Import the WebExtension API from src/extension/browser-api.ts, its one door.' }],
          patterns: [{ group: ['**/test/**'], message: 'Shipped code never imports from test/.' }],
        },
      ],
    },
  },
  {
    files: ['src/extension/content/**', 'src/extension/options/**', 'src/extension/background/**', 'src/extension/shared/**', 'src/extension/settings/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'webextension-polyfill', message: 'Import the WebExtension API from src/extension/browser-api.ts, its one door.' }],
          patterns: [{ group: ['../popup/*', '**/popup/*'], message: 'Only the popup imports popup/: shared code lives in shared/.' }],
        },
      ],
    },
  },
  {
    files: ['src/build/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['../cli/*', '**/test/**'], message: 'The build does not import from the CLI or the tests.' }] }],
    },
  },
);
