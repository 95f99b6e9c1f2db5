import { describe, expect, it } from 'vitest';
import type { CompareRun } from '../../../math/nets/compare';
import type { H5Surface } from '../../../state/applications/h5Types';
import { renderMarkup } from '../../charts/svgSnapshot';
import { decaySeries, finishedRuns, linesTop, sharedScale } from './compareView';
import { epochSeries } from './epochSeries';
import { H5Readout } from './H5Readout';
import { JobProgress } from './JobProgress';
import { bestOf, gridBest, higherIsBetter, lineBest, shownField, surfaceGrid } from './h5View';
import { planeBase, planeGrid, planePaths } from './sliceView';

// A 3 × 2 surface: values[i · 3 + j] = f(x[j], y[i]); one gap (NaN) where the tool wrote −1.
const surface: H5Surface = {
  kind: 'surface',
  name: 'surface.h5',
  x: [-1, 0, 1],
  y: [-0.5, 0.5],
  fields: {
    train_loss: Float32Array.from([0.3, 0.1, NaN, 0.25, 0.2, 0.4]),
    train_acc: Float32Array.from([0.5, 0.9, 0.7, 0.6, 0.95, 0.8]),
  },
  order: ['train_loss', 'train_acc'],
  missing: { train_loss: 1, train_acc: 0 },
};
const line: H5Surface = {
  ...surface,
  name: 'line.h5',
  y: null,
  fields: { train_loss: Float32Array.from([0.4, NaN, 0.2]) },
  order: ['train_loss'],
  missing: { train_loss: 1 },
};

describe('h5View: what the card reads off a surface', () => {
  it('shows the field picked, else the first', () => {
    expect(shownField(surface, 'train_acc')).toBe('train_acc');
    expect(shownField(surface, 'test_loss')).toBe('train_loss');
    expect(shownField(null, 'x')).toBe('');
    expect(higherIsBetter('test_acc')).toBe(true);
    expect(higherIsBetter('train_loss')).toBe(false);
  });

  it('finds the lowest loss and the highest accuracy, skipping gaps', () => {
    expect(bestOf(surface, 'train_loss')).toEqual({ x: 0, y: -0.5, value: Math.fround(0.1) });
    expect(bestOf(surface, 'train_acc')).toEqual({ x: 0, y: 0.5, value: Math.fround(0.95) });
    expect(bestOf(line, 'train_loss')).toEqual({ x: 1, y: null, value: Math.fround(0.2) });
    expect(lineBest(line, 'train_loss', true)).toEqual({ x: -1, y: null, value: Math.fround(0.4) });
    expect(surfaceGrid(line, 'train_loss')).toBeNull();
    expect(bestOf(surface, 'nope')).toBeNull();
    const gaps = { w: [0, 1], b: [0], values: Float32Array.from([NaN, NaN]) };
    expect(gridBest(gaps, false)).toBeNull();
  });

  it('says it in words: the best point, the gaps and the PCA shares', () => {
    const props = {
      surface,
      projection: null,
      directions: { kind: 'directions' as const, name: 'd.h5', explained: [0.83, 0.11] },
      field: 'train_loss',
    };
    const en = renderMarkup(<H5Readout {...props} />);
    expect(en).toContain('Lowest train_loss 0.1 at x = 0, y = −0.5');
    expect(en).toContain('1 points not computed yet');
    expect(en).toContain('83.0 %');
    expect(en).toContain('data-value="0.10000000149011612"');
    const onlyPath = renderMarkup(
      <H5Readout
        surface={null}
        projection={{ kind: 'projection', name: 'p.h5', x: [0], y: [0] }}
        directions={null}
        field=""
      />,
    );
    expect(onlyPath).toContain('open the surface file too');
    expect(onlyPath).not.toContain('h5-best');
  });
});

