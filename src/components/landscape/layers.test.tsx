// The landscape's SVG layers and small parts, rendered in Node (no tfjs): the colour legend, the
// mini-batch contours, the regularisation geometry, the previous loss's minimum, the stability
// note and the head's controls. Each snapshot is paired with values read back from the markup.
import { scaleLinear } from 'd3-scale';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n';
import { fmt } from '../charts/format';
import { GRID_SIZES } from '../../state/train/landscape';
import type { Curvature } from '../../math';
import { createAppStore } from '../../state/store';
import { chartSnapshot, renderMarkup } from '../charts/svgSnapshot';
import { BatchLayer } from './BatchLayer';
import { ColorLegend } from './ColorLegend';
import { LandscapeHead } from './LandscapeHead';
import { PreviousMinimum } from './PreviousMinimum';
import { TRAJECTORY_SCALES } from './regGeometry';
import { RegLayer } from './RegLayer';
import { StabilityNote } from './StabilityNote';
import { axis, valueTransform, type Grid } from './surfaceGeometry';

/** A grid of f(w, b) over w ∈ [w0, w1], b ∈ [b0, b1], n points a side. */
function gridOf(
  f: (w: number, b: number) => number,
  [w0, w1]: number[],
  [b0, b1]: number[],
  n = 31,
): Grid {
  const w = axis([w0, w1], n);
  const b = axis([b0, b1], n);
  const values = new Float32Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) values[i * n + j] = f(w[j], b[i]);
  return { w, b, values };
}

const num = (html: string, attr: string) => Number(new RegExp(`${attr}="([^"]+)"`).exec(html)?.[1]);
const count = (html: string, re: RegExp) => html.match(re)?.length ?? 0;

// A 300 × 300 px plot of w ∈ [−1, 5], b ∈ [−2, 4]: 50 px per unit.
const x = scaleLinear().domain([-1, 5]).range([0, 300]);
const y = scaleLinear().domain([-2, 4]).range([300, 0]);
// The bowl (w − 2)² + (b − 1)², minimum 0 at (2, 1), exactly on the 31-point grid.
const bowl = gridOf((w, b) => (w - 2) ** 2 + (b - 1) ** 2, [-1, 5], [-2, 4]);

describe('ColorLegend', () => {
  it('names the scale and its range, with round ticks placed from low (bottom) to high (top)', async () => {
    const tr = valueTransform(new Float32Array([0.5, 1, 2, 3, 4.5]));
    const html = chartSnapshot(<ColorLegend tr={tr} width={80} height={200} title="MSE" />);
    expect(html).toContain('role="img"');
    expect(html).toContain('aria-label="Loss colour scale: 0.5 – 4.5"');
    expect(html).toContain('data-testid="color-legend"');
    expect(html).not.toContain('color-legend-note');
    // 11 gradient stops, the gradient referenced by the bar's fill.
    expect(count(html, /<stop /g)).toBe(11);
    const id = /<linearGradient id="([^"]+)"/.exec(html)?.[1];
    expect(id).toMatch(/^viridis-/);
    expect(html).toContain(`fill="url(#${id})"`);
    // Bar from y = 28 to 184 (200 − 16): tick 1 at 184 − (0.5/4)·156 = 164.5, tick 4 at 47.5.
    const ticks = [
      ...html.matchAll(/<line x1="16" x2="20" y1="([\d.]+)"[^>]*><\/line>\s*<text[^>]*>([^<]+)</g),
    ];
    expect(ticks.map((m) => m[2])).toEqual(['1', '2', '3', '4']);
    expect(Number(ticks[0][1])).toBeCloseTo(164.5, 1);
    expect(Number(ticks[3][1])).toBeCloseTo(47.5, 1);
    await expect(html).toMatchFileSnapshot('__snapshots__/ColorLegend.linear.html');
  });

  it('says "log" and puts a tick per decade above the minimum when the values span decades', () => {
    const tr = valueTransform(new Float32Array([0, 0.5, 10, 1000]));
    expect(tr.log).toBe(true);
    const html = renderMarkup(<ColorLegend tr={tr} width={80} height={200} title="MSE" />);
    expect(html).toContain('aria-label="Loss colour scale (log scale): 0 – 1000"');
    expect(html).toContain('<text class="color-legend-note" x="4" y="23">log</text>');
    const labels = [...html.matchAll(/<g class="tick">.*?<text[^>]*>([^<]+)<\/text><\/g>/g)].map(
      (m) => m[1],
    );
    // Span 1000: decades 10^0 … 10^3 above the minimum 0, four ticks, none thinned out.
    expect(labels).toEqual(['1', '10', '100', '1000']);
  });

  it('starts the decades at the log offset (a thousandth of the span), not at the minimum', () => {
    const tr = valueTransform(new Float32Array([0, 1, 1e6]));
    const html = renderMarkup(<ColorLegend tr={tr} width={80} height={200} title="L" />);
    const labels = [...html.matchAll(/<g class="tick">.*?<text[^>]*>([^<]+)<\/text><\/g>/g)].map(
      (m) => m[1],
    );
    // Span 10^6: the transform is log(v − lo + 10^3), so decades below 10^3 would crowd at the
    // bottom; the ticks are 10^3 … 10^6 above the minimum.
    expect(labels).toEqual([1e3, 1e4, 1e5, 1e6].map((v) => fmt(v)));
  });

  it('keeps the bar at least 40 px tall in a very short legend', () => {
    const tr = valueTransform(new Float32Array([0, 1]));
    const html = renderMarkup(<ColorLegend tr={tr} width={40} height={50} title="L" />);
    expect(html).toMatch(/<rect x="4" y="28" width="12" height="40"/);
  });
});

