import { describe, expect, it } from 'vitest';
import type { CustomLoss } from '../../math';
import { renderMarkup } from '../charts/svgSnapshot';
import { CustomTable, FormulaError } from './CustomLossParts';
import {
  computeCustom,
  customSeries,
  FIT_STEPS,
  GRID,
  X,
  Y,
  YHAT,
  type CustomMath,
} from './customLossFit';

// A stand-in for the math module: the mean squared error, by hand (no tfjs here).
const value = (y: number[], yh: number[]) =>
  y.reduce((t, yi, i) => t + (yh[i] - yi) ** 2, 0) / y.length;
const mse = {
  customLossValue: (_l: CustomLoss, y: number[], yh: number[]) => value(y, yh),
  customLossGradient: (_l: CustomLoss, y: number[], yh: number[]) =>
    y.map((yi, i) => (2 * (yh[i] - yi)) / y.length),
  customLossCurve: (_l: CustomLoss, y: number, yhs: number[]) => ({
    loss: yhs.map((v) => (v - y) ** 2),
    grad: yhs.map((v) => 2 * (v - y)),
  }),
} as unknown as CustomMath;
const loss = {} as CustomLoss;

describe('computeCustom', () => {
  const r = computeCustom(mse, loss);

  it('values and gradient on the seed example', () => {
    // errors 0.5, −1, 1, 0: L = (0.25 + 1 + 1 + 0) / 4
    expect(r.value).toBeCloseTo(0.5625, 12);
    expect(r.grad).toEqual([0.25, -0.5, 0.5, 0]);
    expect(X.map((x) => 2 * x)).toEqual(Y);
    expect(YHAT).toHaveLength(Y.length);
  });

  it('the curves over ŷ ∈ [−3, 3] at y = 0', () => {
    expect(GRID).toHaveLength(121);
    expect(GRID[0]).toBe(-3);
    expect(GRID[120]).toBeCloseTo(3, 12);
    expect(r.curve.loss[0]).toBeCloseTo(9, 12);
    expect(r.curve.loss[60]).toBeCloseTo(0, 12);
  });

  it('the fit starts at w = b = 0.5, takes FIT_STEPS steps and goes down toward y = 2x', () => {
    expect(r.fit).toHaveLength(FIT_STEPS + 1);
    // ŷ = 0.5x + 0.5 against 2x: errors −1, −2.5, −4, −5.5
    expect(r.fit[0]).toBeCloseTo((1 + 6.25 + 16 + 30.25) / 4, 12);
    for (let i = 1; i < r.fit.length; i++) expect(r.fit[i]).toBeLessThan(r.fit[i - 1]);
    expect(r.fit[FIT_STEPS]).toBeLessThan(0.05);
    expect(r.w).toBeGreaterThan(1.8);
    expect(Math.abs(r.b)).toBeLessThan(0.6);
  });

  it('series: ℓ, ℓ′ and the fit against its step; no ℓ′ series without a gradient curve', () => {
    const s = customSeries(r);
    expect(s.loss[0].y).toBe(r.curve.loss);
    expect(s.grad).toHaveLength(1);
    expect(s.fit[0].x).toEqual(Array.from({ length: FIT_STEPS + 1 }, (_, i) => i));
    expect(new Set([s.loss[0].id, s.grad[0].id, s.fit[0].id]).size).toBe(3);
    const flat = customSeries({ ...r, curve: { ...r.curve, grad: null } } as typeof r);
    expect(flat.grad).toEqual([]);
  });

  it('an error of the math module reaches the caller (the card shows it)', () => {
    const broken = {
      ...mse,
      customLossCurve: () => {
        throw new Error('bad curve');
      },
    };
    expect(() => computeCustom(broken as CustomMath, loss)).toThrow('bad curve');
  });
});

describe('FormulaError', () => {
  it('says the column (1-based) and puts the caret under it', () => {
    const html = renderMarkup(
      <FormulaError text="yhat + * y" error={{ pos: 7, message: 'unexpected *' }} />,
    );
    expect(html).toContain('role="alert"');
    expect(html).toContain('Column 8: unexpected *');
    const caret = /<pre[^>]*>([\s\S]*?)<\/pre>/.exec(html)![1];
    const [line, mark] = caret.split('\n');
    expect(line).toBe('yhat + * y');
    expect(mark).toBe(' '.repeat(7) + '^');
    expect(line[mark.indexOf('^')]).toBe('*');
    expect(html).toContain('The last valid formula stays in use.');
  });

  it('echoes at most 120 characters and keeps the caret inside them', () => {
    const long = 'y'.repeat(300);
    const html = renderMarkup(<FormulaError text={long} error={{ pos: 250, message: 'x' }} />);
    const [line, mark] = /<pre[^>]*>([\s\S]*?)<\/pre>/.exec(html)![1].split('\n');
    expect(line).toHaveLength(120);
    expect(mark).toBe(' '.repeat(120) + '^');
  });
});

describe('CustomTable', () => {
  it('a row per point with y, ŷ and ∂L/∂ŷ, and L in the footer', () => {
    const r = computeCustom(mse, loss);
    const html = renderMarkup(<CustomTable result={r} />);
    const rows = [
      ...html.matchAll(/<tr><td>([^<]+)<\/td><td>([^<]+)<\/td><td>([^<]+)<\/td><\/tr>/g),
    ];
    expect(rows.map((m) => m.slice(1, 4))).toEqual([
      ['2', '2.5', '0.25'],
      ['4', '3', '−0.5'], // fmt writes a true minus sign
      ['6', '7', '0.5'],
      ['8', '8', '0'],
    ]);
    expect(html).toMatch(/data-testid="custom-value">0\.5625</);
  });
});
