import { describe, expect, it } from 'vitest';
import type { KMeansRun, Point2 } from '../../math';
import { chartSnapshot } from '../charts/svgSnapshot';
import { elbowDot, KMeansCharts } from './KMeansCharts';
import { KMeansPlot } from './KMeansPlot';
import { frameAt, lastStep } from './kmeansView';

// Two clusters of two points, one Lloyd iteration by hand: from centroids (1, 1) and (9, 9)
// the means are (2, 1) and (8, 9); inertia 1+1+1+1 = 4 before the update.
const points: Point2[] = [
  [1, 1],
  [3, 1],
  [7, 9],
  [9, 9],
];
const run: KMeansRun = {
  init: [
    [1, 1],
    [9, 9],
  ],
  iterations: [
    {
      centroids: [
        [1, 1],
        [9, 9],
      ],
      labels: [0, 0, 1, 1],
      inertia: 4,
      updated: [
        [2, 1],
        [8, 9],
      ],
    },
    {
      centroids: [
        [2, 1],
        [8, 9],
      ],
      labels: [0, 0, 1, 1],
      inertia: 2,
      updated: [
        [2, 1],
        [8, 9],
      ],
    },
  ],
  converged: true,
  inertia: 2,
};

describe('frameAt', () => {
  it('walks init, assign, update for each iteration, clamped to the run', () => {
    expect(lastStep(run)).toBe(4);
    expect(frameAt(run, -3)).toMatchObject({ phase: 'init', labels: null, inertia: null });
    expect(frameAt(run, 1)).toMatchObject({
      phase: 'assign',
      iteration: 0,
      from: null,
      inertia: 4,
    });
    const update = frameAt(run, 2);
    expect(update).toMatchObject({
      phase: 'update',
      iteration: 0,
      centroids: [
        [2, 1],
        [8, 9],
      ],
    });
    expect(update.from).toEqual([
      [1, 1],
      [9, 9],
    ]);
    expect(frameAt(run, 99)).toMatchObject({ phase: 'update', iteration: 1, history: [4, 2] });
  });
});

describe('elbowDot', () => {
  const elbow = { k: [1, 2, 3], inertia: [50, 4, 2] };
  it('marks the chosen k, and nothing past the computed range or without an elbow', () => {
    expect(elbowDot(elbow, 2)).toMatchObject([{ x: 2, y: 4, label: 'k = 2: 4' }]);
    expect(elbowDot(elbow, 4)).toBeUndefined();
    expect(elbowDot(null, 1)).toBeUndefined();
  });
});

describe('k-means charts (SVG snapshots)', () => {
  const plot = (step: number | null) => (
    <KMeansPlot
      points={points}
      frame={step === null ? null : frameAt(run, step)}
      label="k-means"
      onAdd={() => {}}
      xLabel="x₁"
      yLabel="x₂"
    />
  );
  it('draws raw points before a run, then cluster shapes, centroids and their moves', async () => {
    const raw = chartSnapshot(plot(null));
    expect(raw.match(/ap-kpoint-raw/g)).toHaveLength(4);
    expect(raw).not.toContain('kmeans-centroid');
    const update = chartSnapshot(plot(2));
    expect(update.match(/data-testid="kmeans-centroid"/g)).toHaveLength(2);
    expect(update.match(/class="ap-kmove"/g)).toHaveLength(2);
    // Once converged, a centroid that did not move gets no arrow.
    expect(chartSnapshot(plot(4))).not.toContain('ap-kmove');
    await expect(update).toMatchFileSnapshot('__snapshots__/KMeansPlot.update.html');
  });

  it('plots the inertia per iteration and the elbow with the chosen k', async () => {
    const html = chartSnapshot(
      <KMeansCharts
        frame={frameAt(run, 4)}
        iterations={2}
        elbow={{ k: [1, 2, 3], inertia: [50, 2, 1] }}
        k={2}
      />,
    );
    expect(html).toContain('data-testid="kmeans-inertia-chart"');
    expect(html).toContain('k = 2: 2');
    await expect(html).toMatchFileSnapshot('__snapshots__/KMeansCharts.html');
  });
});
