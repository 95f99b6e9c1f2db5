// Extremes over the math API (issue #8): ±1e30, subnormals, ±0, empty arrays and mismatched
// shapes, for every loss. Each call returns a finite number, Infinity where float32 overflows
// (DESIGN.md: shown as "∞ (overflow)"), or throws a LossInputError — never NaN, never another
// error. And a long run leaks no tensor.
import fc from 'fast-check';
import * as tf from '@tensorflow/tfjs-core';
import './tf';
import { describe, expect, it } from 'vitest';
import { LOSS_IDS, LossInputError, lossGradient, lossValue, trainPath } from './index';
import './test/setup';

const EXTREME = fc.constantFrom(
  1e30,
  -1e30,
  1e6,
  -1e6,
  Number.MIN_VALUE,
  -Number.MIN_VALUE,
  2.2e-308,
  0,
  -0,
  1,
  -1,
  0.5,
  1e-7,
);
const values = fc.array(fc.oneof(EXTREME, fc.double({ noNaN: true, noDefaultInfinity: true })), {
  minLength: 0,
  maxLength: 4,
});

/** The outcome of one call: 'ok', 'input' (a LossInputError), or what went wrong. */
function outcome(f: () => number | number[] | number[][]): string {
  try {
    const v = f();
    const flat = Array.isArray(v) ? v.flat() : [v];
    return flat.some((x) => Number.isNaN(x)) ? `NaN: ${JSON.stringify(v)}` : 'ok';
  } catch (err) {
    return err instanceof LossInputError ? 'input' : `crash: ${String(err)}`;
  }
}

describe('extremes over every loss', () => {
  it.each(LOSS_IDS)('%s: finite, ∞ or LossInputError — never NaN, never a crash', (id) => {
    fc.assert(
      fc.property(values, values, (y, yHat) => {
        expect(outcome(() => lossValue(id, y, yHat))).toMatch(/^(ok|input)$/);
        if (id !== 'zero_one')
          expect(outcome(() => lossGradient(id, y, yHat))).toMatch(/^(ok|input)$/);
      }),
      { numRuns: 40 },
    );
  });
  it('refuses mismatched shapes and empty input with a LossInputError', () => {
    for (const id of LOSS_IDS) {
      expect(outcome(() => lossValue(id, [1, 0], [1]))).toBe('input');
      expect(outcome(() => lossValue(id, [], []))).toBe('input');
      expect(outcome(() => lossValue(id, [[1, 0]], [[1, 0, 0]]))).toBe('input');
    }
  });
});

// A leak is per step or per 50-step read chunk, so it grows with the step count: the tensor count
// after 100 and after 1,037 steps (20 chunks and a partial one, many mini-batch epochs) must
// both equal the count before. Ten thousand steps proved no more and timed out under load.
describe('a long run', () => {
  it('leaks no tensor: the count is flat from 100 to 1,037 steps', async () => {
    const run = (steps: number) =>
      trainPath({
        model: 'linear',
        x: [1, 2, 3, 4],
        y: [2, 4, 6, 8],
        loss: 'huber',
        init: { w: 0.5, b: 0.5 },
        optimizer: { name: 'adam', lr: 0.01 },
        steps,
        batchSize: 2,
      });
    const before = tf.memory().numTensors;
    const short = await run(100);
    const afterShort = tf.memory().numTensors;
    const long = await run(1_037);
    expect(short.loss).toHaveLength(101);
    expect(long.loss).toHaveLength(1_038);
    expect([afterShort, tf.memory().numTensors]).toEqual([before, before]);
  });
});
