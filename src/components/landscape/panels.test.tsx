// The landscape's larger pieces rendered in Node, where no surface arrives (the engine answers
// in an effect): the 3-D view's frame and colour legend, what the landscape shows under its plot
// (legend, path table, hint, surface time, engine error, stability note), and the small
// multiples of other losses. Plus isQuadratic, which decides when the curvature is exact.
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../state/store';
import { chartSnapshot, renderMarkup } from '../charts/svgSnapshot';
import { CompareLosses } from './CompareLosses';
import { LandscapeMore, type LandscapeMoreProps } from './LandscapeMore';
import { pathStyle } from './pathGeometry';
import type { LandscapePath } from './SurfaceHeatmap';
import { Surface3D } from './Surface3D';
import { axis, type Grid } from './surfaceGeometry';
import { isQuadratic } from './useStability';

const count = (html: string, re: RegExp) => html.match(re)?.length ?? 0;

function bowl(n = 11): Grid {
  const w = axis([-1, 1], n);
  const b = axis([-1, 1], n);
  const values = new Float32Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) values[i * n + j] = 1 + w[j] ** 2 + b[i] ** 2;
  return { w, b, values };
}

describe('Surface3D', () => {
  it('is a focusable image named by its label, with a canvas beside a 64 px colour legend', async () => {
    const html = chartSnapshot(
      <Surface3D
        grid={bowl()}
        paths={[]}
        step={0}
        width={400}
        height={300}
        label="3-D loss surface"
      />,
    );
    expect(html).toMatch(
      /<div class="surface3d" style="width:400px;height:300px" tabindex="0" role="img" aria-label="3-D loss surface"/,
    );
    // The default camera's azimuth, −0.7, as a data attribute tests read back.
    expect(html).toContain('data-azimuth="-0.7"'); // −0.70, rounded by the snapshot tidier
    // The canvas takes the width less the legend (400 − 64), at 1 device pixel per CSS pixel here.
    expect(html).toContain(
      '<canvas width="336" height="300" style="width:336px;height:300px" aria-hidden="true">',
    );
    // The legend spans the surface's values 1 … 3, titled by the loss axis's name.
    expect(html).toContain('aria-label="Loss colour scale: 1 – 3"');
    expect(html).toMatch(/<svg class="color-legend" width="64" height="300"/);
    expect(html).toContain('<text class="color-legend-title" x="4" y="12">loss</text>');
    await expect(html).toMatchFileSnapshot('__snapshots__/Surface3D.html');
  });

  it('starts from the link’s camera and names the legend by the given loss axis', () => {
    const html = renderMarkup(
      <Surface3D
        grid={bowl()}
        paths={[]}
        step={0}
        width={100}
        height={200}
        label="slice"
        labels={{ loss: 'L(θ)' }}
        camera={{ az: 1.234, el: 0.5, zoom: 2 }}
      />,
    );
    expect(html).toContain('data-azimuth="1.23"');
    expect(html).toContain('>L(θ)</text>');
    // Never narrower than 120 px of canvas.
    expect(html).toContain('<canvas width="120" height="200"');
  });

  it('has no legend until a surface is there', () => {
    const html = renderMarkup(
      <Surface3D grid={null} paths={[]} step={0} width={400} height={300} label="x" />,
    );
    expect(html).not.toContain('color-legend');
    expect(html).toContain('<canvas');
  });
});

const paths: LandscapePath[] = [
  {
    id: 'run',
    label: 'this run',
    ...pathStyle(0),
    w: [0, 0.5, 1],
    b: [0, 0.2, 0.3],
    loss: [3, 2, 1],
  },
  { id: 'cmp-0', label: 'Adam, η=0.05', ...pathStyle(1), w: [0, 0.1], b: [0, 0.1], divergedAt: 1 },
];
const moreProps = (over: Partial<LandscapeMoreProps> = {}): LandscapeMoreProps => ({
  paths,
  legend: true,
  minimum: { w: 1, b: 0.25, value: 0.5 },
  notes: null,
  mode: '2d',
  computed: { g: 64, m: 20, ms: 12.6 },
  error: null,
  stability: { kind: 'none' },
  optimizer: { name: 'sgd', lr: 0.1 },
  loss: 'mse',
  ...over,
});

