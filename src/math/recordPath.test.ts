import * as tf from '@tensorflow/tfjs-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { leaked } from './test/setup';
import { DIVERGENCE_LIMIT, READ_EVERY, recordPath, SLICE_MS, yieldToEventLoop } from './recordPath';

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
    expect(await leaked(() => recordPath(countingLoop(300, (k) => (k > 120 ? NaN : 1)).loop))).toBe(
      0,
    );
    const failing = countingLoop(300, () => 1).loop;
    let m = 0;
    failing.step = ((s) => () => {
      if (++m === 10) throw new Error('step failed');
      return s();
    })(failing.step);
    expect(await leaked(() => recordPath(failing))).toBe(0);
  });

  describe('time slices', () => {
    afterEach(() => vi.restoreAllMocks());
    /** A clock that only the loop's steps advance: each step "takes" `ms`. */
    function slowSteps(steps: number, ms: number, signal?: AbortSignal) {
      let now = 0;
      vi.spyOn(performance, 'now').mockImplementation(() => now);
      const c = countingLoop(steps, () => 1, signal);
      let taken = 0;
      const step = c.loop.step;
      c.loop.step = () => {
        now += ms;
        taken++;
        return step();
      };
      /** Steps taken when each row was read back. */
      const readAt: number[] = [];
      const onRow = c.loop.onRow;
      c.loop.onRow = (r) => {
        readAt.push(taken);
        return onRow(r);
      };
      return { ...c, readAt, taken: () => taken };
    }

    it('reads back and yields once a slice has taken SLICE_MS, not after a fixed count', async () => {
      const perSlice = 3;
      const { loop, rows, readAt } = slowSteps(40, SLICE_MS / perSlice + 0.01);
      expect(await recordPath(loop)).toBeUndefined();
      expect(rows).toHaveLength(41);
      // Rows come back in slices of `perSlice` steps (the last slice holds the final state too).
      const sizes = [...new Set(readAt)].map((t) => readAt.filter((r) => r === t).length);
      expect(sizes.slice(0, -1).every((n) => n === perSlice)).toBe(true);
      expect(sizes).toHaveLength(Math.ceil(40 / perSlice));
    });

    it('lets other tasks run between slices, and a run superseded there stops with no leak', async () => {
      const ctl = new AbortController();
      const { loop, taken } = slowSteps(1000, SLICE_MS / 2 + 0.01, ctl.signal);
      let seenAt = -1;
      // Queued before the run starts: it runs when the run first yields, not after the run.
      void yieldToEventLoop().then(() => {
        seenAt = taken();
        ctl.abort(new Error('superseded'));
      });
      const before = tf.memory().numTensors;
      await expect(recordPath(loop)).rejects.toThrow('superseded');
      expect(seenAt).toBe(2);
      expect(taken()).toBe(2);
      expect(tf.memory().numTensors).toBe(before);
    });
  });
});
