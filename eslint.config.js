import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** tfjs outside src/math: tensors never leave it. */
const NO_TFJS = {
  group: ['@tensorflow/*'],
  message: 'tfjs is used in src/math only: tensors never leave it (call the math API).',
};

/** One layer's import rule (one entry per file set: ESLint does not merge a rule's options). */
const layer = (files, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'test-results', 'playwright-report'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  // Layers: imports only point down (components -> state -> math), for .ts and .tsx alike.
  // src/export and src/embed sit beside src/state (they read the store, never a component);
  // src/offline (the service worker's precache list) imports nothing of the app's layers.
  // Tensors never leave src/math, so tfjs is imported there alone.
  layer(
    ['src/math/**/*.{ts,tsx}'],
    [
      {
        group: ['react', 'react-*', 'zustand', 'zustand/*', 'd3-selection', 'd3-drag', 'i18next'],
        message: 'src/math has no React, state or DOM.',
      },
      {
        group: ['**/state/**', '**/components/**', '**/i18n/**'],
        message: 'src/math imports nothing above it.',
      },
    ],
  ),
  layer(
    ['src/state/**/*.{ts,tsx}', 'src/export/**/*.{ts,tsx}', 'src/embed/**/*.{ts,tsx}'],
    [
      {
        group: ['**/components/**'],
        message: 'src/state, src/export and src/embed import no components.',
      },
      NO_TFJS,
    ],
  ),
  layer(
    ['src/offline/**/*.{ts,tsx}'],
    [
      {
        group: ['**/state/**', '**/components/**', '**/math/**', 'react', 'react-*'],
        message: 'src/offline imports nothing of the app.',
      },
      NO_TFJS,
    ],
  ),
  layer(['src/components/**/*.{ts,tsx}', 'src/i18n/**/*.{ts,tsx}', 'src/*.{ts,tsx}'], [NO_TFJS]),
);
