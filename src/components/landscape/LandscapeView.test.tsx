// The landscape of the 1-D model rendered in Node: before the surface engine answers (it runs in
// an effect) the view is its frame: the head, the stage sized from the layout's default box, the
// heatmap or 3-D view on the fitted window, the paths, the legend beside or under the plot, and
// the notes under it. Sizes and windows are checked against useLandscapeBox's rules by hand.
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../state/store';
import { chartSnapshot, renderMarkup } from '../charts/svgSnapshot';
import { LandscapeView, type LandscapeViewProps } from './LandscapeView';
import { pathStyle } from './pathGeometry';
import type { LandscapePath } from './SurfaceHeatmap';
import { windowAround } from './surfaceGeometry';

const run: LandscapePath = {
  id: 'run',
  label: 'this run',
  ...pathStyle(0),
  w: [-1, 0, 1, 1.5, 1.8],
  b: [2, 1, 0.6, 0.5, 0.45],
};
const other: LandscapePath = {
  id: 'cmp-0',
  label: 'Adam, η=0.05',
  ...pathStyle(1),
  w: [-1, 0.5],
  b: [2, 1],
};
const problem = {
  model: 'linear' as const,
  x: [0, 1, 2, 3],
  y: [0.5, 2.5, 4.5, 6.5],
  loss: 'mse' as const,
};

const props = (over: Partial<LandscapeViewProps> = {}): LandscapeViewProps => ({
  problem,
  paths: [run],
  step: 2,
  optimizer: { name: 'sgd', lr: 0.1 },
  fitKey: 'seed',
  settings: { grid: 64, mode: '2d', camera: { az: -0.7, el: 0.6, zoom: 1 } },
  onSettings: () => {},
  stability: { kind: 'none' },
  ...over,
});
const render = (over: Partial<LandscapeViewProps> = {}) =>
  renderMarkup(<LandscapeView {...props(over)} />, { store: createAppStore() });

describe('LandscapeView', () => {
  it('draws the heatmap 520 × 406 on the window fitted around the path, before any surface', async () => {
    const html = chartSnapshot(<LandscapeView {...props()} />, { store: createAppStore() });
    // The default box is 520 px wide: one path, so the legend is not beside the plot and the
    // height is 0.78 × 520 ≈ 406.
    expect(html).toContain('<div class="heatmap" style="width:520px;height:406px"');
    expect(html).not.toContain('with-legend');
    // The fitted window is the one windowAround gives for the path's points.
    const win = windowAround(run.w.map((w, i) => ({ w, b: run.b[i] })));
    const base = [...win.w, ...win.b].map((v) => Number(v.toPrecision(4))).join(',');
    const raw = render();
    expect(raw).toContain(`data-base="${base}"`);
    expect(raw).toContain(`data-window="${base}"`);
    // No surface yet: no contours, no minimum, no surface time; the path is drawn.
    expect(html).not.toContain('class="contour"');
    expect(html).not.toContain('class="minimum"');
    expect(html).not.toContain('surface-time');
    expect(html).toContain('path-line');
    // The summary names the window and says the minimum is not known yet.
    expect(raw).toMatch(
      /aria-label="Loss surface over w from [^"]+; lowest loss — at w = —, b = —\./,
    );
    expect(html).toContain('aria-labelledby="landscape-title"');
    expect(html).toContain('data-testid="landscape-table"');
    await expect(html).toMatchFileSnapshot('__snapshots__/LandscapeView.2d.html');
  });

  it('puts the legend beside a narrower plot when there are two paths', () => {
    const html = render({ paths: [run, other], compareKey: 'optimizers' });
    // 520 − 150 for the legend = 370 wide; height max(280, 0.78 × 370 = 288.6) → 289.
    expect(html).toContain('class="landscape-stage with-legend"');
    expect(html).toContain('<div class="heatmap" style="width:370px;height:289px"');
    expect(html).toContain('class="landscape-legend landscape-legend-side"');
    // Only the side legend, none under the plot.
    expect(html.match(/data-testid="compare-legend"/g)).toHaveLength(1);
  });

  it('shows the 3-D view with the 3-D hint when the settings say so', () => {
    const html = render({
      settings: { grid: 64, mode: '3d', camera: { az: 0.25, el: 0.5, zoom: 1 } },
    });
    expect(html).toContain('data-testid="surface-3d"');
    expect(html).toContain('data-azimuth="0.25"');
    expect(html).not.toContain('data-testid="heatmap"');
    expect(html).toContain('Drag or use the arrow keys to rotate; scroll to zoom.');
    expect(html).toMatch(
      /<button type="button" class="button small" aria-pressed="true">3-D<\/button>/,
    );
  });

  it('takes the stability it is given, and puts the caller’s controls after the head', () => {
    const html = render({
      stability: { kind: 'na', reason: 'adaptive', curvature: null },
      optimizer: { name: 'adam', lr: 0.05 },
      aside: <div data-testid="aside">compare</div>,
    });
    expect(html).toContain('n/a for Adam');
    expect(html.indexOf('data-testid="aside"')).toBeGreaterThan(html.indexOf('</header>'));
    expect(html.indexOf('data-testid="aside"')).toBeLessThan(html.indexOf('landscape-stage'));
  });

  it('says which surface is shown: the data loss alone, or plus the penalty written out', () => {
    const plain = render();
    expect(plain).toContain(
      'data-testid="surface-label">Surface shown: the data loss (no penalty; set L2 λ above 0 to see the regularisation geometry).</p>',
    );
    const reg = render({ problem: { ...problem, regularization: { l2: 0.5, l1: 0.25 } } });
    expect(reg).toContain(
      'Surface shown: data loss + λ·penalty = data loss + 0.5·w² + 0.25·|w| (the penalty is on w only, never on b).',
    );
    // The regularisation keys wait for the data-loss surface, and the batch note for the math.
    expect(reg).not.toContain('reg-keys');
    expect(reg).not.toContain('batch-note');
    const l2 = render({ problem: { ...problem, regularization: { l2: 2 } } });
    expect(l2).toContain('data loss + 2·w² (the penalty');
  });

  it('renders without a problem or a path (nothing trained yet)', () => {
    const html = render({ problem: null, paths: [] });
    expect(html).toContain('data-testid="landscape-stage"');
    expect(html).not.toContain('landscape-table');
    expect(html).not.toContain('path-line');
    // No problem, no notes on the surface.
    expect(html).not.toContain('surface-label');
  });
});
