import { describe, expect, it } from 'vitest';
import { leaked } from './test/setup';
import { LossInputError, lossValue, trainPath, type TrainRequest } from './index';

// The seed example: x = [1, 2, 3, 4], y = 2x, w = b = 0.5, plain gradient descent at 0.1.
const seed: TrainRequest = {
  model: 'linear',
  x: [1, 2, 3, 4],
  y: [2, 4, 6, 8],
  loss: 'mse',
  init: { w: 0.5, b: 0.5 },
  optimizer: { name: 'sgd', lr: 0.1 },
  steps: 1000,
};

describe('trainPath', () => {
  it('fits the seed example: loss < 1e-6, w → 2, b → 0', async () => {
    const r = await trainPath(seed);
    expect(r.loss).toHaveLength(1001);
    expect(r.w).toHaveLength(1001);
    expect(r.divergedAt).toBeUndefined();
    expect(r.loss[1000]).toBeLessThan(1e-6);
    expect(r.w[1000]).toBeCloseTo(2, 3);
    expect(r.b[1000]).toBeCloseTo(0, 2);
    // The first state is the initial one, and its loss is lossValue of its predictions.
    expect(r.w[0]).toBe(0.5);
    const first = lossValue(
      'mse',
      seed.y,
      seed.x.map((v) => 0.5 * v + 0.5),
    );
    expect(r.loss[0]).toBeCloseTo(first, 4);
  });

  it('takes exactly one gradient step per step: the first step by hand', async () => {
    // L = mean((w x + b − y)²); dL/dw = 2 mean(e x), dL/db = 2 mean(e).
    // At w = b = 0.5: e = 0.5x + 0.5 − 2x = 0.5 − 1.5x = [−1, −2.5, −4, −5.5].
    // mean(e x) = (−1 − 5 − 12 − 22) / 4 = −10, mean(e) = −13 / 4 = −3.25.
    const r = await trainPath({ ...seed, steps: 1 });
    expect(r.w[1]).toBeCloseTo(0.5 - 0.1 * 2 * -10, 5); // 2.5
    expect(r.b[1]).toBeCloseTo(0.5 - 0.1 * 2 * -3.25, 5); // 1.15
  });

  it('reports divergence at a learning rate beyond the stability limit', async () => {
    // λ_max of the seed's Hessian is ≈ 16.70, so η = 0.13 > 2/λ_max ≈ 0.1198 diverges.
    const r = await trainPath({ ...seed, optimizer: { name: 'sgd', lr: 0.2 } });
    expect(r.divergedAt).toBeGreaterThan(0);
    expect(r.loss).toHaveLength((r.divergedAt ?? 0) + 1);
    const last = r.loss[r.loss.length - 1];
    expect(!Number.isFinite(last) || last > 1e12).toBe(true);
    for (const l of r.loss.slice(0, -1)) expect(l).toBeLessThanOrEqual(1e12);
  });

  it('converges at 0.1 and diverges at 0.13, either side of 2/λ_max', async () => {
    const ok = await trainPath({ ...seed, optimizer: { name: 'sgd', lr: 0.1 } });
    const bad = await trainPath({ ...seed, optimizer: { name: 'sgd', lr: 0.13 }, steps: 3000 });
    expect(ok.divergedAt).toBeUndefined();
    expect(bad.divergedAt).toBeDefined();
  });

  it.each(['momentum', 'rmsprop', 'adagrad', 'adam'] as const)(
    '%s lowers the loss of the seed example',
    async (name) => {
      const lr = name === 'momentum' ? 0.01 : name === 'adagrad' ? 0.5 : 0.05;
      const r = await trainPath({ ...seed, optimizer: { name, lr }, steps: 300 });
      expect(r.divergedAt).toBeUndefined();
      expect(r.loss[300]).toBeLessThan(r.loss[0] / 10);
    },
  );

  it('mini-batches are reproducible by seed and differ between seeds', async () => {
    const req = { ...seed, batchSize: 1, steps: 20, seed: 7 };
    const a = await trainPath(req);
    const b = await trainPath(req);
    const c = await trainPath({ ...req, seed: 8 });
    expect(a.w).toEqual(b.w);
    expect(a.w).not.toEqual(c.w);
  });

  it('trains the logistic model with bce from the score', async () => {
    const r = await trainPath({
      model: 'logistic',
      x: [-2, -1, 1, 2],
      y: [0, 0, 1, 1],
      loss: 'bce',
      init: { w: 0, b: 0 },
      optimizer: { name: 'sgd', lr: 1 },
      steps: 200,
    });
    // At w = b = 0 every p is ½: the loss is ln 2.
    expect(r.loss[0]).toBeCloseTo(Math.LN2, 5);
    expect(r.loss[200]).toBeLessThan(0.1);
    expect(r.w[200]).toBeGreaterThan(1);
  });

  it('L2 regularisation shrinks w and leaves b unpenalised', async () => {
    const plain = await trainPath({ ...seed, steps: 2000 });
    const reg = await trainPath({ ...seed, steps: 2000, regularization: { l2: 1 } });
    expect(reg.w[2000]).toBeLessThan(plain.w[2000] - 0.1);
    // The penalty is in the recorded loss: at the start, λw² = 0.25 more.
    expect(reg.loss[0] - plain.loss[0]).toBeCloseTo(0.25, 4);
  });

  it('leaks no tensors, also on error and on divergence', async () => {
    expect(await leaked(() => trainPath({ ...seed, steps: 250 }))).toBe(0);
    expect(await leaked(() => trainPath({ ...seed, steps: 250, batchSize: 3 }))).toBe(0);
    expect(await leaked(() => trainPath({ ...seed, optimizer: { name: 'sgd', lr: 0.5 } }))).toBe(0);
    expect(await leaked(() => trainPath({ ...seed, optimizer: { name: 'adam', lr: -1 } }))).toBe(0);
  });

  // tfjs's MomentumOptimizer.dispose() forgets its −lr scalar: one tensor per run before the fix.
  it.each(['sgd', 'momentum', 'rmsprop', 'adagrad', 'adam'] as const)(
    'leaks no tensors with %s',
    async (name) => {
      const lr = name === 'sgd' || name === 'momentum' ? 0.05 : 0.01;
      expect(await leaked(() => trainPath({ ...seed, steps: 60, optimizer: { name, lr } }))).toBe(
        0,
      );
    },
  );

  it.each([
    ['a non-positive learning rate', { optimizer: { name: 'sgd', lr: 0 } }, 'optimizer.lr'],
    ['a NaN learning rate', { optimizer: { name: 'sgd', lr: NaN } }, 'optimizer.lr'],
    ['zero steps', { steps: 0 }, 'steps'],
    ['fractional steps', { steps: 2.5 }, 'steps'],
    ['an unknown optimizer', { optimizer: { name: 'lbfgs', lr: 0.1 } }, 'optimizer.name'],
    ['a NaN in x', { x: [1, NaN, 3, 4] }, 'x[1]'],
    ['y shorter than x', { y: [2, 4] }, 'y'],
    ['empty data', { x: [], y: [] }, 'x'],
    ['an infinite init', { init: { w: Infinity, b: 0 } }, 'init.w'],
    ['zero_one (no gradient)', { loss: 'zero_one', y: [1, -1, 1, -1] }, 'loss'],
    ['cce on a 1-D model', { loss: 'cce' }, 'loss'],
    ['a negative λ', { regularization: { l2: -1 } }, 'regularization.l2'],
    ['a batch size of 0', { batchSize: 0 }, 'batchSize'],
  ])('throws LossInputError for %s', async (_name, patch, field) => {
    const req = { ...seed, ...patch } as TrainRequest;
    await expect(trainPath(req)).rejects.toThrow(LossInputError);
    await expect(trainPath(req)).rejects.toMatchObject({ field });
  });
});
