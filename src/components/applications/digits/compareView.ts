// What the comparison draws of its finished runs: one colour scale and one set of contour levels
// over every slice, one y range for the 1-D lines, and the lines of one weight decay as series
// (train solid/dotted, test dashed/dash-dot by batch). Pure.
import type { CompareRun } from '../../../math/nets/compare';
import type { LineSeries } from '../../charts/LineChart';
import { colorAt, dashAt } from '../../charts/palette';
import { contourLevels, valueTransform } from '../../landscape/surfaceGeometry';

export type CompareConfig = { batch: number; weightDecay: number; epochs: number };

/** The finished runs in order. */
export const finishedRuns = (runs: readonly (CompareRun | undefined)[]): CompareRun[] =>
  runs.filter((r): r is CompareRun => r !== undefined);

/** One colour scale and 12 contour levels over every finished slice; null before the first. */
export function sharedScale(done: readonly CompareRun[]) {
  if (done.length === 0) return null;
  const all = new Float32Array(done.reduce((a, r) => a + r.slice.length, 0));
  let o = 0;
  for (const r of done) {
    all.set(r.slice, o);
    o += r.slice.length;
  }
  const tr = valueTransform(all);
  return { tr, levels: contourLevels(tr, 12) };
}

/** The lines' shared top: their highest loss, at least 0.5. */
export const linesTop = (done: readonly CompareRun[]) =>
  Math.max(0.5, ...done.flatMap((r) => [...r.line.train, ...r.line.test]));

/** The train and test lines of the finished runs with weight decay `wd`. */
export function decaySeries(
  configs: readonly CompareConfig[],
  runs: readonly (CompareRun | undefined)[],
  wd: number,
  label: (c: CompareConfig, set: 'train' | 'test') => string,
): LineSeries[] {
  return configs.flatMap((c, k) => {
    const r = runs[k];
    if (!r || c.weightDecay !== wd) return [];
    const i = k % 2;
    return (['train', 'test'] as const).map((set, s) => ({
      id: `${k}${set === 'train' ? 'tr' : 'te'}`,
      label: label(c, set),
      x: r.line.t,
      y: set === 'train' ? r.line.train : r.line.test,
      color: colorAt(i),
      dash: dashAt(2 * i + s),
    }));
  });
}
