/// <reference types="node" />
// The layer rules of eslint.config.js (docs/architecture.md §1), each shown to fail on a bad
// import: ESLint's Node API lints a small source string as if it were a file of that layer.
// And the modules the config lists as tfjs-free are checked to be so, through every value import.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JS config module without types
import { TFJS_FREE_MATH } from '../../eslint.config.js';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '../..');
const eslint = new ESLint({ cwd: ROOT });

/** The layers/imports messages for `code` linted as the file `path`. */
async function layerErrors(path: string, code: string): Promise<string[]> {
  const [r] = await eslint.lintText(code, { filePath: resolve(ROOT, path) });
  return r.messages.filter((m) => m.ruleId === 'layers/imports').map((m) => m.message);
}

const bad = async (path: string, code: string, text: RegExp) => {
  const errors = await layerErrors(path, code);
  expect(errors, `${path}: ${code}`).toHaveLength(1);
  expect(errors[0]).toMatch(text);
};
const good = async (path: string, code: string) =>
  expect(await layerErrors(path, code), `${path}: ${code}`).toEqual([]);

describe('layer rules (eslint.config.js)', () => {
  it('src/embed: no component, static or dynamic', async () => {
    await bad(
      'src/embed/x.ts',
      "import { A } from '../components/train/A';\nA;",
      /imports no components/,
    );
    await bad('src/embed/x.ts', "void import('../components/train/A');", /imports no components/);
    await bad(
      'src/embed/x.tsx',
      "export { A } from '../components/layout/A';",
      /imports no components/,
    );
    await good(
      'src/embed/x.ts',
      "import { useAppStore } from '../state/StoreProvider';\nuseAppStore;",
    );
  });

  it('src/embed/figures.ts: lazily, and only the figure components', async () => {
    const f = 'src/embed/figures.ts';
    await good(f, "void import('../components/figures/TrainFigures');");
    await bad(f, "void import('../components/train/DataChart');", /only src\/components\/figures/);
    await bad(
      f,
      "import { X } from '../components/figures/TrainFigures';\nX;",
      /with import\(\) only/,
    );
  });

  it('src/components: no entry point, bench, service worker or tfjs; math values only tfjs-free', async () => {
    const f = 'src/components/layout/X.tsx';
    await bad(f, "import { run } from '../../bench/harness';\nrun;", /entry points, the bench/);
    await bad(f, "import { App } from '../../App';\nApp;", /entry points/);
    await bad(f, "import { PRECACHE } from '../../offline/precache';\nPRECACHE;", /service worker/);
    // components/offline is a folder of views, not the service worker
    await good(f, "import { UpdateNotice } from '../offline/UpdateNotice';\nUpdateNotice;");
    await bad(
      f,
      "import * as tf from '@tensorflow/tfjs-core';\ntf;",
      /tfjs is used in src\/math only/,
    );
    await bad(f, "import { getLoss } from '../../math';\ngetLoss;", /tfjs-free module/);
    await bad(f, "import { trainPath } from '../../math/train';\ntrainPath;", /tfjs-free module/);
    await bad(f, "void import('../../math/train');", /tfjs-free module/);
    await good(f, "import type { LossId } from '../../math';\nexport type X = LossId;");
    await good(f, "import { type LossId } from '../../math';\nexport type X = LossId;");
    await good(f, "import { mulberry32 } from '../../math/random';\nmulberry32;");
  });

  it('src/export: math values from tfjs-free modules only (the code view gets the rest passed in)', async () => {
    const f = 'src/export/code/x.ts';
    await bad(f, "import { getLoss } from '../../math';\ngetLoss;", /tfjs-free module/);
    await bad(
      f,
      "import { X } from '../../components/export/CodeButton';\nX;",
      /imports no components/,
    );
    await good(f, "import type { LossId } from '../../math';\nexport type X = LossId;");
    await good(f, "import { DIGITS_TRAIN } from '../../math/nets/digits';\nDIGITS_TRAIN;");
  });

  it('src/i18n: nothing of the app but the Lang type', async () => {
    const f = 'src/i18n/x/en.ts';
    await bad(
      f,
      "import { X } from '../../components/layout/X';\nX;",
      /imports nothing of the app/,
    );
    await bad(
      f,
      "import { LOSSES } from '../../math/losses/registry';\nLOSSES;",
      /imports nothing of the app/,
    );
    await bad(
      f,
      "import { loadPrefs } from '../../state/prefs';\nloadPrefs;",
      /only the Lang type/,
    );
    await good(f, "import type { Lang } from '../../state/prefs';\nexport type X = Lang;");
    await good(f, "import { zhCN } from './zhCN';\nzhCN;");
  });

  it('src/bench: math only', async () => {
    const f = 'src/bench/x.ts';
    await bad(
      f,
      "import { createAppStore } from '../state/store';\ncreateAppStore;",
      /src\/math only/,
    );
    await bad(f, "import { useState } from 'react';\nuseState;", /no React/);
    await good(f, "import * as math from '../math';\nmath;");
  });

  it('src/offline, src/math, src/state', async () => {
    await bad('src/offline/x.ts', "import { X } from '../state/prefs';\nX;", /nothing of the app/);
    await bad(
      'src/math/x.ts',
      "import { X } from '../components/charts/X';\nX;",
      /nothing above it/,
    );
    await bad('src/math/x.ts', "void import('../state/store');", /nothing above it/);
    await bad(
      'src/math/x.ts',
      "import { select } from 'd3-selection';\nselect;",
      /no React, state or DOM/,
    );
    await bad('src/state/x.ts', "import { getLoss } from '../math';\ngetLoss;", /tfjs-free module/);
    await bad('src/state/x.ts', "void import('../components/train/A');", /no components/);
    await good('src/state/backendLoader.ts', "void import('../math');");
    await good('src/state/x.ts', "import { parseLoss } from '../math/parser';\nparseLoss;");
  });
});

