import { describe, expect, it } from 'vitest';
import { lossSurface } from '../../math/surface';
import { minimumTrajectory, penalizedMinimum, penaltyAt } from './regGeometry';
import { axis, type Grid } from './surfaceGeometry';

// A noisy line: the data-loss (MSE) surface of the linear model, from the app's own lossSurface.
const x = [-1, 0.5, 1, 2, 3.5, 4];
const y = [-0.9, 1.6, 2.1, 3.8, 6.9, 7.2];
const n = x.length;
const mean = (v: number[]) => v.reduce((s, a) => s + a, 0) / v.length;
const [mx, my] = [mean(x), mean(y)];
const sxx = x.reduce((s, a) => s + (a - mx) ** 2, 0);
const sxy = x.reduce((s, a, i) => s + (a - mx) * (y[i] - my), 0);

async function mseGrid(l2 = 0, g = 97): Promise<Grid> {
  const w = axis([-1, 3], g);
  const b = axis([-2, 4], g);
  const regularization = l2 > 0 ? { l2 } : undefined;
  const { values } = await lossSurface({
    model: 'linear',
    x,
    y,
    loss: 'mse',
    w,
    b,
    regularization,
  });
  return { w, b, values };
}

describe('regularisation geometry', () => {
  it('the penalty is on w only: λ·w² for L2, λ·|w| for L1', () => {
    expect(penaltyAt({ l2: 0.5 }, -2)).toBeCloseTo(2, 12);
    expect(penaltyAt({ l1: 0.5 }, -2)).toBeCloseTo(1, 12);
    expect(penaltyAt(undefined, 3)).toBe(0);
  });

  it('MSE + λw²: the minimum is the ridge solution w* = Sxy / (Sxx + Nλ), b* = ȳ − w*·x̄', async () => {
    const data = await mseGrid();
    const cell = 4 / 96;
    for (const l2 of [0, 0.1, 0.5, 2]) {
      const m = penalizedMinimum(data, { l2 })!;
      const w = sxy / (sxx + n * l2);
      // Sub-cell: the Newton refinement is exact for a quadratic, up to float32 rounding.
      expect(Math.abs(m.w - w)).toBeLessThan(cell / 20);
      expect(Math.abs(m.b - (my - w * mx))).toBeLessThan(cell / 20);
    }
  });

  it('agrees with the minimum of the surface computed with the penalty included', async () => {
    const [data, withPenalty] = [await mseGrid(), await mseGrid(0.5)];
    const a = penalizedMinimum(data, { l2: 0.5 })!;
    const b = penalizedMinimum(withPenalty)!;
    expect(a.w).toBeCloseTo(b.w, 3);
    expect(a.b).toBeCloseTo(b.b, 3);
    expect(a.value).toBeCloseTo(b.value, 3);
  });

  it('MSE + λ|w|: soft thresholding, down to w = 0 (to the grid) once λ ≥ 2·Sxy / N', async () => {
    const data = await mseGrid();
    const l1 = 0.8;
    const m = penalizedMinimum(data, { l1 })!;
    expect(m.w).toBeCloseTo((sxy - (n * l1) / 2) / sxx, 1);
    const big = penalizedMinimum(data, { l1: (2.2 * sxy) / n })!;
    // The grid point next to 0 can win by b's rounding to the grid: within one cell.
    expect(Math.abs(big.w)).toBeLessThanOrEqual(4 / 96 + 1e-9);
    expect(big.b).toBeCloseTo(my, 1);
  });

  it('the trajectory over λ runs from the data-loss minimum towards w = 0, monotonically', async () => {
    const path = minimumTrajectory(await mseGrid(), { l2: 0.5 });
    expect(path[0].s).toBe(0);
    expect(path[0].at.w).toBeCloseTo(sxy / sxx, 3);
    for (let k = 1; k < path.length; k++) expect(path[k].at.w).toBeLessThan(path[k - 1].at.w);
    expect(path.find((p) => p.s === 1)!.at.w).toBeCloseTo(sxy / (sxx + n * 0.5), 3);
  });

  it('ignores non-finite cells and gives null for a grid with none finite', () => {
    const grid: Grid = {
      w: [0, 1, 2],
      b: [0, 1],
      values: Float32Array.from([9, 1, Infinity, NaN, 5, 7]),
    };
    expect(penalizedMinimum(grid)).toEqual({ w: 1, b: 0, value: 1 });
    expect(penalizedMinimum({ ...grid, values: new Float32Array(6).fill(NaN) })).toBeNull();
  });
});
