// The formula a reader sees is the formula computed (issue 19.4): every built-in loss's LaTeX is
// generated from a tree, its `display` tree where the computed `element` is a numerically safe
// rewrite; here each display tree is evaluated (tfjs, float32) against the element on a grid of
// (y, ŷ) and parameter values of the loss's domain, and every generated string goes through
// KaTeX with throwOnError.
import * as tf from '@tensorflow/tfjs-core';
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import '../test/setup';
import { add, mul, named, param, sub, toTensor, type Expr } from '../expr';
import { paramsOf } from '../glsl';
import { compileCustomLoss } from '../customLoss';
import { LOSSES, getLoss } from './registry';
import type { LossDef, YHatRule, YRule } from './types';

const Y_VALUES: Record<YRule, number[]> = {
  real: [-3, -0.5, 0, 0.7, 2],
  unit: [0, 0.3, 1],
  binary: [0, 1],
  sign: [-1, 1],
  nonneg: [0, 1, 3],
};
const YHAT_VALUES: Record<YHatRule, number[]> = {
  real: [-9, -4, -1.2, -0.3, 0, 0.01, 0.5, 1, 2.5, 6, 9],
  unit: [0, 1e-8, 0.1, 0.5, 0.9, 1 - 1e-8, 1],
  nonneg: [0, 1e-8, 0.5, 2, 7],
};

/** Defaults, then each parameter alone at the ends and the middle of its slider range. */
function paramSets(def: LossDef): Record<string, number>[] {
  const defaults = Object.fromEntries(def.params.map((p) => [p.id, p.default]));
  const sets = [defaults];
  for (const p of def.params)
    for (const v of [p.ui.min, p.ui.max, (p.ui.min + p.ui.max) / 2])
      sets.push({ ...defaults, [p.id]: v });
  return sets;
}

function values(e: Expr, y: number[], yHat: number[], params: Record<string, number>) {
  const t = tf.tidy(() => toTensor(e, { y: tf.tensor1d(y), yhat: tf.tensor1d(yHat), params }));
  try {
    return Array.from(t.dataSync());
  } finally {
    t.dispose();
  }
}

const TOL = (v: number) => 2e-5 + 2e-5 * Math.abs(v);

/** The largest |tree − element| beyond tolerance over the grid (0 when all agree). */
function worstGap(def: LossDef, tree: Expr): number {
  const y: number[] = [];
  const yHat: number[] = [];
  for (const a of Y_VALUES[def.yRule])
    for (const b of YHAT_VALUES[def.yHatRule]) {
      y.push(a);
      yHat.push(b);
    }
  let worst = 0;
  for (const params of paramSets(def)) {
    const want = values(def.element, y, yHat, params);
    const got = values(tree, y, yHat, params);
    want.forEach((w, i) => {
      expect(Number.isFinite(w), `${def.id} element at y=${y[i]}, ŷ=${yHat[i]}`).toBe(true);
      const gap = Number.isFinite(got[i]) ? Math.abs(got[i] - w) : Infinity;
      if (gap > TOL(w)) worst = Math.max(worst, gap);
    });
  }
  return worst;
}

describe('each loss formula is generated from the tree that is computed', () => {
  it.each(LOSSES.map((d) => [d.id, d] as const))(
    '%s: its display tree equals its element on the grid',
    (_id, def) => {
      const before = tf.memory().numTensors;
      expect(worstGap(def, def.display ?? def.element)).toBe(0);
      if (def.display) expect(paramsOf(def.display)).toEqual(paramsOf(def.element));
      expect(tf.memory().numTensors).toBe(before);
    },
  );

  it('would catch a display tree that differs from the computation', () => {
    const huber = getLoss('huber');
    const e = named('e', sub('yhat', 'y'));
    // δ(|e| − δ) instead of δ(|e| − ½δ): right for |e| ≤ δ, wrong beyond.
    const wrong = {
      op: 'where',
      c: { op: 'le', a: { op: 'abs', a: e }, b: param('delta') },
      a: mul(0.5, { op: 'square', a: e }),
      b: mul(param('delta'), sub({ op: 'abs', a: e }, param('delta'))),
    } as Expr;
    expect(worstGap(huber, wrong)).toBeGreaterThan(0.1);
    // A display off by a constant everywhere.
    expect(worstGap(getLoss('mse'), add(getLoss('mse').element, 1e-3))).toBeGreaterThan(0);
  });

  it('gives the built-in losses display trees only where the element reads badly', () => {
    const withDisplay = LOSSES.filter((d) => d.display).map((d) => d.id);
    expect(withDisplay).toEqual(['huber', 'logcosh', 'bce_logits', 'focal', 'zero_one', 'kl']);
  });
});

const render = (tex: string) =>
  katex.renderToString(tex, { throwOnError: true, displayMode: true });

