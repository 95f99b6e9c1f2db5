import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { chartSnapshot } from '../charts/svgSnapshot';
import { PathLayer } from './PathLayer';
import { PathLegend } from './PathLegend';
import type { LandscapePath } from './SurfaceHeatmap';
import { pathStyle } from './pathGeometry';

// A 200 × 100 px plot of w ∈ [0, 4], b ∈ [−1, 1]: one converging path and one that diverges,
// oscillating out of the frame (its last states ~1e5 away).
const x = scaleLinear().domain([0, 4]).range([0, 200]);
const y = scaleLinear().domain([-1, 1]).range([100, 0]);
const paths: LandscapePath[] = [
  { id: 'run', label: 'this run', ...pathStyle(0), w: [0.5, 1.5, 1.9, 2], b: [0.5, 0.2, 0.05, 0] },
  {
    id: 'cmp-0',
    label: 'SGD, η=0.2',
    ...pathStyle(1),
    w: [0.5, 3.2, 0.3, 5.8, -40, 1e5],
    b: [0.5, -0.4, 0.3, -0.7, 5, -1e4],
    divergedAt: 5,
  },
];

describe('PathLayer and PathLegend (SVG snapshots)', () => {
  it('cuts the diverging path at the frame with a "diverges" mark; the other is drawn whole', async () => {
    const html = chartSnapshot(
      <svg width={200} height={100}>
        <PathLayer paths={paths} step={5} x={x} y={y} iw={200} ih={100} />
      </svg>,
    );
    // Nothing of the far states reaches the markup.
    expect(html).not.toMatch(/\d{5,}/);
    expect(html).toContain('diverges');
    await expect(html).toMatchFileSnapshot('__snapshots__/PathLayer.diverging.html');
  });

  it('shows no mark before the replay reaches the step that leaves the frame', () => {
    const html = chartSnapshot(
      <svg width={200} height={100}>
        <PathLayer paths={paths} step={2} x={x} y={y} iw={200} ih={100} />
      </svg>,
    );
    expect(html).not.toContain('diverges');
  });

  it('keys each path by its line (colour and dash) and says where one diverged', async () => {
    await expect(chartSnapshot(<PathLegend paths={paths} side />)).toMatchFileSnapshot(
      '__snapshots__/PathLegend.html',
    );
  });
});