describe('sliceView: a network plane as a chart', () => {
  const plane = {
    xs: [-1, 0, 1],
    ys: [-2, 2],
    explained: [0.9, 0.05] as [number, number],
    path: { x: [1, 0], y: [1, 0] },
  };
  it('draws a grid only once values have come, and the path of a PCA plane', () => {
    expect(planeGrid(plane, null)).toBeNull();
    expect(planeGrid(plane, new Float32Array(6))?.b).toEqual([-2, 2]);
    expect(planePaths(plane, 'path')).toMatchObject([{ id: 'path', w: [1, 0], b: [1, 0] }]);
    expect(planePaths({ xs: [0, 1], ys: [0, 1] }, 'path')).toEqual([]);
    expect(planeBase(plane)).toEqual({ w: [-1, 1], b: [-2, 2] });
    expect(planeBase(null)).toBeNull();
  });
});

describe('epochSeries and the progress line', () => {
  it('gives train and test series by epoch', () => {
    const h = [1, 2].map((epoch) => ({
      epoch,
      trainLoss: 1 / epoch,
      trainAcc: 0.5,
      testLoss: 2 / epoch,
      testAcc: 0.4,
    }));
    const [train, test] = epochSeries(h, 'Loss', { train: 'train', test: 'test' });
    expect(train).toMatchObject({ id: 'train', x: [1, 2], y: [1, 0.5] });
    expect(test).toMatchObject({ id: 'test', x: [1, 2], y: [2, 1] });
    expect(train.dash).not.toBe(test.dash);
    expect(epochSeries(h, 'Acc', { train: 'a', test: 'b' })[1].y).toEqual([0.4, 0.4]);
  });

  it('names its bar by its text, or by a label', () => {
    const a = renderMarkup(<JobProgress max={4} value={1} text="Epoch 1 of 4" note="coarse" />);
    expect(a).toContain('aria-label="Epoch 1 of 4"');
    expect(a).toContain('Epoch 1 of 4 · coarse');
    const b = renderMarkup(
      <JobProgress max={1} value={0.5} text="Run 1" label="Progress" testId="p" />,
    );
    expect(b).toContain('aria-label="Progress"');
    expect(b).toContain('data-testid="p"');
  });
});

describe('compareView: the four runs on one scale', () => {
  const run = (lo: number, hi: number): CompareRun => ({
    batch: 16,
    weightDecay: 0,
    epochs: 1,
    trainLoss: lo,
    trainAcc: 1,
    testLoss: lo,
    testAcc: 1,
    lambda: 1,
    thetaNorm: 1,
    slice: Float32Array.from([lo, hi]),
    axis: [-1, 1],
    line: { t: [-1, 1], train: Float32Array.from([lo, hi]), test: Float32Array.from([hi, lo]) },
  });
  const configs = [
    { batch: 16, weightDecay: 0, epochs: 1 },
    { batch: 1437, weightDecay: 0, epochs: 9 },
    { batch: 16, weightDecay: 0.1, epochs: 1 },
    { batch: 1437, weightDecay: 0.1, epochs: 9 },
  ];
  it('shares one scale over every finished slice, and one top over the lines', () => {
    const runs = [run(0.1, 0.3), undefined, run(0.2, 2)];
    const done = finishedRuns(runs);
    expect(done).toHaveLength(2);
    const s = sharedScale(done)!;
    expect(s.tr.lo).toBeCloseTo(0.1, 6);
    expect(s.tr.hi).toBeCloseTo(2, 6);
    expect(s.levels).toHaveLength(12);
    expect(sharedScale([])).toBeNull();
    expect(linesTop(done)).toBeCloseTo(2, 6);
    expect(linesTop([run(0.1, 0.2)])).toBe(0.5);
  });

  it('draws the lines of one weight decay: train and test of each finished run', () => {
    const runs = [run(0.1, 0.3), undefined, run(0.2, 2), run(0.3, 1)];
    const label = (c: { batch: number }, set: string) => `${c.batch} ${set}`;
    const plain = decaySeries(configs, runs, 0, label);
    expect(plain.map((s) => s.label)).toEqual(['16 train', '16 test']);
    const decay = decaySeries(configs, runs, 0.1, label);
    expect(decay.map((s) => s.id)).toEqual(['2tr', '2te', '3tr', '3te']);
    expect(new Set(decay.map((s) => s.dash)).size).toBe(4);
  });
});
