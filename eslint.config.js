import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { layersPlugin } from './scripts/eslint-layers.js';

// The layers (docs/architecture.md §1): what each folder of src/ may import. One rule,
// `layers/imports`, checks every import of a file — static, `export … from`, and dynamic
// `import()` — against the folders and packages its layer may not use. App paths are matched
// after resolving the import against the importing file ("src/components/**"), so
// `components/offline` and `src/offline` are not confused; packages by name ("react-*").
// `allowTypes` lets a deny entry through when the import is type-only (erased at build).

const TFJS = ['@tensorflow/*'];
const APP_LAYERS = ['src/components/**', 'src/embed/**', 'src/export/**', 'src/i18n/**'];
const TOP = ['src/App', 'src/main', 'src/bench/**', 'src/offline/**'];

/**
 * Modules of src/math that import no tfjs, not even through what they import (checked by
 * src/test/layers.test.ts). Layers above math take values only from these; anything else of math
 * is a type import, or is reached at run time through the lazily loaded math module (useMath()).
 */
export const TFJS_FREE_MATH = [
  'src/math/random',
  'src/math/tasks',
  'src/math/parser',
  'src/math/latex',
  'src/math/errors',
  'src/math/validate',
  'src/math/batches',
  'src/math/contextLost',
  'src/math/losses/types',
  'src/math/nets/datasets',
  'src/math/nets/digits',
  'src/math/nets/client',
  'src/math/nets/protocol',
];

/** Math values only from a tfjs-free module; types from anywhere. */
const MATH_VALUES = {
  deny: ['src/math', 'src/math/**'],
  except: TFJS_FREE_MATH,
  allowTypes: true,
  message:
    'tfjs stays in src/math: take math values from a tfjs-free module (TFJS_FREE_MATH in eslint.config.js), types with `import type`, the rest through useMath().',
};
const NO_TFJS = {
  deny: TFJS,
  message: 'tfjs is used in src/math only: tensors never leave it (call the math API).',
};

/** One layer's rule (one entry per file set: ESLint does not merge a rule's options). */
const layer = (files, deny, ignores = []) => ({
  files,
  ignores,
  rules: { 'layers/imports': ['error', ...deny] },
});

