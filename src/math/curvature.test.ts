import { describe, expect, it } from 'vitest';
import { leaked } from './test/setup';
import { curvature, eig2, stabilityLimit } from './curvature';
import { trainPath } from './train';

const seed = { model: 'linear' as const, x: [1, 2, 3, 4], y: [2, 4, 6, 8], loss: 'mse' as const };

describe('curvature and the stability limit', () => {
  it('gives the seed example’s exact Hessian and λ_max ≈ 16.70', () => {
    // L = mean((w x + b − y)²): H = (2/N) Σ [[x², x], [x, 1]] = ½ [[30, 10], [10, 4]] = [[15, 5], [5, 2]].
    const c = curvature({ ...seed, at: { w: 0.5, b: 0.5 } });
    expect(c.hessian[0][0]).toBeCloseTo(15, 2);
    expect(c.hessian[0][1]).toBeCloseTo(5, 2);
    expect(c.hessian[1][1]).toBeCloseTo(2, 2);
    const exact = (17 + Math.sqrt(13 * 13 + 4 * 25)) / 2; // eigenvalues of [[15, 5], [5, 2]]
    expect(exact).toBeCloseTo(16.7, 2);
    expect(c.eigenvalues[0]).toBeCloseTo(exact, 2);
    expect(c.lambdaMax).toBeCloseTo(exact, 2);
    expect(c.exact).toBe(true);
    expect(c.condition).toBeCloseTo(exact / ((17 - Math.sqrt(269)) / 2), 0);
    expect(stabilityLimit(c.lambdaMax, { name: 'sgd' })).toBeCloseTo(2 / exact, 4);
    expect(stabilityLimit(c.lambdaMax, { name: 'momentum', momentum: 0.9 })).toBeCloseTo(
      3.8 / exact,
      4,
    );
    expect(stabilityLimit(c.lambdaMax, { name: 'adam' })).toBeNull();
  });

  it('the limit separates convergence from divergence for plain gradient descent', async () => {
    const limit = stabilityLimit(curvature({ ...seed, at: { w: 0, b: 0 } }).lambdaMax, {
      name: 'sgd',
    })!;
    const below = await trainPath({
      ...seed,
      init: { w: 0.5, b: 0.5 },
      optimizer: { name: 'sgd', lr: 0.97 * limit },
      steps: 3000,
    });
    const above = await trainPath({
      ...seed,
      init: { w: 0.5, b: 0.5 },
      optimizer: { name: 'sgd', lr: 1.03 * limit },
      steps: 3000,
    });
    expect(below.divergedAt).toBeUndefined();
    expect(above.divergedAt).toBeDefined();
  });

  it('L2 adds 2λ to the w-curvature only', () => {
    const c = curvature({ ...seed, regularization: { l2: 0.5 }, at: { w: 1, b: 1 } });
    expect(c.hessian[0][0]).toBeCloseTo(16, 2);
    expect(c.hessian[1][1]).toBeCloseTo(2, 2);
  });

  it('estimates λ_max of the logistic model by power iteration at the current point', () => {
    const c = curvature({
      model: 'logistic',
      x: [-2, -1, 1, 2],
      y: [0, 0, 1, 1],
      loss: 'bce',
      at: { w: 0, b: 0 },
    });
    // At z = 0, σ′ = ¼: H = ¼ mean([[x², x], [x, 1]]) = ¼ [[2.5, 0], [0, 1]].
    expect(c.eigenvalues[0]).toBeCloseTo(0.625, 3);
    expect(c.eigenvalues[1]).toBeCloseTo(0.25, 3);
    expect(c.lambdaMax).toBeCloseTo(0.625, 3);
    expect(c.exact).toBe(false);
  });

  it('says n/a for piecewise-linear losses', () => {
    expect(curvature({ ...seed, loss: 'mae', at: { w: 1, b: 0.3 } }).notApplicable).toBe(
      'piecewise-linear',
    );
    expect(curvature({ ...seed, loss: 'huber', at: { w: 1, b: 0.3 } }).notApplicable).toBeNull();
  });

  it('eig2 of a diagonal and of a symmetric matrix', () => {
    expect(
      eig2([
        [3, 0],
        [0, 1],
      ]),
    ).toEqual([3, 1]);
    const [a, b] = eig2([
      [2, 1],
      [1, 2],
    ]);
    expect(a).toBeCloseTo(3, 10);
    expect(b).toBeCloseTo(1, 10);
  });

  it('leaks no tensors and rejects bad points', async () => {
    expect(await leaked(() => curvature({ ...seed, at: { w: 1, b: 1 } }))).toBe(0);
    expect(() => curvature({ ...seed, at: { w: NaN, b: 1 } })).toThrow(/at.w/);
    expect(() =>
      curvature({ ...seed, loss: 'zero_one', y: [1, -1, 1, -1], at: { w: 0, b: 0 } }),
    ).toThrow(/gradient/);
  });
});
