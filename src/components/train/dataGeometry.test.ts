import { describe, expect, it } from 'vitest';
import {
  boundaryPath,
  dataChartSize,
  dataScales,
  fitPath,
  heatRect,
  keyMove,
  pointAt,
  pullGeometry,
  round3,
} from './dataGeometry';

// A 100 × 100 px plot over x ∈ [0, 10], y ∈ [0, 10]: 10 px per unit, y up.
const plot = dataScales({ x: [0, 10], y: [0, 10] }, 100, 100);
const logPlot = dataScales({ x: [0, 10], y: [-0.1, 1.1] }, 100, 120);

describe('dataChartSize', () => {
  it('takes its height from the width (250–420 px) or, filling, from the box (≥ 140 px)', () => {
    expect(dataChartSize({ width: 500, height: 100 }, false)).toMatchObject({ height: 300 });
    expect(dataChartSize({ width: 100, height: 100 }, false).height).toBe(250);
    expect(dataChartSize({ width: 1000, height: 100 }, false).height).toBe(420);
    expect(dataChartSize({ width: 500, height: 100 }, true).height).toBe(140);
    const s = dataChartSize({ width: 500, height: 300 }, true);
    expect([s.iw, s.ih]).toEqual([500 - 54 - 16, 300 - 14 - 46]);
    expect(dataChartSize({ width: 20, height: 300 }, true).iw).toBe(10);
  });
});

describe('fitPath', () => {
  it('draws a line as one segment across the x domain', () => {
    expect(fitPath({ w: 1, b: 0 }, 'linear', plot)).toBe('M0.0,100.0L100.0,0.0');
  });
  it('clips a steep line near the plot instead of sending millions of pixels', () => {
    const d = fitPath({ w: 1e6, b: 0 }, 'linear', plot);
    const ys = [...d.matchAll(/,(-?[\d.]+)/g)].map((m) => Number(m[1]));
    expect(Math.max(...ys.map(Math.abs))).toBeLessThanOrEqual(200);
    expect(d.startsWith('M0.0,100.0')).toBe(true);
  });
  it('draws σ(wx + b) through p = 0.5 at x = −b/w, and nothing for the MLP or no model', () => {
    const d = fitPath({ w: 2, b: -10 }, 'logistic', logPlot);
    expect(d.match(/L/g)).toHaveLength(119);
    // From p ≈ 0 at x = 0 to p ≈ 1 at x = 10 (σ(∓10)).
    expect(d.startsWith(`M0.0,${logPlot.sy(0).toFixed(1)}`)).toBe(true);
    expect(d.endsWith(`L100.0,${logPlot.sy(1).toFixed(1)}`)).toBe(true);
    expect(fitPath({ w: 1, b: 0 }, 'mlp', plot)).toBe('');
    expect(fitPath(null, 'linear', plot)).toBe('');
  });
});

describe('pullGeometry', () => {
  const points = [
    { x: 1, y: 2 },
    { x: 2, y: 4 },
    { x: 3, y: 9 },
    { x: 4, y: 8 },
  ];
  it('skips held-out points and non-finite ℓ′; the arrow is ½ unit per unit of ℓ′, against ℓ′', () => {
    const g = pullGeometry(
      points,
      [false, true, false, false],
      [0, 1, -6, NaN],
      { w: 2, b: 0 },
      'linear',
      plot,
    );
    expect(g.map((p) => p.i)).toEqual([0, 2]);
    // Point 3: fit 6, point 9; MSE's ℓ′ = 2e = −6 → an arrow of 3 units (30 px) up to the point.
    const r = (v: number) => Math.round(v * 1e6) / 1e6;
    expect({ ...g[1], y1: r(g[1].y1), pull: r(g[1].pull) }).toEqual({
      i: 2,
      x: 30,
      y0: 40,
      y1: 10,
      pull: -30,
    });
    // ℓ′ = 0: a residual and no arrow.
    expect(g[0].pull).toBe(0);
  });
  it('caps the arrow at the plot height and keeps the ends within a plot-height of it', () => {
    const [g] = pullGeometry([{ x: 1, y: 1e6 }], [false], [-1e9], { w: 0, b: 0 }, 'linear', plot);
    expect(g.pull).toBe(-100);
    expect(g.y1).toBe(-100);
  });
  it('measures the logistic pull from σ(z), one unit per unit of ℓ′; none without a fit', () => {
    const [g] = pullGeometry(
      [{ x: 5, y: 1 }],
      [false],
      [-0.5],
      { w: 0, b: 0 },
      'logistic',
      logPlot,
    );
    expect(g.y0).toBeCloseTo(logPlot.sy(0.5));
    expect(g.pull).toBeCloseTo(-50);
    expect(pullGeometry(points, [], [1, 1, 1, 1], null, 'linear', plot)).toEqual([]);
  });
});

describe('heat grid', () => {
  const heat = { domain: { x: [0, 10], y: [0, 10] } as const, g: 2, p: [0, 1, 0, 1] };
  it('places the grid by its own domain', () => {
    const h = { ...heat, domain: { x: [2, 4] as [number, number], y: [1, 5] as [number, number] } };
    expect(heatRect(h, plot)).toEqual({ x: 20, y: 50, w: 20, h: 40 });
  });
  it('draws the p = 0.5 contour between the columns, and nothing for a malformed grid', () => {
    const d = boundaryPath({ ...heat, domain: { x: [0, 10], y: [0, 10] } }, plot);
    expect(d).toMatch(/^M/);
    expect(d).toContain('50');
    expect(boundaryPath({ ...heat, domain: { x: [0, 10], y: [0, 10] }, p: [0, 1] }, plot)).toBe('');
    expect(boundaryPath(null, plot)).toBe('');
  });
});

describe('pointAt and keyMove', () => {
  it('turns pixels into a point rounded to 3 decimals; logistic labels snap; a class is kept', () => {
    expect(pointAt(33.33333, 50, plot, 'linear')).toEqual({ x: 3.333, y: 5 });
    expect(pointAt(10, 10, logPlot, 'logistic')).toEqual({ x: 1, y: 1 });
    expect(pointAt(10, 110, logPlot, 'logistic')).toEqual({ x: 1, y: 0 });
    expect(pointAt(10, 10, plot, 'mlp', 1)).toEqual({ x: 1, y: 9, label: 1 });
    expect(round3(-0.00049)).toBe(-0);
  });
  it('moves by a hundredth of the view (Shift: a tenth); logistic Up/Down set the label', () => {
    const view = { x: [0, 10] as [number, number], y: [0, 20] as [number, number] };
    const p = { x: 1, y: 1 };
    expect(keyMove(p, 'ArrowRight', false, view, 'linear')).toEqual({ x: 1.1, y: 1 });
    expect(keyMove(p, 'ArrowLeft', true, view, 'linear')).toEqual({ x: 0, y: 1 });
    expect(keyMove(p, 'ArrowUp', false, view, 'linear')).toEqual({ x: 1, y: 1.2 });
    expect(keyMove(p, 'ArrowDown', true, view, 'linear')).toEqual({ x: 1, y: -1 });
    expect(keyMove({ x: 1, y: 0 }, 'ArrowUp', false, view, 'logistic')).toEqual({ x: 1, y: 1 });
    expect(keyMove({ x: 1, y: 1, label: 0 }, 'ArrowDown', false, view, 'mlp')).toEqual({
      x: 1,
      y: 0.8,
      label: 0,
    });
    expect(keyMove(p, 'Enter', false, view, 'linear')).toBeNull();
  });
});