/** Value imports of a TS source (type-only imports and `export type … from` left out). */
function valueImports(src: string): string[] {
  const out: string[] = [];
  const re =
    /(?:^|\n)\s*(?:import|export)\s+(type\s+)?([^'";]*?)\s*from\s*'([^']+)'|import\(\s*'([^']+)'\s*\)|(?:^|\n)\s*import\s*'([^']+)'/g;
  for (let m = re.exec(src); m; m = re.exec(src)) {
    if (m[4] ?? m[5]) out.push((m[4] ?? m[5])!);
    else if (!m[1] && !/^\{\s*(?:type\s+\w+\s*,?\s*)+\}$/.test(m[2])) out.push(m[3]);
  }
  return out;
}

function resolveFile(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec.replace(/\?.*$/, ''));
  for (const c of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`])
    if (existsSync(c) && statSync(c).isFile()) return c;
  return null;
}

/** The chain of files from `file` to a tfjs import, or null if there is none. */
function tfjsChain(file: string, seen = new Set<string>()): string[] | null {
  if (seen.has(file)) return null;
  seen.add(file);
  for (const spec of valueImports(readFileSync(file, 'utf8'))) {
    if (spec.startsWith('@tensorflow/')) return [relative(ROOT, file), spec];
    if (!spec.startsWith('.')) continue;
    const next = resolveFile(file, spec);
    const chain = next && tfjsChain(next, seen);
    if (chain) return [relative(ROOT, file), ...chain];
  }
  return null;
}

describe('TFJS_FREE_MATH', () => {
  it('lists modules that reach no tfjs through any value import', () => {
    expect(TFJS_FREE_MATH.length).toBeGreaterThan(5);
    for (const m of TFJS_FREE_MATH as string[]) {
      const file = resolveFile(resolve(ROOT, 'x'), `./${m}`);
      expect(file, m).not.toBeNull();
      expect(tfjsChain(file!), m).toBeNull();
    }
  });

  it('the walk finds tfjs where it is (the check can fail)', () => {
    expect(tfjsChain(resolve(ROOT, 'src/math/losses/registry.ts'))).toContain(
      '@tensorflow/tfjs-core',
    );
    expect(tfjsChain(resolve(ROOT, 'src/math/index.ts'))).not.toBeNull();
  });
});
