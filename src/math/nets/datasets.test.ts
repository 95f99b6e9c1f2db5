import { describe, expect, it } from 'vitest';
import { ANSCOMBE, irisTwoClass } from './datasets';
import { IRIS } from './iris';

const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;

/** Ordinary least squares y = a + bx, in float64. */
function ols(x: number[], y: number[]) {
  const mx = mean(x);
  const my = mean(y);
  let sxy = 0;
  let sxx = 0;
  x.forEach((xi, i) => {
    sxy += (xi - mx) * (y[i] - my);
    sxx += (xi - mx) ** 2;
  });
  return { a: my - (sxy / sxx) * mx, b: sxy / sxx };
}

describe("Anscombe's quartet (1973, Table 1)", () => {
  it.each([0, 1, 2, 3])('set %i: mean x = 9, mean y ≈ 7.50, line y ≈ 3.00 + 0.500x', (k) => {
    const { x, y } = ANSCOMBE[k];
    expect(x).toHaveLength(11);
    expect(y).toHaveLength(11);
    expect(mean(x)).toBe(9);
    expect(mean(y)).toBeCloseTo(7.5, 2);
    const { a, b } = ols(x, y);
    expect(a).toBeCloseTo(3.0, 2);
    expect(b).toBeCloseTo(0.5, 2);
  });
});

describe('iris', () => {
  it('has 150 rows, 50 per class, measurements in cm', () => {
    expect(IRIS).toHaveLength(150);
    for (const c of [0, 1, 2]) expect(IRIS.filter((r) => r[4] === c)).toHaveLength(50);
    expect(IRIS[0]).toEqual([5.1, 3.5, 1.4, 0.2, 0]);
  });

  it('two classes: versicolor 0, virginica 1, with the chosen features', () => {
    const rows = irisTwoClass([2, 3]);
    expect(rows).toHaveLength(100);
    expect(rows.filter((r) => r.label === 1)).toHaveLength(50);
    expect(rows[0]).toEqual({ x: [4.7, 1.4], label: 0 });
  });
});
