import { describe, expect, it } from 'vitest';
import {
  Y,
  YHAT,
  abs,
  add,
  clip,
  div,
  exp,
  gt,
  log,
  mul,
  named,
  neg,
  param,
  pow,
  relu,
  sigmoid,
  square,
  step,
  sub,
  where,
} from './expr';
import { lossFormulas, paren, toLatex, typeset } from './latex';

describe('toLatex: the typography of a tree', () => {
  it('juxtaposes factors, with a dot before a number and after a bare log', () => {
    expect(toLatex(mul(Y, YHAT))).toBe('y \\hat y');
    expect(toLatex(mul(Y, 2))).toBe('y \\cdot 2');
    expect(toLatex(mul(log(Y), YHAT))).toBe('\\log y \\cdot \\hat y');
    expect(toLatex(mul(sub(param('tau'), 1), sub(Y, YHAT)))).toBe('(tau - 1) (y - \\hat y)');
    expect(toLatex(mul(Y, neg(YHAT)))).toBe('y (-\\hat y)');
  });

  it('writes log before a single symbol without parentheses, and parentheses that grow', () => {
    expect(toLatex(log(Y))).toBe('\\log y');
    expect(toLatex(log(add(Y, 1)))).toBe('\\log(y + 1)');
    expect(toLatex(pow(log(Y), 2))).toBe('(\\log y)^{2}');
    expect(toLatex(sigmoid(Y))).toBe('\\sigma(y)');
    expect(paren('a')).toBe('(a)');
    expect(paren('a (b)')).toBe('\\bigl(a (b)\\bigr)');
    expect(paren('\\bigl(a\\bigr)')).toBe('\\Bigl(\\bigl(a\\bigr)\\Bigr)');
    expect(paren('\\frac{a}{b}')).toBe('\\left(\\frac{a}{b}\\right)');
  });

  it('keeps signs readable: a + (−b), −(a + b), a − (b − c)', () => {
    expect(toLatex(add(Y, neg(YHAT)))).toBe('y + (-\\hat y)');
    expect(toLatex(neg(add(Y, YHAT)))).toBe('-(y + \\hat y)');
    expect(toLatex(sub(Y, sub(YHAT, 1)))).toBe('y - (\\hat y - 1)');
    expect(toLatex(sub(Y, -2))).toBe('y - (-2)');
    expect(toLatex(neg(neg(Y)))).toBe('-(-y)');
  });

  it('puts powers of powers, fractions and exponentials in parentheses', () => {
    expect(toLatex(square(exp(Y)))).toBe('(e^{y})^{2}');
    expect(toLatex(square(div(Y, YHAT)))).toBe('\\left(\\frac{y}{\\hat y}\\right)^{2}');
    expect(toLatex(square(abs(Y)))).toBe('\\lvert y \\rvert^{2}');
    expect(toLatex(mul(div(1, 2), Y))).toBe('\\tfrac{1}{2} y');
  });

  it('writes relu as max(0, ·), comparisons as values as indicators, cases with both conditions', () => {
    expect(toLatex(relu(sub(1, Y)))).toBe('\\max(0, 1 - y)');
    expect(toLatex(step(Y))).toBe('\\mathbb{1}[\\,y > 0\\,]');
    expect(toLatex(mul(gt(YHAT, Y), 2))).toBe('\\mathbb{1}[\\,\\hat y > y\\,] \\cdot 2');
    expect(toLatex(where(gt(YHAT, Y), Y, 0))).toBe(
      '\\begin{cases} y & \\hat y > y \\\\ 0 & \\hat y \\le y \\end{cases}',
    );
    expect(toLatex(where(Y, 1, 0))).toBe('\\begin{cases} 1 & y \\ne 0 \\\\ 0 & y = 0 \\end{cases}');
  });

  it('names terms, subscripts them in a sum (not those with a subscript of their own), and defines them', () => {
    const p = named('p', clip(YHAT, 1e-7, 1 - 1e-7));
    const pt = named('p_t', where(gt(Y, 0), p, sub(1, p)));
    const constants = [
      [1e-7, '\\varepsilon'],
      [1 - 1e-7, '1 - \\varepsilon'],
    ] as const;
    expect(typeset(log(pt), { index: { row: 'i' }, constants })).toEqual({
      tex: '\\log p_t',
      defs: [
        'p_t = \\begin{cases} p_i & y_i > 0 \\\\ 1 - p_i & y_i \\le 0 \\end{cases}',
        'p_i = \\operatorname{clip}(\\hat y_i, \\varepsilon, 1 - \\varepsilon)',
      ],
    });
    expect(toLatex(p)).toBe('p');
  });
});

describe('lossFormulas: ℓ and L = 1/N Σ ℓ_i from one tree', () => {
  it('subscripts the leaves, pulls a minus before 1/N and puts a sum in parentheses', () => {
    expect(lossFormulas({ expr: neg(add(Y, log(YHAT))) })).toEqual({
      latex: 'L = -\\frac{1}{N}\\sum_{i=1}^{N} (y_i + \\log \\hat y_i)',
      pointLatex: '\\ell(\\hat y; y) = -(y + \\log \\hat y)',
    });
    expect(lossFormulas({ expr: square(sub(YHAT, Y)), yhat: 'z' }).latex).toBe(
      'L = \\frac{1}{N}\\sum_{i=1}^{N} (z_i - y_i)^{2}',
    );
  });

  it('sums a row-wise loss over the classes, with ŷ as its share of the row when renormalised', () => {
    const f = lossFormulas({ expr: mul(Y, log(YHAT)), rowwise: { normalize: true } });
    expect(f.latex).toBe(
      'L = \\frac{1}{N}\\sum_{i=1}^{N}\\sum_{k=1}^{K} y_{ik} \\log\\left(\\frac{\\hat y_{ik}}{\\sum_{j} \\hat y_{ij}}\\right)',
    );
    expect(f.pointLatex).toBe(
      '\\ell(\\hat y; y) = \\sum_{k=1}^{K} y_k \\log\\left(\\frac{\\hat y_k}{\\sum_{j} \\hat y_j}\\right)',
    );
  });

  it('writes parameters by their symbols', () => {
    expect(lossFormulas({ expr: mul(param('tau'), Y), params: { tau: '\\tau' } }).pointLatex).toBe(
      '\\ell(\\hat y; y) = \\tau y',
    );
  });
});
