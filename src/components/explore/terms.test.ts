// The step-by-step's second line: each loss's ℓ(ŷ; y) written with one row's numbers. The term
// must be the loss's own formula with these numbers (checked here against hand values), and
// negative numbers are parenthesised so "− −2" never appears.
import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS } from '../../state/explore/model';
import { classTermTex, termTex, tn } from './terms';

const P = DEFAULT_PARAMS; // δ = 1, τ = 0.5, γ = 2, α = 0.25

describe('tn', () => {
  it('writes negative numbers in parentheses and positive ones bare', () => {
    expect(tn(2)).toBe('2');
    expect(tn(-2.5)).toBe('(-2.5)');
    expect(tn(0)).toBe('0');
  });
});

describe('termTex (scalar losses)', () => {
  it.each([
    ['mse', 4, 1.5, '(1.5 - 4)^2'],
    ['mae', 4, 1.5, '\\lvert 1.5 - 4 \\rvert'],
    ['logcosh', 4, 1.5, '\\log\\cosh (-2.5)'],
    ['poisson', 3, 2, '2 - 3 \\log 2'],
    ['quantile', 4, 1.5, '\\max(0.5 \\cdot 2.5,\\ (-0.5) \\cdot 2.5)'],
    ['hinge', 1, 0.5, '\\max(0,\\ 1 - 1\\cdot 0.5)'],
    ['squared_hinge', -1, 0.5, '\\max(0,\\ 1 - (-1)\\cdot 0.5)^2'],
    ['exponential', 1, -2, 'e^{-1\\cdot (-2)}'],
    ['zero_one', 1, 0.5, '\\mathbb{1}[1\\cdot 0.5 \\le 0]'],
    ['bce_logits', 1, 2, '\\log(1 + e^{-1\\cdot 2})'],
  ] as const)('%s with y = %d, ŷ = %d', (id, y, yHat, tex) => {
    expect(termTex(id, y, yHat, P)).toBe(tex);
  });

  it('reads a label 0 as −1 for the margin losses', () => {
    expect(termTex('hinge', 0, 0.5, P)).toBe(termTex('hinge', -1, 0.5, P));
  });

  it('writes Huber’s quadratic part inside δ and its linear part beyond', () => {
    expect(termTex('huber', 4, 3.5, P)).toBe('\\tfrac12 \\cdot (-0.5)^2');
    expect(termTex('huber', 4, 1.5, P)).toBe('1(\\lvert (-2.5) \\rvert - \\tfrac12 \\cdot 1)');
    expect(termTex('huber', 4, 1.5, { ...P, delta: 3 })).toBe('\\tfrac12 \\cdot (-2.5)^2');
  });

  it('writes cross-entropy as −log p for y = 1 and −log(1 − p) for y = 0 (ℓ for soft labels)', () => {
    expect(termTex('bce', 1, 0.8, P)).toBe('-\\log 0.8');
    expect(termTex('bce', 0, 0.8, P)).toBe('-\\log(1 - 0.8)');
    expect(termTex('bce', 0.3, 0.8, P)).toBe('\\ell');
  });

  it('writes focal with α_t and p_t of the label', () => {
    expect(termTex('focal', 1, 0.9, P)).toBe('-0.25\\,(1 - 0.9)^{2} \\log 0.9');
    expect(termTex('focal', 0, 0.9, P)).toBe('-0.75\\,(1 - (1 - 0.9))^{2} \\log (1 - 0.9)');
  });

  it('falls back to ℓ for a loss it does not write out', () => {
    expect(termTex('cce', 1, 0.5, P)).toBe('\\ell');
  });
});

describe('classTermTex', () => {
  it('writes −log q of the true class for a one-hot label', () => {
    expect(classTermTex('cce', [0, 1, 0], [0.2, 0.7, 0.1])).toBe('-1\\log 0.7');
  });

  it('sums over the classes a soft label holds, in parentheses', () => {
    expect(classTermTex('cce', [0.5, 0.5, 0], [0.4, 0.4, 0.2])).toBe(
      '-(0.5\\log 0.4 + 0.5\\log 0.4)',
    );
  });

  it('writes KL as Σ y log(y / q) over the classes with y > 0', () => {
    expect(classTermTex('kl', [0, 1, 0], [0.2, 0.7, 0.1])).toBe('1\\log\\frac{1}{0.7}');
  });
});
