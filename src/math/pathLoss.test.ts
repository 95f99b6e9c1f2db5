import { describe, expect, it } from 'vitest';
import { leaked } from './test/setup';
import { lossValue, pathLoss, pointGradients, trainPath } from './index';

const seed = { model: 'linear' as const, x: [1, 2, 3, 4], y: [2, 4, 6, 8], loss: 'mse' as const };

describe('pathLoss and pointGradients', () => {
  it('gives the loss at each (w, b) pair of a path, as trainPath recorded it', async () => {
    const r = await trainPath({
      ...seed,
      init: { w: 0.5, b: 0.5 },
      optimizer: { name: 'sgd', lr: 0.05 },
      steps: 20,
      regularization: { l2: 0.1 },
    });
    const l = await pathLoss({ ...seed, w: r.w, b: r.b, regularization: { l2: 0.1 } });
    r.loss.forEach((v, k) => expect(l[k]).toBeCloseTo(v, 4));
  });

  it('per-point dℓ/dz in the score form: MSE 2e, and a confidently wrong logistic point keeps its pull', () => {
    const g = pointGradients({ ...seed, w: 1, b: 0 });
    Array.from(g.dz).forEach((d, i) => expect(d).toBeCloseTo(2 * (seed.x[i] - seed.y[i]), 5));
    expect(g.loss[3]).toBeCloseTo(lossValue('mse', [8], [4]), 5);
    // z = 30 for a label 0: bce from the score has dℓ/dz = σ(z) − y ≈ 1, not the clip's 0.
    const wrong = pointGradients({ model: 'logistic', x: [30], y: [0], loss: 'bce', w: 1, b: 0 });
    expect(wrong.dz[0]).toBeCloseTo(1, 5);
  });

  it('leaks nothing and rejects mismatched paths', async () => {
    expect(await leaked(() => pathLoss({ ...seed, w: [1, 2], b: [0, 0] }))).toBe(0);
    expect(await leaked(() => pointGradients({ ...seed, w: 1, b: 2 }))).toBe(0);
    await expect(pathLoss({ ...seed, w: [1, 2], b: [0] })).rejects.toMatchObject({ field: 'b' });
  });
});