describe('BatchLayer', () => {
  it('draws the batch loss as contours and marks its minimum, with its name and place', async () => {
    const html = chartSnapshot(
      <svg width={300} height={300}>
        <BatchLayer grid={bowl} x={x} y={y} minLabel="this batch’s minimum" />
      </svg>,
    );
    // 9 levels over a bowl that fills the window: each gives at least one ring.
    const n = num(html, 'data-contours');
    expect(n).toBeGreaterThanOrEqual(5);
    expect(n).toBeLessThanOrEqual(9);
    expect(count(html, /class="batch-contour"/g)).toBe(n);
    // Minimum (2, 1): x = 150, y = 150.
    expect(html).toContain('transform="translate(150,150)"');
    expect(html).toContain('<title>this batch’s minimum: w = 2, b = 1</title>');
    await expect(html).toMatchFileSnapshot('__snapshots__/BatchLayer.html');
  });

  it('draws neither rings nor a minimum for a grid of overflow only', () => {
    const inf = gridOf(() => Infinity, [-1, 5], [-2, 4], 5);
    const html = renderMarkup(<BatchLayer grid={inf} x={x} y={y} minLabel="m" />);
    expect(html).toContain('data-contours="0"');
    expect(html).not.toContain('batch-contour');
    expect(html).not.toContain('batch-min');
  });
});

describe('RegLayer', () => {
  const labels = {
    dataMin: 'data min',
    regMin: 'reg min',
    trajectory: 'trajectory',
    penaltyLine: 'penalty',
  };

  it('puts the L2 minimum of (w − 2)² + (b − 1)² + w² at w = 1, the data minimum at w = 2', async () => {
    const html = chartSnapshot(
      <svg width={300} height={300}>
        <RegLayer data={bowl} reg={{ l1: 0, l2: 1 }} x={x} y={y} labels={labels} />
      </svg>,
    );
    // Hand computation: d/dw [(w − 2)² + w²] = 0 at w = 1; b is not penalised and stays 1.
    const reg = /data-testid="reg-min" data-w="([^"]+)" data-b="([^"]+)"/.exec(html);
    expect(Number(reg?.[1])).toBeCloseTo(1, 3);
    expect(Number(reg?.[2])).toBeCloseTo(1, 3);
    const data = /data-testid="data-min" data-w="([^"]+)" data-b="([^"]+)"/.exec(html);
    expect(Number(data?.[1])).toBeCloseTo(2, 3);
    expect(Number(data?.[2])).toBeCloseTo(1, 3);
    expect(html).toContain('<title>reg min: w = 1, b = 1</title>');
    expect(html).toContain('<title>data min: w = 2, b = 1</title>');
    // The tangent pair w = ±1 (x = 100 and 0) with the penalty there: λ·1² = 1.
    expect(html).toContain('<title>penalty: 1</title>');
    expect(html).toMatch(/class="penalty-line strong" x1="100(\.0+\d*)?" x2="100(\.0+\d*)?"/);
    expect(html).toMatch(/class="penalty-line strong" x1="0(\.0+\d*)?" x2="0(\.0+\d*)?"/);
    // The trajectory: 18 scales (0 and 1/16 … 16), its ends hidden (r = 0), the rest dots.
    expect(count(html, /class="reg-trajectory-dot"/g)).toBe(18);
    expect(count(html, /class="reg-trajectory-dot"[^>]*r="0"/g)).toBe(2);
    // The data-loss contour touching the pair: one ring at level (w − 2)² = 1.
    expect(count(html, /class="touching-contour"/g)).toBe(1);
    await expect(html).toMatchFileSnapshot('__snapshots__/RegLayer.l2.html');
  });

  it('moves the regularised minimum towards w = 0 as λ grows along the trajectory', () => {
    const html = renderMarkup(
      <RegLayer data={bowl} reg={{ l1: 0, l2: 1 }} x={x} y={y} labels={labels} />,
    );
    const path = /class="reg-trajectory" d="M([^"]+)"/.exec(html)?.[1] ?? '';
    const xs = path.split('L').map((p) => Number(p.split(',')[0]));
    expect(xs).toHaveLength(18);
    // x(w) for w = 2 / (1 + s): from 150 (s = 0) down towards x(0) = 50, never increasing.
    expect(xs[0]).toBeCloseTo(150, 0);
    for (let k = 1; k < xs.length; k++) expect(xs[k]).toBeLessThanOrEqual(xs[k - 1] + 0.5);
    expect(xs.at(-1)).toBeLessThan(60);
    // Ridge on this bowl: argmin (w − 2)² + s·w² is w = 2 / (1 + s), exact (Newton on a quadratic).
    TRAJECTORY_SCALES.forEach((s, k) => expect(xs[k]).toBeCloseTo(x(2 / (1 + s)), 0));
  });

  it('draws no tangent pair when the regularised minimum sits on w = 0', () => {
    const centred = gridOf((w, b) => w * w + (b - 1) ** 2, [-1, 5], [-2, 4]);
    const html = renderMarkup(
      <RegLayer data={centred} reg={{ l1: 0, l2: 1 }} x={x} y={y} labels={labels} />,
    );
    expect(html).not.toContain('penalty-tangent');
    expect(html).toContain('data-testid="reg-min"');
  });
});

