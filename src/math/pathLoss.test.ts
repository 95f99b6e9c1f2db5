import { describe, expect, it } from 'vitest';
import { leaked } from './test/setup';
import { lossValue, pathLoss, pathPointGradients, pointGradients, trainPath } from './index';

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

  it("pathPointGradients gives pointGradients' dz at every step, NaN rows where a step is out of range", () => {
    const cases = [
      { ...seed, w: [0.5, 1, 2.5, Infinity], b: [0, -1, 3, 0] },
      { ...seed, loss: 'huber' as const, w: [0.5, 1, 2.5, NaN], b: [0, -1, 3, 0] },
      {
        model: 'logistic' as const,
        x: [-2, 0.5, 3, 30],
        y: [0, 1, 1, 0],
        loss: 'bce' as const,
        w: [0.2, 1, -3, 2e6],
        b: [0, 0.4, 1, 0],
      },
      {
        model: 'logistic' as const,
        x: [-2, 0.5, 3],
        y: [-1, 1, 1],
        loss: 'squared_hinge' as const,
        w: [0.2, 1, -3, 0],
        b: [0, 0.4, 1, 0],
      },
    ];
    for (const c of cases) {
      const { dz } = pathPointGradients(c);
      expect(dz).toHaveLength(c.w.length);
      c.w.forEach((w, k) => {
        let one: Float32Array | null;
        try {
          one = pointGradients({ ...c, w, b: c.b[k] }).dz;
        } catch {
          one = null;
        }
        if (one === null) expect(Array.from(dz[k]).every(Number.isNaN)).toBe(true);
        else Array.from(one).forEach((d, i) => expect(dz[k][i]).toBeCloseTo(d, 5));
      });
    }
  });

  it('pathPointGradients leaks nothing and rejects mismatched paths', async () => {
    expect(await leaked(() => pathPointGradients({ ...seed, w: [1, 2], b: [0, 1] }))).toBe(0);
    expect(() => pathPointGradients({ ...seed, w: [1, 2], b: [0] })).toThrow();
  });
});