describe('LandscapeMore', () => {
  it('shows the legend, the path table, the 2-D hint and the surface time', async () => {
    const html = chartSnapshot(<LandscapeMore {...moreProps()} />);
    expect(html).toContain('data-testid="compare-legend"');
    expect(count(html, /data-testid="compare-legend-item"/g)).toBe(2);
    expect(html).toContain('— diverged at step 1');
    expect(html).toContain('data-testid="landscape-table"');
    expect(html).toContain('Drag to pan, scroll or pinch to zoom, click to restart from a point.');
    // 12.6 ms is shown rounded.
    expect(html).toContain('<span data-testid="surface-time">64×64 grid, 20 points: 13 ms</span>');
    expect(html).not.toContain('role="alert"');
    expect(html).not.toContain('data-testid="stability"');
    await expect(html).toMatchFileSnapshot('__snapshots__/LandscapeMore.html');
  });

  it('leaves the legend out when it sits beside the plot, and shows the 3-D hint', () => {
    const html = renderMarkup(
      <LandscapeMore {...moreProps({ legend: false, mode: '3d', computed: null })} />,
    );
    expect(html).not.toContain('compare-legend');
    expect(html).toContain('Drag or use the arrow keys to rotate; scroll to zoom.');
    expect(html).not.toContain('surface-time');
  });

  it('shows an engine error as an alert, and its notes', () => {
    const html = renderMarkup(
      <LandscapeMore
        {...moreProps({ error: 'out of memory', notes: <p data-testid="note">λ note</p> })}
      />,
    );
    expect(html).toContain(
      '<p class="landscape-error" role="alert">The surface could not be computed: out of memory</p>',
    );
    expect(html).toContain('<p data-testid="note">λ note</p>');
  });

  it('names the loss (not the optimizer) when the loss is piecewise linear, the optimizer when adaptive', () => {
    const piecewise = renderMarkup(
      <LandscapeMore
        {...moreProps({
          stability: { kind: 'na', reason: 'piecewise', curvature: null },
          loss: 'mae',
        })}
      />,
    );
    expect(piecewise).toContain('n/a for MAE: the loss is piecewise linear');
    const adaptive = renderMarkup(
      <LandscapeMore
        {...moreProps({
          stability: { kind: 'na', reason: 'adaptive', curvature: null },
          optimizer: { name: 'adam', lr: 0.05 },
        })}
      />,
    );
    expect(adaptive).toContain('n/a for Adam: it rescales');
  });

  it('has no path table before a run', () => {
    const html = renderMarkup(<LandscapeMore {...moreProps({ paths: [] })} />);
    expect(html).not.toContain('landscape-table');
    expect(html).not.toContain('compare-legend');
  });
});

describe('CompareLosses', () => {
  const problem = { model: 'linear' as const, x: [0, 1, 2], y: [1, 3, 5], loss: 'mae' as const };

  it('puts the current loss first, then up to three others of the model’s set, each its own surface', async () => {
    const html = renderMarkup(<CompareLosses problem={problem} />, { store: createAppStore() });
    const order = [...html.matchAll(/data-testid="small-surface-(\w+)"/g)].map((m) => m[1]);
    // linear: mse, mae, huber, logcosh; MAE is current, so it leads and is not repeated.
    expect(order).toEqual(['mae', 'mse', 'huber', 'logcosh']);
    expect(html).toContain('aria-label="The same data under 4 losses"');
    expect(html).toContain('<h4>The same data under 4 losses</h4>');
    expect(html).toContain('<strong>Mean absolute error (MAE)</strong>');
    // Each small multiple is a 260 × 210 heatmap; no surface yet, so no minimum in its caption.
    expect(count(html, /data-testid="heatmap"/g)).toBe(4);
    expect(count(html, /style="width:260px;height:210px"/g)).toBe(4);
    expect(html).not.toContain('grid minimum ≈');
    expect(html).not.toContain('data-min-w');
  });

  it('uses the classification set for the logistic model', () => {
    const html = renderMarkup(
      <CompareLosses problem={{ ...problem, model: 'logistic', y: [0, 1, 1], loss: 'hinge' }} />,
      { store: createAppStore() },
    );
    const order = [...html.matchAll(/data-testid="small-surface-(\w+)"/g)].map((m) => m[1]);
    expect(order).toEqual(['hinge', 'bce', 'focal', 'mse']);
  });
});

describe('isQuadratic', () => {
  const base = { model: 'linear' as const, x: [1], y: [1], loss: 'mse' as const };
  it('is true for MSE on the linear model, with or without an L2 penalty', () => {
    expect(isQuadratic(base)).toBe(true);
    expect(isQuadratic({ ...base, regularization: { l1: 0, l2: 0.5 } })).toBe(true);
  });
  it('is false with an L1 penalty, another loss, the logistic model or no problem', () => {
    expect(isQuadratic({ ...base, regularization: { l1: 0.1, l2: 0 } })).toBe(false);
    expect(isQuadratic({ ...base, loss: 'mae' })).toBe(false);
    expect(isQuadratic({ ...base, model: 'logistic' })).toBe(false);
    expect(isQuadratic(null)).toBe(false);
  });
});
