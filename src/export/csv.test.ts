import { describe, expect, it } from 'vitest';
import { trainMlp, trainPath } from '../math';
import * as R from '../state/explore/reducers';
import { initialTrain, presetState, type TrainState } from '../state/train/slice';
import { exploreCsv } from './exploreCsv';
import { computeHistory, historyCsv } from './history';

const parse = (csv: string) =>
  csv
    .trim()
    .split('\n')
    .map((l) => l.split(','));

describe('CSV exports', () => {
  it('writes the training history of the settings, one row per state', async () => {
    const t = { ...initialTrain(), ...presetState('seed'), epochs: 20 } as TrainState;
    const h = await computeHistory({ trainPath, trainMlp }, t);
    if (!h) throw new Error('no history');
    const rows = parse(historyCsv(h));
    expect(rows[0]).toEqual(['step', 'epoch', 'loss', 'w', 'b']);
    expect(rows).toHaveLength(1 + 21);
    expect(rows[1].slice(0, 2)).toEqual(['0', '0']);
    expect(Number(rows[1][3])).toBe(0.5); // the start weights
    // The seed example's first step: MSE of 0.5x + 0.5 against 2x at x = 1…4 is (1 + 6.25 + 16 + 30.25) / 4.
    expect(Number(rows[1][2])).toBeCloseTo(13.375, 5);
    expect(Number(rows[21][2])).toBeLessThan(Number(rows[1][2]));
    // Numbers keep every digit: read back, they are the run's own values.
    expect(Number(rows[21][2])).toBe(h.loss[20]);
  });

  it('writes the MLP history with accuracy and every parameter', async () => {
    const t = { ...initialTrain(), ...presetState('xor'), model: 'mlp', epochs: 3 } as TrainState;
    const h = await computeHistory({ trainPath, trainMlp }, t);
    if (!h) throw new Error('no history');
    const rows = parse(historyCsv(h));
    expect(rows[0].slice(0, 4)).toEqual(['step', 'epoch', 'loss', 'accuracy']);
    expect(rows[0]).toHaveLength(4 + 4 * t.mlp.hidden + 1);
  });

  it('writes Explore rows with their per-point losses, and multi-class rows', () => {
    const e = R.initialExplore();
    const rows = e.rows.regression;
    const csv = parse(exploreCsv(e, [['mse', rows.map((r) => (r.yHat - r.y) ** 2)]]));
    expect(csv[0]).toEqual(['row', 'y', 'y_hat', 'loss_mse']);
    expect(csv).toHaveLength(rows.length + 1);
    rows.forEach((r, i) => {
      expect(csv[i + 1]).toEqual([
        String(i + 1),
        String(r.y),
        String(r.yHat),
        String((r.yHat - r.y) ** 2),
      ]);
    });
    const m = R.setTask(R.withRuntime(e), 'multiclass');
    const mc = parse(exploreCsv(m));
    expect(mc[0]).toEqual([
      'row',
      ...Array.from({ length: m.classes }, (_, i) => `y_${i + 1}`),
      ...Array.from({ length: m.classes }, (_, i) => `y_hat_${i + 1}`),
    ]);
    expect(mc).toHaveLength(m.classRows.length + 1);
  });
});
