// Extremes over the math API (issue #8): ±1e30, subnormals, ±0, empty arrays and mismatched
// shapes, for every loss. Each call returns a finite number, Infinity where float32 overflows
// (DESIGN.md: shown as "∞ (overflow)"), or throws a LossInputError — never NaN, never another
// error. And a 10,000-step run leaks no tensor.
import fc from 'fast-check';
import * as tf from '@tensorflow/tfjs';
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

describe('a 10,000-step run', () => {
  it('leaks no tensor', async () => {
    const before = tf.memory().numTensors;
    const r = await trainPath({
      model: 'linear',
      x: [1, 2, 3, 4],
      y: [2, 4, 6, 8],
      loss: 'huber',
      init: { w: 0.5, b: 0.5 },
      optimizer: { name: 'adam', lr: 0.01 },
      steps: 10_000,
      batchSize: 2,
    });
    expect(r.loss).toHaveLength(10_001);
    expect(tf.memory().numTensors).toBe(before);
  });
});
