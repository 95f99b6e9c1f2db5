import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHUNK_ELEMENTS, lossSurface, lossValue, trainPath, type LossId } from './index';
import './test/setup';

const seedData = { x: [1, 2, 3, 4], y: [2, 4, 6, 8] };
const axis = (lo: number, hi: number, n: number) =>
  Array.from({ length: n }, (_, i) => lo + ((hi - lo) * i) / (n - 1));

describe('lossSurface', () => {
  it.each([
    'mse',
    'mae',
    'huber',
    'logcosh',
    'quantile',
    'hinge',
    'exponential',
    'bce_logits',
  ] as const)('%s at each grid point equals lossValue of that linear model', async (loss) => {
    const margin = ['hinge', 'exponential'].includes(loss);
    const x = [1, 2, -1.5, 0.5];
    const y = margin ? [1, -1, 1, -1] : loss === 'bce_logits' ? [1, 0, 0.3, 1] : [2, 1, -3, 0.5];
    const w = axis(-2, 2, 7);
    const b = axis(-1, 1, 5);
    const { values } = await lossSurface({ model: 'linear', x, y, loss, w, b });
    expect(values).toHaveLength(35);
    b.forEach((bi, i) =>
      w.forEach((wj, j) => {
        const want = lossValue(
          loss,
          y,
          x.map((v) => wj * v + bi),
        );
        expect(values[i * w.length + j]).toBeCloseTo(want, 4);
      }),
    );
  });

  it.each(['bce', 'focal', 'mse', 'hinge'] as const)(
    '%s of the logistic model equals lossValue at p = σ(z) or z',
    async (loss: LossId) => {
      const x = [-2, -0.5, 1, 3];
      const y = loss === 'hinge' ? [-1, 1, 1, -1] : [0, 1, 1, 0];
      const w = [-1, 0.5, 2];
      const b = [-0.5, 0.7];
      const { values } = await lossSurface({ model: 'logistic', x, y, loss, w, b });
      b.forEach((bi, i) =>
        w.forEach((wj, j) => {
          const z = x.map((v) => wj * v + bi);
          const yHat = loss === 'hinge' ? z : z.map((v) => 1 / (1 + Math.exp(-v)));
          expect(values[i * w.length + j]).toBeCloseTo(lossValue(loss, y, yHat), 4);
        }),
      );
    },
  );

  it('the MSE surface’s minimum is the least-squares solution', async () => {
    fc.assert(
      fc.asyncProperty(
        fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 6, maxLength: 6 }),
        async (noise) => {
          const x = [0, 1, 2, 3, 4, 5];
          const y = x.map((v, i) => 1.5 * v - 2 + noise[i]);
          // Closed form: w = cov(x, y) / var(x), b = ȳ − w·x̄.
          const mx = x.reduce((s, v) => s + v, 0) / 6;
          const my = y.reduce((s, v) => s + v, 0) / 6;
          const wStar =
            x.reduce((s, v, i) => s + (v - mx) * (y[i] - my), 0) /
            x.reduce((s, v) => s + (v - mx) ** 2, 0);
          const bStar = my - wStar * mx;
          const w = axis(wStar - 1, wStar + 1, 41);
          const b = axis(bStar - 2, bStar + 2, 41);
          const { values } = await lossSurface({ model: 'linear', x, y, loss: 'mse', w, b });
          const k = values.indexOf(Math.min(...values));
          // The grid's centre (20, 20) is the exact minimiser.
          return k === 20 * 41 + 20;
        },
      ),
      { numRuns: 15 },
    );
  });

  it('chunks the grid without changing a value (more rows than one chunk holds)', async () => {
    const m = 2000;
    const x = Array.from({ length: m }, (_, i) => (i / m) * 4 - 2);
    const y = x.map((v) => 0.5 * v + Math.sin(7 * v));
    const w = axis(-2, 2, 64);
    const b = axis(-2, 2, 64);
    expect(64 * 64 * m).toBeGreaterThan(CHUNK_ELEMENTS); // several chunks
    const { values } = await lossSurface({ model: 'linear', x, y, loss: 'huber', w, b });
    for (const [i, j] of [
      [0, 0],
      [31, 17],
      [63, 63],
      [40, 2],
    ]) {
      expect(values[i * 64 + j]).toBeCloseTo(
        lossValue(
          'huber',
          y,
          x.map((v) => w[j] * v + b[i]),
        ),
        4,
      );
    }
  });

  it('adds the L2 penalty on w only', async () => {
    const plain = await lossSurface({
      model: 'linear',
      ...seedData,
      loss: 'mse',
      w: [0, 1, 2],
      b: [0, 3],
    });
    const reg = await lossSurface({
      model: 'linear',
      ...seedData,
      loss: 'mse',
      w: [0, 1, 2],
      b: [0, 3],
      regularization: { l2: 0.5 },
    });
    [0, 1, 2].forEach((j) =>
      [0, 1].forEach((i) =>
        expect(reg.values[i * 3 + j] - plain.values[i * 3 + j]).toBeCloseTo(0.5 * j * j, 4),
      ),
    );
  });

  it('agrees with trainPath’s recorded loss along a path', async () => {
    const path = await trainPath({
      model: 'linear',
      ...seedData,
      loss: 'mse',
      init: { w: 0.5, b: 0.5 },
      optimizer: { name: 'sgd', lr: 0.05 },
      steps: 5,
    });
    for (let k = 0; k < 6; k++) {
      const { values } = await lossSurface({
        model: 'linear',
        ...seedData,
        loss: 'mse',
        w: [path.w[k]],
        b: [path.b[k]],
      });
      expect(values[0]).toBeCloseTo(path.loss[k], 4);
    }
  });

  it('stops with an AbortError when the request is superseded', async () => {
    const ctl = new AbortController();
    ctl.abort();
    await expect(
      lossSurface({
        model: 'linear',
        ...seedData,
        loss: 'mse',
        w: [0],
        b: [0],
        signal: ctl.signal,
      }),
    ).rejects.toThrow();
  });
});