describe('KaTeX accepts every generated formula', () => {
  it.each(LOSSES.map((d) => [d.id, d] as const))('%s', (_id, def) => {
    for (const tex of [def.latex, def.pointLatex, ...def.latex.split(',\\quad ')])
      expect(() => render(tex), tex).not.toThrow();
    expect(def.latex).toMatch(/^L = -?\\frac\{1\}\{N\}\\sum_\{i=1\}\^\{N\}/);
    expect(def.pointLatex).toMatch(/^\\ell\((\\hat y|z); y\) = /);
    // Every leaf of the mean is subscripted: no bare y, ŷ, p, e or z is left.
    const mean = def.latex.split(',\\quad ')[0];
    expect(mean).not.toMatch(/(\\hat y|\\tilde y|\b[ypz]|\be(?!\^))(?![_a-zA-Z])/);
  });

  it.each([
    'abs(yhat - y)^1.5',
    'log(1 + (yhat - y)^2)',
    'where(abs(yhat - y) <= 1, 0.5*(yhat - y)^2, abs(yhat - y) - 0.5)',
    '(yhat > y) * 2 - -y / (1 + exp(-yhat))^2',
    'cosh(yhat - y) + relu(y) * softplus(yhat) - sigmoid(-y) + sqrt(abs(y)) + pow(2, -yhat)',
  ])('custom loss %s', (text) => {
    const r = compileCustomLoss(text);
    if (!r.ok) throw new Error(r.error.message);
    for (const tex of [r.loss.latex, r.loss.def.latex, r.loss.def.pointLatex])
      expect(() => render(tex), tex).not.toThrow();
  });
});

describe('the generated formulas read as the textbook ones', () => {
  const tex = (id: string) => getLoss(id);
  it('regression', () => {
    expect(tex('mse').latex).toBe('L = \\frac{1}{N}\\sum_{i=1}^{N} (\\hat y_i - y_i)^{2}');
    expect(tex('mae').pointLatex).toBe('\\ell(\\hat y; y) = \\lvert \\hat y - y \\rvert');
    expect(tex('huber').latex).toBe(
      'L = \\frac{1}{N}\\sum_{i=1}^{N} \\begin{cases} \\tfrac{1}{2} e_i^{2} & \\lvert e_i \\rvert \\le \\delta \\\\ \\delta (\\lvert e_i \\rvert - \\tfrac{1}{2} \\delta) & \\lvert e_i \\rvert > \\delta \\end{cases},\\quad e_i = \\hat y_i - y_i',
    );
    expect(tex('logcosh').pointLatex).toBe('\\ell(\\hat y; y) = \\log \\cosh(\\hat y - y)');
    expect(tex('quantile').latex).toBe(
      'L = \\frac{1}{N}\\sum_{i=1}^{N} \\max\\bigl(\\tau (y_i - \\hat y_i), (\\tau - 1) (y_i - \\hat y_i)\\bigr)',
    );
    expect(tex('poisson').latex).toBe(
      'L = \\frac{1}{N}\\sum_{i=1}^{N} \\bigl(\\hat y_i - y_i \\log(\\hat y_i + \\varepsilon)\\bigr)',
    );
  });

  it('probabilistic', () => {
    expect(tex('bce').latex).toBe(
      'L = -\\frac{1}{N}\\sum_{i=1}^{N} \\bigl(y_i \\log p_i + (1 - y_i) \\log(1 - p_i)\\bigr),\\quad p_i = \\operatorname{clip}(\\hat y_i, \\varepsilon, 1 - \\varepsilon)',
    );
    expect(tex('bce_logits').pointLatex).toBe(
      '\\ell(z; y) = \\max(z, 0) - z y + \\log(1 + e^{-\\lvert z \\rvert})',
    );
    expect(tex('focal').pointLatex).toBe(
      '\\ell(\\hat y; y) = -\\alpha_t (1 - p_t)^{\\gamma} \\log p_t,\\quad \\alpha_t = \\begin{cases} \\alpha & y = 1 \\\\ 1 - \\alpha & y \\ne 1 \\end{cases},\\quad p_t = \\begin{cases} p & y = 1 \\\\ 1 - p & y \\ne 1 \\end{cases},\\quad p = \\operatorname{clip}(\\hat y, \\varepsilon, 1 - \\varepsilon)',
    );
  });

  it('margin and multiclass', () => {
    expect(tex('hinge').latex).toBe('L = \\frac{1}{N}\\sum_{i=1}^{N} \\max(0, 1 - y_i \\hat y_i)');
    expect(tex('squared_hinge').pointLatex).toBe('\\ell(\\hat y; y) = \\max(0, 1 - y \\hat y)^{2}');
    expect(tex('exponential').pointLatex).toBe('\\ell(\\hat y; y) = e^{-y \\hat y}');
    expect(tex('zero_one').latex).toBe(
      'L = \\frac{1}{N}\\sum_{i=1}^{N} \\mathbb{1}[\\,y_i \\hat y_i \\le 0\\,]',
    );
    expect(tex('cce').latex).toBe(
      'L = -\\frac{1}{N}\\sum_{i=1}^{N}\\sum_{k=1}^{K} y_{ik} \\log p_{ik},\\quad p_{ik} = \\operatorname{clip}\\left(\\frac{\\hat y_{ik}}{\\sum_{j} \\hat y_{ij}}, \\varepsilon, 1 - \\varepsilon\\right)',
    );
    expect(tex('kl').pointLatex).toBe(
      '\\ell(\\hat y; y) = \\sum_{k=1}^{K} \\tilde y_k \\log \\frac{\\tilde y_k}{p_k},\\quad \\tilde y_k = \\operatorname{clip}(y_k, \\varepsilon, 1),\\quad p_k = \\operatorname{clip}(\\hat y_k, \\varepsilon, 1)',
    );
  });
});