describe('PreviousMinimum', () => {
  const ghost = { loss: 'mse' as const, key: 'd', min: { w: 0, b: 0 } };

  it('rings the old minimum, names its loss and draws the move to the new one', async () => {
    const html = chartSnapshot(
      <svg width={300} height={300}>
        <PreviousMinimum ghost={ghost} now={{ w: 2, b: 1 }} x={x} y={y} />
      </svg>,
      { store: createAppStore() },
    );
    // Without the math module loaded the name is the id in capitals.
    expect(html).toContain('data-loss="mse"');
    expect(html).toContain('<title>MSE minimum</title>');
    // (0, 0) is x = 50, y = 200; (2, 1) is x = 150, y = 150.
    expect(html).toContain('<line x1="50" y1="200" x2="150" y2="150" class="previous-min-move">');
    expect(html).toContain('<circle cx="50" cy="200" r="8">');
    // Left half: the name to the right of the ring.
    expect(html).toContain('<text x="62" y="190" text-anchor="start">MSE minimum</text>');
    await expect(html).toMatchFileSnapshot('__snapshots__/PreviousMinimum.html');
  });

  it('puts the name on the left of a ring in the right half, and no arrow without a new minimum', () => {
    const html = chartSnapshot(
      <svg>
        <PreviousMinimum ghost={{ ...ghost, min: { w: 4, b: 0 } }} now={null} x={x} y={y} />
      </svg>,
      { store: createAppStore() },
    );
    expect(html).not.toContain('previous-min-move');
    expect(html).toContain('<text x="238" y="190" text-anchor="end">MSE minimum</text>');
  });
});

const curvature = (max: number, min: number, exact: boolean): Curvature => ({
  gradient: [0, 0],
  hessian: [
    [max, 0],
    [0, min],
  ],
  eigenvalues: [max, min],
  lambdaMax: max,
  condition: max / min,
  exact,
  notApplicable: null,
});

