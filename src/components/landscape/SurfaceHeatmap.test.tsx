// The heatmap's SVG overlay rendered in Node (the canvas is painted in an effect, so it stays
// empty here): contours, the grid minimum, the paths, the axes and the keyboard overlay.
import { describe, expect, it } from 'vitest';
import { chartSnapshot, renderMarkup } from '../charts/svgSnapshot';
import { pathStyle } from './pathGeometry';
import { SurfaceHeatmap, type SurfaceHeatmapProps } from './SurfaceHeatmap';
import { axis, type Grid } from './surfaceGeometry';

/** (w − 1)² + 2(b + 0.5)² + 0.1 on w ∈ [−1, 3], b ∈ [−2, 1]: minimum 0.1 at (1, −0.5). */
function bowl(n = 41): Grid {
  const w = axis([-1, 3], n);
  const b = axis([-2, 1], n);
  const values = new Float32Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) values[i * n + j] = (w[j] - 1) ** 2 + 2 * (b[i] + 0.5) ** 2 + 0.1;
  return { w, b, values };
}

const props = (over: Partial<SurfaceHeatmapProps> = {}): SurfaceHeatmapProps => ({
  grid: bowl(),
  base: { w: [-1, 3], b: [-2, 1] },
  paths: [],
  step: 0,
  width: 364,
  height: 352,
  labels: { w: 'weight w', b: 'bias b', loss: 'loss', minimum: 'grid minimum', summary: 'A bowl' },
  onView: () => {},
  ...over,
});
const count = (html: string, re: RegExp) => html.match(re)?.length ?? 0;

describe('SurfaceHeatmap', () => {
  it('draws contours, the minimum with its value, axes and a focusable overlay', async () => {
    const html = chartSnapshot(<SurfaceHeatmap {...props()} />);
    // Inner plot 364 − 52 − 12 = 300 by 352 − 10 − 42 = 300; the canvas has that size.
    expect(html).toContain('<canvas width="300" height="300"');
    expect(html).toContain('data-window="-1,3,-2,1"');
    // 16 levels over the bowl; each is at least one ring inside the window.
    const rings = count(html, /class="contour"/g);
    expect(rings).toBeGreaterThanOrEqual(12);
    expect(rings).toBeLessThanOrEqual(16);
    // The minimum (1, −0.5): x = 75 × 2 = 150, y = 300 − 100 × 1.5 = 150.
    expect(html).toContain('<g class="minimum" transform="translate(150,150)">');
    expect(html).toContain('<title>grid minimum: w = 1, b = −0.5, loss = 0.1</title>');
    // Overlay: keyboard-reachable, named by the summary.
    expect(html).toMatch(
      /<rect class="heatmap-overlay" width="300" height="300" tabindex="0" role="application"/,
    );
    expect(html).toContain('aria-roledescription="loss surface"');
    expect(count(html, /aria-label="A bowl"/g)).toBe(2);
    // Axis names.
    expect(html).toContain('weight w');
    expect(html).toContain('bias b');
    // No cursor and no tip before the pointer or the keyboard moves.
    expect(html).not.toContain('class="cursor"');
    expect(html).not.toContain('surface-tip');
    // The plot is clipped to its own rect, through the id it defines.
    const clip = /<clipPath id="([^"]+)"/.exec(html)?.[1];
    expect(clip).toMatch(/^heatmap-clip-/);
    expect(html).toContain(`clip-path="url(#${clip})"`);
    await expect(html).toMatchFileSnapshot('__snapshots__/SurfaceHeatmap.bowl.html');
  });

  it('hides the minimum when a layer marks refined minima, and draws the layers in the plot', () => {
    const html = renderMarkup(
      <SurfaceHeatmap
        {...props({
          showMinimum: false,
          layers: (x, y) => <circle data-testid="layer" cx={x(1)} cy={y(-0.5)} r={3} />,
        })}
      />,
    );
    expect(html).not.toContain('class="minimum"');
    expect(html).toContain('<circle data-testid="layer" cx="150" cy="150" r="3">');
  });

  it('traces the contours on a coarse grid during a drag (fewer points per ring)', () => {
    const fine = props({ grid: bowl(161) });
    const exact = renderMarkup(<SurfaceHeatmap {...fine} />);
    const coarse = renderMarkup(<SurfaceHeatmap {...fine} coarse />);
    const points = (html: string) =>
      [...html.matchAll(/class="contour"|d="([^"]+)" class="contour"/g)].reduce(
        (n, m) => n + (m[1]?.split(/[LM]/).length ?? 0),
        0,
      );
    expect(points(coarse)).toBeGreaterThan(0);
    expect(points(coarse)).toBeLessThan(points(exact) / 2);
  });

  it('draws the runs in the frame and says nothing but the axes when there is no grid yet', () => {
    const run = {
      id: 'run',
      label: 'this run',
      ...pathStyle(0),
      w: [2.5, 1.5, 1],
      b: [0.5, 0, -0.5],
    };
    const withPath = renderMarkup(<SurfaceHeatmap {...props({ paths: [run], step: 2 })} />);
    expect(withPath).toContain('path-line');
    const empty = renderMarkup(<SurfaceHeatmap {...props({ grid: null })} />);
    expect(empty).not.toContain('class="contour"');
    expect(empty).not.toContain('class="minimum"');
    expect(empty).toContain('weight w');
  });
});
