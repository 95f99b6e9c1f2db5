import { describe, expect, it } from 'vitest';
import * as math from '../../math';
import { fittingLosses, pathPulls, stepView, type ViewInput } from './modelView';

const seed: ViewInput = {
  model: 'linear',
  loss: 'mse',
  l2: 0,
  points: [1, 2, 3, 4].map((x) => ({ x, y: 2 * x })),
  trainIdx: [0, 1, 2, 3],
  heldIdx: [],
};

describe('stepView', () => {
  it('the seed example at w = b = 0.5: MSE pulls ℓ′ = 2e and ‖∇L‖ of the hand gradient', () => {
    const before = math.tensorCount();
    const v = stepView(math, seed, 0.5, 0.5, 30.375);
    // e = 0.5x + 0.5 − 2x = [−1, −2.5, −4, −5.5]; dL/dw = 2 mean(e x) = −20, dL/db = 2 mean(e) = −6.5.
    expect(v.pull.map((p) => Number(p.toFixed(4)))).toEqual([-2, -5, -8, -11]);
    expect(v.gradNorm).toBeCloseTo(Math.hypot(20, 6.5), 3);
    expect(v.quality.train).toBeLessThan(1);
    expect(v.heldLoss).toBeNaN();
    expect(math.tensorCount()).toBe(before);
  });

  it('a row of pathPulls gives the same view as the per-step call (held-out points NaN, a diverged step empty)', () => {
    const v: ViewInput = { ...seed, loss: 'huber', l2: 0.1, trainIdx: [0, 2, 3], heldIdx: [1] };
    const path = { w: [1.8, 2.1, -2, Infinity], b: [0.3, -0.4, 1, 0] };
    const rows = pathPulls(math, v, path);
    expect(rows).toHaveLength(4);
    path.w.slice(0, 3).forEach((w, k) => {
      const one = stepView(math, v, w, path.b[k], 1);
      const batched = stepView(math, v, w, path.b[k], 1, rows![k]);
      expect(batched.pull[1]).toBeNaN();
      v.trainIdx.forEach((i) => expect(batched.pull[i]).toBeCloseTo(one.pull[i], 5));
      expect(batched.gradNorm).toBeCloseTo(one.gradNorm, 5);
    });
    expect(stepView(math, v, 0, 0, 1, rows![3]).gradNorm).toBeNaN();
  });

  it('L2 adds 2λw to dL/dw and λw² to the loss', () => {
    const v = stepView(math, { ...seed, l2: 0.5 }, 2, 0, 4);
    expect(v.gradNorm).toBeCloseTo(2 * 0.5 * 2, 4);
  });

  it('logistic with bce pulls on the score by p − y; accuracy counts p ≥ 0.5', () => {
    const v = stepView(
      math,
      {
        ...seed,
        model: 'logistic',
        loss: 'bce',
        points: [
          { x: -1, y: 0 },
          { x: 1, y: 1 },
          { x: 2, y: 0 },
        ],
        trainIdx: [0, 1, 2],
      },
      1,
      0,
      0,
    );
    const s = (z: number) => 1 / (1 + Math.exp(-z));
    expect(v.pull[0]).toBeCloseTo(s(-1), 4);
    expect(v.pull[1]).toBeCloseTo(s(1) - 1, 4);
    expect(v.pull[2]).toBeCloseTo(s(2), 4);
    expect(v.quality.train).toBeCloseTo(2 / 3, 10);
  });

  it('a confidently wrong logistic point keeps its bce pull (score form, not the clip)', () => {
    const v = stepView(
      math,
      {
        ...seed,
        model: 'logistic',
        loss: 'bce',
        points: [
          { x: 40, y: 0 },
          { x: -1, y: 0 },
        ],
        trainIdx: [0, 1],
      },
      1,
      0,
      0,
    );
    // σ(40) rounds to 1 in float32: the clipped form's pull would be 0; dℓ/dz = σ(z) − y = 1.
    expect(v.pull[0]).toBeCloseTo(1, 4);
    expect(v.heldLoss).toBeNaN();
  });
});

describe('fittingLosses', () => {
  it('regression data on the linear model: the value losses that take any real y', () => {
    const ids = fittingLosses(math, 'linear', seed.points).map((d) => d.id);
    expect(ids).toEqual(expect.arrayContaining(['mse', 'mae', 'huber', 'logcosh', 'quantile']));
    expect(ids).not.toContain('bce');
    expect(ids).not.toContain('poisson');
    expect(ids).not.toContain('hinge');
    expect(ids).not.toContain('zero_one');
  });

  it('0/1 labels on the logistic model: cross-entropy, focal and the margin losses', () => {
    const pts = [
      { x: 0, y: 0 },
      { x: 1, y: 1 },
    ];
    const ids = fittingLosses(math, 'logistic', pts).map((d) => d.id);
    expect(ids).toEqual(expect.arrayContaining(['bce', 'bce_logits', 'focal', 'hinge', 'mse']));
    expect(ids).not.toContain('cce');
    expect(ids).not.toContain('zero_one');
  });

  it('2-D classes on the MLP: the classification losses read from its logit', () => {
    const pts = [
      { x: 0, y: 0.3, label: 0 as const },
      { x: 1, y: -2, label: 1 as const },
    ];
    const ids = fittingLosses(math, 'mlp', pts).map((d) => d.id);
    expect(ids.sort()).toEqual(
      ['bce', 'bce_logits', 'exponential', 'focal', 'hinge', 'squared_hinge'].sort(),
    );
  });
});