describe('StabilityNote', () => {
  it('states λ, κ and the SGD limit 2/λ_max, and says whether η is below it', () => {
    const html = renderMarkup(
      <StabilityNote
        info={{ kind: 'limit', curvature: curvature(8, 2, true), limit: 0.25, optimizer: 'sgd' }}
        lr={0.1}
      />,
    );
    expect(html).toContain('Hessian eigenvalues λ_max = 8, λ_min = 2; condition number κ = 4');
    expect(html).toContain('(exact: this loss is quadratic in (w, b))');
    expect(html).toContain('data-limit="0.25"');
    expect(html).toContain('Plain gradient descent is stable for η &lt; 2/λ_max = 0.25');
    expect(html).toMatch(/<p class="ok">current η = 0.1: below the limit<\/p>/);
  });

  it('uses the momentum rule with its β, and marks an η at or above the limit as over', () => {
    const info = {
      kind: 'limit',
      curvature: curvature(4, 1, false),
      limit: 0.95,
      optimizer: 'momentum',
      beta: 0.9,
    } as const;
    const html = renderMarkup(<StabilityNote info={info} lr={0.95} />);
    expect(html).toContain(
      'Heavy-ball momentum (β = 0.9) is stable for η &lt; 2(1 + β)/λ_max = 0.95',
    );
    expect(html).toContain('(at the current point, by power iteration on Hessian-vector products)');
    expect(html).toMatch(/<p class="over">current η = 0.95: above the limit/);
  });

  it('leaves out the η line while no learning rate is known', () => {
    const html = renderMarkup(
      <StabilityNote
        info={{ kind: 'limit', curvature: curvature(8, 2, true), limit: 0.25, optimizer: 'sgd' }}
        lr={null}
      />,
    );
    expect(html).not.toContain('current η');
  });

  it('says why there is no limit, naming the optimizer or loss as the UI spells it', () => {
    const adaptive = renderMarkup(
      <StabilityNote
        info={{ kind: 'na', reason: 'adaptive', curvature: null }}
        lr={0.1}
        name="rmsprop"
      />,
    );
    expect(adaptive).toContain('data-testid="stability-na"');
    expect(adaptive).toContain('n/a for RMSProp: it rescales each coordinate');
    expect(adaptive).not.toContain('Hessian eigenvalues');
    const piecewise = renderMarkup(
      <StabilityNote
        info={{ kind: 'na', reason: 'piecewise', curvature: null }}
        lr={0.1}
        name="mae"
      />,
    );
    expect(piecewise).toContain('n/a for MAE: the loss is piecewise linear');
    const unknown = renderMarkup(
      <StabilityNote
        info={{ kind: 'na', reason: 'adaptive', curvature: null }}
        lr={0.1}
        name="lion"
      />,
    );
    expect(unknown).toContain('n/a for lion:');
    const concave = renderMarkup(
      <StabilityNote
        info={{ kind: 'na', reason: 'concave', curvature: curvature(-1, -2, false) }}
        lr={0.1}
      />,
    );
    expect(concave).toContain('n/a here: the loss is not convex at this point (λ_max ≤ 0).');
    expect(concave).toContain('λ_max = −1');
  });

  it('renders nothing when there is nothing to say', () => {
    expect(renderMarkup(<StabilityNote info={{ kind: 'none' }} lr={0.1} />)).toBe('');
  });

  it('is in Chinese when the language is', async () => {
    const i18n = createI18n('en');
    await i18n.changeLanguage('zh-CN');
    const html = renderToStaticMarkup(
      <I18nextProvider i18n={i18n}>
        <StabilityNote
          info={{ kind: 'limit', curvature: curvature(8, 2, true), limit: 0.25, optimizer: 'sgd' }}
          lr={1}
        />
      </I18nextProvider>,
    );
    expect(html).toContain('<h4>学习率为何会发散</h4>');
    expect(html).toContain('普通梯度下降在 η &lt; 2/λ_max = 0.25 时稳定');
    expect(html).toMatch(/<p class="over">当前 η = 1：高于稳定性上限/);
  });
});

describe('LandscapeHead', () => {
  const noop = () => {};

  it('presses the current view, selects the grid size and lists every size', async () => {
    const html = chartSnapshot(
      <LandscapeHead
        settings={{ grid: GRID_SIZES[1], mode: '3d' }}
        onSettings={noop}
        onFit={noop}
      />,
    );
    expect(html).toContain('<h3 id="landscape-title">Loss landscape</h3>');
    expect(html).toContain('role="group" aria-label="View"');
    expect(html).toMatch(/aria-pressed="false"[^>]*>Heatmap</);
    expect(html).toMatch(/aria-pressed="true"[^>]*>3-D</);
    expect(count(html, /<option /g)).toBe(GRID_SIZES.length);
    const g = GRID_SIZES[1];
    expect(html).toContain(`<option value="${g}" selected="">${g}×${g}</option>`);
    expect(count(html, /selected=""/g)).toBe(1);
    expect(html).toContain('data-testid="fit-view"');
    expect(html).toContain('>Fit view</button>');
    await expect(html).toMatchFileSnapshot('__snapshots__/LandscapeHead.html');
  });
});
