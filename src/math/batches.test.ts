import { describe, expect, it } from 'vitest';
import { batchAt, batchSchedule } from './batches';
import { trainPath } from './train';

describe('batchSchedule / batchAt', () => {
  it('cuts each epoch’s shuffle into ⌊m / batch⌋ disjoint batches, reshuffling per epoch', () => {
    const s = batchSchedule(7, 3, 5);
    const epoch1 = [s.next(), s.next()];
    const epoch2 = [s.next(), s.next()];
    for (const e of [epoch1, epoch2]) {
      const all = e.flat();
      expect(all).toHaveLength(6); // the 7th point is left over, as in trainPath
      expect(new Set(all).size).toBe(6);
      expect(all.every((i) => i >= 0 && i < 7)).toBe(true);
    }
    expect(epoch2.flat()).not.toEqual(epoch1.flat());
  });

  it('batchAt(k) is the (k + 1)-th batch of the schedule', () => {
    const s = batchSchedule(10, 4, 42);
    for (let k = 0; k < 25; k++) expect(batchAt(10, 4, 42, k)).toEqual(s.next());
  });

  it('another seed gives another order; bad sizes are rejected with a message', () => {
    expect(batchAt(10, 2, 1, 0)).not.toEqual(batchAt(10, 2, 2, 0));
    expect(() => batchAt(10, 0, 1, 0)).toThrow(/batchSize/);
    expect(() => batchAt(10, 2, 1, -1)).toThrow(/step/);
    expect(() => batchSchedule(0, 1)).toThrow(/at least one point/);
  });

  it('is the batch trainPath descends on: each SGD step follows that batch’s MSE gradient', async () => {
    const x = [1, 2, 3, 4, 5, 6];
    const y = [2.5, 3.9, 6.2, 8.1, 9.7, 12.4];
    const lr = 0.01;
    const r = await trainPath({
      model: 'linear',
      x,
      y,
      loss: 'mse',
      init: { w: 0, b: 0 },
      optimizer: { name: 'sgd', lr },
      steps: 9,
      batchSize: 2,
      seed: 7,
    });
    for (let k = 0; k < 9; k++) {
      const idx = batchAt(6, 2, 7, k);
      // ∂/∂w mean((wx + b − y)²) = 2·mean(e·x), ∂/∂b = 2·mean(e), over the batch only.
      const e = idx.map((i) => r.w[k] * x[i] + r.b[k] - y[i]);
      const gw = (2 * e.reduce((s, v, j) => s + v * x[idx[j]], 0)) / idx.length;
      const gb = (2 * e.reduce((s, v) => s + v, 0)) / idx.length;
      expect(r.w[k + 1]).toBeCloseTo(r.w[k] - lr * gw, 4);
      expect(r.b[k + 1]).toBeCloseTo(r.b[k] - lr * gb, 4);
    }
  });
});
