// The README's Math API examples, run as written (a newcomer copies them).
import { describe, expect, it } from 'vitest';
import { lossGradient, lossPerPoint, lossValue } from './index';

describe('README examples', () => {
  it('gives the values the README prints', () => {
    // e = [0.5, 0, 3, 0]: ½·0.25 = 0.125, 0, 1·(3 − 0.5) = 2.5, 0 → mean 0.65625.
    expect(lossValue('huber', [2, 4, 6, 8], [2.5, 4, 9, 8], { delta: 1 })).toBeCloseTo(0.65625, 6);
    expect(lossGradient('mse', [2, 4], [3, 3])).toEqual([1, -1]);
    expect(lossValue('cce', [[0, 1, 0]], [[0.1, 0.8, 0.1]])).toBeCloseTo(-Math.log(0.8), 6);
    const [mse, mae] = lossPerPoint(
      [
        { loss: 'mse', y: [2, 4], yHat: [3, 3] },
        { loss: 'mae', y: [2, 4], yHat: [3, 3] },
      ],
      undefined,
      { grad: true },
    );
    expect([Array.from(mse.perPoint), mse.mean, Array.from(mse.grad!)]).toEqual([
      [1, 1],
      1,
      [2, -2],
    ]);
    expect([Array.from(mae.perPoint), mae.mean, Array.from(mae.grad!)]).toEqual([
      [1, 1],
      1,
      [1, -1],
    ]);
  });
});
