import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { leaked } from './test/setup';
import { DIVERGENCE_LIMIT, READ_EVERY, recordPath } from './recordPath';

/** A loop whose "loss" after step k is losses(k), with the step index as a second value. */
function countingLoop(steps: number, loss: (k: number) => number, signal?: AbortSignal) {
  let k = 0;
  const rows: number[][] = [];
  const row = () => tf.tensor1d([loss(k), k]);
  return {
    rows,
    loop: {
      steps,
      signal,
      step: () => {
        const r = row();
        k++;
        return r;
      },
      last: row,
      onRow: (r: Float32Array) => rows.push(Array.from(r)),
    },
  };
}

describe('recordPath', () => {
  it('hands over steps + 1 rows in order, across chunk boundaries', async () => {
    const steps = 2 * READ_EVERY + 7;
    const { rows, loop } = countingLoop(steps, () => 1);
    expect(await recordPath(loop)).toBeUndefined();
    expect(rows.map((r) => r[1])).toEqual(Array.from({ length: steps + 1 }, (_, i) => i));
  });

  it('stops at the first row whose loss is not finite or above the limit', async () => {
    for (const bad of [NaN, Infinity, DIVERGENCE_LIMIT * 10]) {
      const { rows, loop } = countingLoop(200, (k) => (k >= 73 ? bad : 1));
      expect(await recordPath(loop)).toBe(73);
      expect(rows).toHaveLength(74);
    }
    // A run that diverges only in its final state says so too.
    const { loop } = countingLoop(5, (k) => (k === 5 ? NaN : 1));
    expect(await recordPath(loop)).toBe(5);
  });

  it('throws the abort reason, and leaks no tensor on any path', async () => {
    const ctl = new AbortController();
    const { loop } = countingLoop(1000, () => 1, ctl.signal);
    const step = loop.step;
    let n = 0;
    loop.step = () => {
      if (++n === READ_EVERY + 3) ctl.abort(new Error('superseded'));
      return step();
    };
    await expect(recordPath(loop)).rejects.toThrow('superseded');
    expect(await leaked(() => recordPath(countingLoop(300, () => 1).loop))).toBe(0);
    expect(await leaked(() => recordPath(countingLoop(300, (k) => (k > 120 ? NaN : 1)).loop))).toBe(0);
    const failing = countingLoop(300, () => 1).loop;
    let m = 0;
    failing.step = ((s) => () => {
      if (++m === 10) throw new Error('step failed');
      return s();
    })(failing.step);
    expect(await leaked(() => recordPath(failing))).toBe(0);
  });
});
