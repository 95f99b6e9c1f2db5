import { describe, expect, it } from 'vitest';
import {
  axis,
  coarseGrid,
  contourLevels,
  contourPaths,
  gridMinimum,
  sampleGrid,
  valueTransform,
  windowAround,
  type Grid,
} from './surfaceGeometry';

// A bowl L = (w − 1)² + 4(b + 0.5)² on a 21×11 grid.
function bowl(): Grid {
  const w = axis([-2, 4], 21);
  const b = axis([-2, 1], 11);
  const values = new Float32Array(w.length * b.length);
  b.forEach((bi, i) =>
    w.forEach((wj, j) => (values[i * w.length + j] = (wj - 1) ** 2 + 4 * (bi + 0.5) ** 2)),
  );
  return { w, b, values };
}

describe('surface geometry', () => {
  it('finds the grid minimum', () => {
    const m = gridMinimum(bowl())!;
    expect(m.w).toBeCloseTo(1, 10);
    expect(m.b).toBeCloseTo(-0.5, 10);
    expect(m.value).toBeCloseTo(0, 6);
  });

  it('uses a log transform only when values span decades', () => {
    expect(valueTransform(Float32Array.from([1, 2, 3])).log).toBe(false);
    const wide = valueTransform(Float32Array.from([0, 0.01, 1, 100, 10000]));
    expect(wide.log).toBe(true);
    expect(wide.inverse(wide.f(37))).toBeCloseTo(37, 6);
    const levels = contourLevels(wide, 4);
    // Log-spaced: the gaps between levels grow.
    expect(levels[2] - levels[1]).toBeGreaterThan(3 * (levels[1] - levels[0]));
  });

  it('crowds linear-scale contour levels near the minimum (a V valley gets rings near its floor)', () => {
    const tr = valueTransform(Float32Array.from([10, 11, 12, 13, 14]));
    expect(tr.log).toBe(false);
    const levels = contourLevels(tr, 8);
    expect(levels).toHaveLength(8);
    expect(levels[0]).toBeGreaterThan(10);
    expect(levels[7]).toBeLessThan(14);
    // Quadratic spacing: each gap wider than the one before, the first a small fraction.
    for (let k = 2; k < 8; k++)
      expect(levels[k] - levels[k - 1]).toBeGreaterThan(levels[k - 1] - levels[k - 2]);
    expect(levels.filter((v) => v < 11)).toHaveLength(4);
  });

  it('ignores non-finite values when choosing the range', () => {
    const t = valueTransform(Float32Array.from([1, Infinity, 3, NaN]));
    expect([t.lo, t.hi]).toEqual([1, 3]);
  });

  it('maps contour rings to pixel space: a level-1 ring of the bowl is an ellipse around the minimum', () => {
    const g = bowl();
    const [ring] = contourPaths(
      g,
      [1],
      (w) => w * 100,
      (b) => b * 100,
    );
    expect(ring.level).toBe(1);
    expect(ring.d.match(/M/g)).toHaveLength(1); // the ellipse alone, no border ring
    const pts = ring.d
      .replace(/[MZ]/g, '')
      .split('L')
      .map((p) => p.split(',').map(Number));
    const ws = pts.map((p) => p[0] / 100);
    const bs = pts.map((p) => p[1] / 100);
    // (w − 1)² = 1 at b = −0.5 → w ∈ [0, 2]; 4(b + 0.5)² = 1 at w = 1 → b ∈ [−1, 0].
    expect(Math.min(...ws)).toBeCloseTo(0, 1);
    expect(Math.max(...ws)).toBeCloseTo(2, 1);
    expect(Math.min(...bs)).toBeCloseTo(-1, 1);
    expect(Math.max(...bs)).toBeCloseTo(0, 1);
  });

  it('interpolates the grid bilinearly and is NaN outside', () => {
    const g = bowl();
    expect(sampleGrid(g, 1, -0.5)).toBeCloseTo(0, 5);
    expect(sampleGrid(g, 2.2, 0.4)).toBeCloseTo((2.2 - 1) ** 2 + 4 * 0.9 ** 2, 1);
    expect(sampleGrid(g, 10, 0)).toBeNaN();
  });

  it('pads a window around the points, with a minimum span', () => {
    const win = windowAround([
      { w: 0.5, b: 0.5 },
      { w: 2, b: 0 },
    ]);
    expect(win.w[0]).toBeLessThan(0.5);
    expect(win.w[1]).toBeGreaterThan(2);
    expect(win.b[1] - win.b[0]).toBeGreaterThanOrEqual(2);
  });
});

describe('coarseGrid', () => {
  it('keeps every k-th row and column, evenly spaced, with their values', () => {
    const g = bowl(); // 21 × 11
    const c = coarseGrid(g, 8); // k = ⌈21 / 8⌉ = 3
    expect(c.w).toEqual([0, 3, 6, 9, 12, 15, 18].map((j) => g.w[j]));
    expect(c.b).toEqual([0, 3, 6, 9].map((i) => g.b[i]));
    expect(c.values[2 * c.w.length + 4]).toBe(g.values[6 * g.w.length + 12]);
    const steps = c.w.slice(1).map((w, j) => w - c.w[j]);
    steps.forEach((s) => expect(s).toBeCloseTo(steps[0], 12));
  });

  it('returns the grid itself when it is small enough', () => {
    const g = bowl();
    expect(coarseGrid(g, 21)).toBe(g);
  });
});

describe('gridPixels', () => {
  it("maps the lowest value to viridis' dark end, the highest to its yellow, overflow to grey", async () => {
    const { gridPixels, OVERFLOW_RGB } = await import('./colorScale');
    const values = Float32Array.from([0, 1, Infinity, 0.5]);
    const px = gridPixels(values, 2, 2, valueTransform(values));
    // Rows flipped: the first row of values is the bottom row of pixels.
    expect([...px.slice(8, 11)]).toEqual([68, 1, 84]); // viridis(0) = #440154
    expect([...px.slice(12, 15)]).toEqual([253, 231, 37]); // viridis(1) = #fde725
    expect([...px.slice(0, 3)]).toEqual(OVERFLOW_RGB);
    expect(px[3]).toBe(255);
  });
});
