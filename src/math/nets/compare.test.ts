import { describe, expect, it } from 'vitest';
import { leaked } from '../test/setup';
import {
  COMPARE_DEFAULTS,
  compareConfigs,
  runComparison,
  type CompareRun,
  type CompareSpec,
} from './compare';
import { bundledDigits, head } from './testData';
import { disposeSet, toTensorSet } from './train';

// A tiny comparison (MLP, 120 training digits, 5×5 grid) keeps the test to seconds on Node's cpu.
const tiny: CompareSpec = {
  ...COMPARE_DEFAULTS,
  kind: 'mlp',
  lr: 0.05,
  smallBatch: 16,
  fullBatch: 120,
  smallEpochs: 2,
  fullEpochs: 4,
  weightDecay: 0.05,
  g: 5,
  n1d: 5,
  sharpIterations: 3,
};

describe('the batch-size comparison (Li et al. 2018, §5)', () => {
  it('runs the four configurations in order, each with its slice, line, errors and sharpness', async () => {
    const { train, test } = await bundledDigits();
    const tr = toTensorSet(head(train, 120), 10);
    const te = toTensorSet(head(test, 60), 10);
    try {
      const progress: number[] = [];
      const seen: number[] = [];
      let runs: CompareRun[] = [];
      const left = await leaked(async () => {
        runs = await runComparison(tiny, tr, te, {
          onProgress: (f) => progress.push(f),
          onRun: (k) => seen.push(k),
        });
      });
      expect(left).toBe(0);
      {
        expect(seen).toEqual([0, 1, 2, 3]);
        expect(runs.map((r) => [r.batch, r.weightDecay, r.epochs])).toEqual(
          compareConfigs(tiny).map((c) => [c.batch, c.weightDecay, c.epochs]),
        );
        expect(runs.map((r) => r.batch)).toEqual([16, 120, 16, 120]);
        expect(runs.map((r) => r.weightDecay)).toEqual([0, 0, 0.05, 0.05]);
        // Progress only grows, and ends at 1.
        for (let i = 1; i < progress.length; i++)
          expect(progress[i]).toBeGreaterThanOrEqual(progress[i - 1] - 1e-12);
        expect(progress.at(-1)).toBeCloseTo(1, 9);
        for (const r of runs) {
          expect(r.slice).toHaveLength(25);
          expect(r.axis).toEqual([-1, -0.5, 0, 0.5, 1]);
          // The slice's centre and the line's middle are θ* itself: its training loss.
          expect(r.slice[12]).toBeCloseTo(r.trainLoss, 4);
          expect(r.line.train[2]).toBeCloseTo(r.trainLoss, 4);
          expect(r.line.test[2]).toBeCloseTo(r.testLoss, 4);
          expect(Number.isFinite(r.lambda)).toBe(true);
          expect(r.lambda).toBeGreaterThan(0);
          expect(r.testAcc).toBeGreaterThan(0.1);
        }
        // Weight decay shrinks the weights (same seed, same batches otherwise).
        expect(runs[2].thetaNorm).toBeLessThan(runs[0].thetaNorm);
        expect(runs[3].thetaNorm).toBeLessThan(runs[1].thetaNorm);
      }
    } finally {
      disposeSet(tr);
      disposeSet(te);
    }
  }, 60_000);

  it('stops at once when cancelled', async () => {
    const { train, test } = await bundledDigits();
    const tr = toTensorSet(head(train, 120), 10);
    const te = toTensorSet(head(test, 60), 10);
    const ctl = new AbortController();
    try {
      await expect(
        runComparison(tiny, tr, te, {
          signal: ctl.signal,
          onProgress: (f) => f > 0.05 && ctl.abort(),
        }),
      ).rejects.toMatchObject({ name: 'AbortError' });
    } finally {
      disposeSet(tr);
      disposeSet(te);
    }
  }, 60_000);
});
