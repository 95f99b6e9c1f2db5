// The comparison's slice map (SVG snapshot plus its contour rings and minimum against a hand
// computation), the state-file buttons of the landscape card, and the side views before a job.
import { describe, expect, it } from 'vitest';
import type { H5Surface } from '../../../state/applications/h5Types';
import { createAppStore } from '../../../state/store';
import { chartSnapshot, renderMarkup } from '../../charts/svgSnapshot';
import { contourLevels, valueTransform, type Grid } from '../../landscape/surfaceGeometry';
import { CompareMap } from './CompareMap';
import { H5StateFile } from './H5StateFile';
import { NetSideViews } from './NetSideViews';
import type { H5Files } from './useH5Files';

// A bowl L = w² + b² on a 5 × 5 grid over [−2, 2]²: its minimum 0 at the centre, its top 8.
const axis = [-2, -1, 0, 1, 2];
const bowl: Grid = {
  w: axis,
  b: axis,
  values: Float32Array.from(axis.flatMap((b) => axis.map((w) => w * w + b * b))),
};

describe('CompareMap', () => {
  const tr = valueTransform(bowl.values);
  const props = {
    grid: bowl,
    tr,
    size: 200,
    label: 'Batch 16, λ = 0',
    axisLabels: { x: 'α', y: 'β' },
    testId: 'cmp-0',
  };

  it('the shared rings, the minimum at the centre and named axes (SVG snapshot)', async () => {
    const levels = [1.5, 4.5];
    const html = chartSnapshot(<CompareMap {...props} levels={levels} />);
    expect(html).toContain('data-testid="cmp-0"');
    expect(html).toContain('data-min="0"');
    expect(html).toContain('role="img" aria-label="Batch 16, λ = 0"');
    // One path per level: 1.5 a closed ring, 4.5 cut by the plot's corners.
    const rings = [...html.matchAll(/<path d="([^"]*)" class="contour">/g)].map((m) => m[1]);
    expect(rings).toHaveLength(2);
    expect(rings[0].endsWith('Z')).toBe(true);
    expect(rings[1]).not.toContain('Z');
    // On b = 0 the 1.5 ring crosses w between 1 (L = 1) and 2 (L = 4) at w = 1 + 0.5/3 = 7/6,
    // which is (7/6 + 2)/4 · 138 = 109.25 px.
    expect(rings[0]).toContain('L109.3,74L');
    // The plot is 200 − 52 − 10 = 138 px wide and 200 − 6 − 46 = 148 px high: the minimum at
    // (0, 0) sits at its middle.
    expect(html).toContain('class="minimum" transform="translate(69,74)"');
    expect(html).toContain('<canvas width="138" height="148"');
    expect(html).toMatch(/>α</);
    expect(html).toMatch(/>β</);
    await expect(html).toMatchFileSnapshot('__snapshots__/CompareMap.html');
  });

  it('the rings follow the levels passed: none without levels, twelve from contourLevels', () => {
    const none = renderMarkup(<CompareMap {...props} levels={[]} />);
    expect(none).not.toContain('class="contour"');
    const levels = contourLevels(tr, 12);
    expect(levels).toHaveLength(12);
    const html = renderMarkup(<CompareMap {...props} levels={levels} />);
    const rings = html.match(/class="contour"/g) ?? [];
    expect(rings.length).toBeGreaterThan(0);
    expect(rings.length).toBeLessThanOrEqual(12);
  });

  it('a grid of gaps has no minimum mark', () => {
    const gaps = { ...bowl, values: new Float32Array(25).fill(NaN) };
    const html = renderMarkup(<CompareMap {...props} grid={gaps} levels={[1]} />);
    expect(html).toContain('data-min=""');
    expect(html).not.toContain('class="minimum"');
    expect(html).not.toContain('NaN');
  });
});

describe('H5StateFile', () => {
  const surface = (n: number): H5Surface => ({
    kind: 'surface',
    name: 'run.h5',
    x: Array.from({ length: n }, (_, i) => i),
    y: Array.from({ length: n }, (_, i) => i),
    fields: { train_loss: new Float32Array(n * n) },
    order: ['train_loss'],
    missing: { train_loss: 0 },
  });
  const files = (s: H5Surface | null): H5Files => ({
    surface: s,
    projection: null,
    directions: null,
    field: '',
    errors: [],
    busy: false,
  });
  const render = (s: H5Surface | null) =>
    renderMarkup(<H5StateFile files={files(s)} />, { store: createAppStore() });

  it('no landscape: only “open a state file”, a hidden JSON file input in its label', () => {
    const html = render(null);
    expect(html).not.toContain('h5-save-state');
    expect(html).toMatch(
      /^<label class="ap-button dg-h5-pick">Open a state file…<input type="file" accept=".json,application\/json"/,
    );
    expect(html).toContain('data-testid="h5-state-input"');
    expect(html).not.toContain('h5-state-message');
  });

  it('a landscape that fits: Save on, no warning', () => {
    const html = render(surface(10));
    const save = /<button[^>]*data-testid="h5-save-state"[^>]*>([^<]*)</.exec(html)!;
    expect(save[1]).toBe('Save as a state file');
    expect(save[0]).not.toContain('disabled');
    expect(html).not.toContain('too big');
  });

  it('over 45,000 numbers: Save off, and the reason said and in its title', () => {
    // 213² = 45,369 values.
    const html = render(surface(213));
    const save = /<button[^>]*data-testid="h5-save-state"[^>]*>/.exec(html)![0];
    expect(save).toContain('disabled=""');
    expect(save).toContain('title="This landscape is too big to carry in a state file');
    expect(html).toContain('<span class="ap-hint">This landscape is too big');
    // 212² = 44,944 still fits.
    expect(render(surface(212))).not.toContain('disabled');
  });
});

describe('NetSideViews (before a job)', () => {
  it('both buttons on, no value and no chart yet', () => {
    const html = renderMarkup(
      <NetSideViews kind="mlp" theta={new Float32Array(4)} dirSeed={1} range={1} />,
    );
    expect(html.match(/<h4>/g)).toHaveLength(2);
    const measure = /<button[^>]*data-testid="dg-sharpness"[^>]*>([^<]*)</.exec(html)!;
    expect(measure[1]).toBe('Measure sharpness');
    expect(measure[0]).not.toContain('disabled');
    expect(html).toMatch(/data-testid="dg-line"[^>]*>Draw 1-D</);
    expect(html).toContain(
      '<p aria-live="polite" data-testid="dg-sharpness-value" data-lambda=""></p>',
    );
    expect(html).not.toContain('dg-line-chart');
  });
});