const TESTS = ['**/*.test.ts', '**/*.test.tsx'];

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'test-results', 'playwright-report'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, layers: layersPlugin },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  // src/math: pure numerics, no React, no store, no DOM behaviour, nothing of the app above it.
  layer(
    ['src/math/**/*.{ts,tsx}'],
    [
      {
        deny: ['react', 'react-*', 'zustand', 'd3-selection', 'd3-drag', 'i18next'],
        message: 'src/math has no React, state or DOM.',
      },
      {
        deny: ['src/state/**', ...APP_LAYERS, ...TOP],
        message: 'src/math imports nothing above it.',
      },
    ],
  ),
  // src/state: the store, URL and undo. Math values from tfjs-free modules only; the math module
  // itself is imported lazily in backendLoader.ts (a dynamic import of src/math, allowed below).
  layer(
    ['src/state/**/*.{ts,tsx}'],
    [
      {
        deny: [...APP_LAYERS, ...TOP],
        message: 'src/state imports no components, embed, export or i18n.',
      },
      NO_TFJS,
      MATH_VALUES,
    ],
    [...TESTS, 'src/state/backendLoader.ts'],
  ),
  layer(
    ['src/state/backendLoader.ts'],
    [{ deny: [...APP_LAYERS, ...TOP], message: 'src/state imports no components.' }, NO_TFJS],
  ),
  // src/export: files in and out, code generation. Beside src/state: reads the store, no views.
  layer(
    ['src/export/**/*.{ts,tsx}'],
    [
      {
        deny: ['src/components/**', 'src/embed/**', 'src/i18n/**', ...TOP],
        message: 'src/export imports no components.',
      },
      NO_TFJS,
      MATH_VALUES,
    ],
    TESTS,
  ),
  // src/embed: the one-figure embeds and the postMessage protocol; it renders no component itself.
  layer(
    ['src/embed/**/*.{ts,tsx}'],
    [
      {
        deny: ['src/components/**', 'src/export/**', 'src/i18n/**', ...TOP],
        message:
          'src/embed imports no components (figures.ts alone loads the figure components lazily).',
      },
      NO_TFJS,
      MATH_VALUES,
    ],
    [...TESTS, 'src/embed/figures.ts'],
  ),
  // figures.ts is the figure registry: the embed page must name the components it can show, and
  // it does so with import() so each tab's figures are their own chunk, loaded only when a `fig=`
  // link asks for one. It may load src/components/figures/* — lazily, and nothing else of components.
  layer(
    ['src/embed/figures.ts'],
    [
      {
        deny: ['src/components/**'],
        except: ['src/components/figures/*'],
        message: 'figures.ts loads only src/components/figures/*.',
      },
      {
        deny: ['src/components/**'],
        staticOnly: true,
        message:
          'figures.ts loads the figure components with import() only (each tab its own chunk).',
      },
      {
        // Its one exception: the loader that brings each figure module's strings with it.
        deny: ['src/export/**', 'src/i18n/**', ...TOP],
        except: ['src/i18n/strings'],
        message: 'src/embed imports no export or i18n (figures.ts: i18n/strings alone).',
      },
      NO_TFJS,
      MATH_VALUES,
    ],
  ),
  // src/offline: the service worker; it imports nothing of the app.
  layer(
    ['src/offline/**/*.{ts,tsx}'],
    [
      {
        deny: ['src/**', 'react', 'react-*'],
        except: ['src/offline/**'],
        message: 'src/offline imports nothing of the app.',
      },
      NO_TFJS,
    ],
  ),
  // src/i18n: strings and the i18next set-up; only the Lang type from state/prefs.
  layer(
    ['src/i18n/**/*.{ts,tsx}'],
    [
      {
        deny: ['src/**'],
        except: ['src/i18n/**', 'src/state/prefs'],
        message: 'src/i18n imports nothing of the app (its strings stand alone).',
      },
      {
        deny: ['src/state/prefs'],
        allowTypes: true,
        message: 'src/i18n takes only the Lang type from state/prefs.',
      },
      NO_TFJS,
    ],
    // Its tests may read the loss registry, to check that every loss has its texts.
    TESTS,
  ),
  // src/bench: the engine page behind bench.html; math only, no React, no store.
  layer(
    ['src/bench/**/*.{ts,tsx}'],
    [
      {
        deny: ['src/state/**', ...APP_LAYERS, 'src/App', 'src/main', 'src/offline/**'],
        message: 'src/bench uses src/math only.',
      },
      {
        deny: ['react', 'react-*', 'zustand', 'i18next'],
        message: 'src/bench has no React, store or i18n.',
      },
    ],
  ),
  // src/components: views. They may import state, embed, export, i18n and math types; math
  // values come through useMath() (the lazily loaded module) or from a tfjs-free module.
  layer(
    ['src/components/**/*.{ts,tsx}'],
    [
      {
        deny: TOP,
        message: 'components import neither the entry points, the bench nor the service worker.',
      },
      NO_TFJS,
      MATH_VALUES,
    ],
    // Known debt: the digits demo imports netDef/paramCount (math/nets/net) and the comparison's
    // helpers (math/nets/compare) as values, which pulls tfjs into its chunk statically.
    [...TESTS, 'src/components/applications/digits/**'],
  ),
  layer(
    ['src/components/applications/digits/**/*.{ts,tsx}'],
    [
      {
        deny: TOP,
        message: 'components import neither the entry points, the bench nor the service worker.',
      },
      NO_TFJS,
    ],
    TESTS,
  ),
  layer(
    ['src/components/**/*.test.{ts,tsx}'],
    [
      {
        deny: TOP,
        message: 'components import neither the entry points, the bench nor the service worker.',
      },
      NO_TFJS,
    ],
  ),
  layer(
    ['src/*.{ts,tsx}'],
    [
      {
        deny: ['src/bench/**', 'src/offline/**'],
        message: 'The entry points do not import the bench or the service worker.',
      },
      NO_TFJS,
      MATH_VALUES,
    ],
  ),
);
