import { describe, expect, it } from 'vitest';
import { leaked } from './test/setup';
import { LossInputError, lossCurve, lossGradient, lossPerPoint, lossValue } from './index';

const y = [2, 4, 6, 8];
const yHat = [1, 1.5, 2, 12];

describe('lossPerPoint', () => {
  it('gives each loss its per-row values and lossValue as their mean, in one call', () => {
    const ids = ['mse', 'mae', 'huber', 'logcosh', 'quantile', 'poisson'] as const;
    const out = lossPerPoint(ids.map((id) => ({ loss: id, y, yHat })));
    ids.forEach((id, k) => {
      expect(out[k].mean).toBeCloseTo(lossValue(id, y, yHat), 4);
      out[k].perPoint.forEach((l, i) => expect(l).toBeCloseTo(lossValue(id, [y[i]], [yHat[i]]), 4));
      expect(out[k].grad).toBeNull();
    });
    expect(Array.from(out[0].perPoint)).toEqual([1, 6.25, 16, 16]);
  });

  it('reads row-wise losses per row (cce, kl) and mixes data sets of any size', () => {
    const p = [
      [1, 0, 0],
      [0, 0.5, 0.5],
    ];
    const q = [
      [0.7, 0.2, 0.1],
      [0.1, 0.3, 0.6],
    ];
    const [cce, one, kl] = lossPerPoint([
      { loss: 'cce', y: p, yHat: q },
      { loss: 'bce', y: [1], yHat: [0.25] },
      { loss: 'kl', y: p, yHat: q },
    ]);
    expect(cce.perPoint).toHaveLength(2);
    expect(cce.perPoint[0]).toBeCloseTo(-Math.log(0.7), 5);
    expect(cce.mean).toBeCloseTo(lossValue('cce', p, q), 5);
    expect(kl.perPoint[1]).toBeCloseTo(lossValue('kl', [p[1]], [q[1]]), 5);
    expect(one.perPoint[0]).toBeCloseTo(-Math.log(0.25), 5);
  });

  it('with grad: the per-point derivative ℓ′(ŷᵢ), as lossCurve gives it; none for zero_one', () => {
    const [huber, zo] = lossPerPoint(
      [
        { loss: 'huber', y, yHat },
        { loss: 'zero_one', y: [1, -1], yHat: [0.5, 0.5] },
      ],
      { delta: 1.5 },
      { grad: true },
    );
    yHat.forEach((v, i) => {
      const g = lossGradient('huber', [y[i]], [v], { delta: 1.5 }) as number[];
      expect(huber.grad![i]).toBeCloseTo(g[0], 5);
    });
    expect(zo.grad).toBeNull();
    expect(Array.from(zo.perPoint)).toEqual([0, 1]);
  });

  it('rejects invalid input as lossValue does, and leaks nothing', async () => {
    expect(() => lossPerPoint([{ loss: 'bce', y: [2], yHat: [0.5] }])).toThrow(LossInputError);
    expect(() => lossPerPoint([{ loss: 'mse', y: [1, 2], yHat: [1] }])).toThrow(LossInputError);
    expect(lossPerPoint([])).toEqual([]);
    expect(
      await leaked(() =>
        lossPerPoint([{ loss: 'focal', y: [0, 1], yHat: [0.2, 0.9] }], {}, { grad: true }),
      ),
    ).toBe(0);
  });
});

describe('lossCurve, values only', () => {
  it('gives the same values without autodiff', () => {
    const xs = [-3, -0.5, 0, 0.5, 3];
    const both = lossCurve('logcosh', 0, xs);
    const values = lossCurve('logcosh', 0, xs, undefined, { grad: false });
    expect(values.grad).toBeNull();
    expect(Array.from(values.loss)).toEqual(Array.from(both.loss));
    expect(both.grad).not.toBeNull();
  });
});
