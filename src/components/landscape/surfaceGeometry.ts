// Pure geometry of a loss surface (no DOM): the value transform for colour and contour levels,
// contour rings as SVG paths in pixel space, the grid's minimum, the default window. d3-contour
// returns rings in grid units (each value at the centre of a unit square); we map them here.
import { contours } from 'd3-contour';

export interface Grid {
  w: number[];
  b: number[];
  /** values[i * w.length + j] = L(w[j], b[i]) */
  values: Float32Array;
}

export interface Window {
  w: [number, number];
  b: [number, number];
}

/** An evenly spaced axis of n points over [lo, hi]. */
export function axis([lo, hi]: [number, number], n: number): number[] {
  return Array.from({ length: n }, (_, i) => lo + ((hi - lo) * i) / (n - 1));
}

export interface ValueTransform {
  /** Maps a loss to the colour/contour space: log-spaced where the range is wide. */
  f: (v: number) => number;
  inverse: (t: number) => number;
  log: boolean;
  lo: number;
  hi: number;
}

/** Finite range of the values; log scale when they span more than two decades above the min. */
export function valueTransform(values: Float32Array): ValueTransform {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (Number.isFinite(v)) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  if (!(lo <= hi)) return { f: () => 0, inverse: () => 0, log: false, lo: 0, hi: 1 };
  const span = hi - lo;
  // Offset so the minimum maps to a finite log: a thousandth of the span above it.
  const shift = span * 1e-3 || 1;
  const log =
    span > 0 &&
    span / shift > 100 &&
    (hi - lo + shift) / shift > 100 &&
    span / (Math.abs(lo) + shift) > 10;
  if (!log) return { f: (v) => v, inverse: (t) => t, log, lo, hi };
  return {
    f: (v) => Math.log(v - lo + shift),
    inverse: (t) => Math.exp(t) + lo - shift,
    log,
    lo,
    hi,
  };
}

/**
 * n contour levels, dense near the minimum: log-spaced where the values span decades; else at
 * lo + span·u² (u evenly spaced), so a quadratic bowl gets evenly spaced rings and a V-shaped
 * valley (MAE) rings that crowd around its floor instead of one ring near the minimum.
 */
export function contourLevels(tr: ValueTransform, n = 12): number[] {
  const [a, b] = [tr.f(tr.lo), tr.f(tr.hi)];
  if (!(b > a)) return [];
  const u = (k: number) => (k + 0.5) / n;
  if (tr.log) return Array.from({ length: n }, (_, k) => tr.inverse(a + (b - a) * u(k)));
  return Array.from({ length: n }, (_, k) => tr.inverse(a + (b - a) * u(k) ** 2));
}

/** Contour rings of the grid as SVG path strings, mapped by px(w) and py(b). */
export function contourPaths(
  grid: Grid,
  levels: number[],
  px: (w: number) => number,
  py: (b: number) => number,
): { level: number; d: string }[] {
  const gw = grid.w.length;
  const gb = grid.b.length;
  if (gw < 2 || gb < 2 || levels.length === 0) return [];
  const dw = (grid.w[gw - 1] - grid.w[0]) / (gw - 1);
  const db = (grid.b[gb - 1] - grid.b[0]) / (gb - 1);
  // Non-finite values (float32 overflow) are treated as higher than every level.
  const finite = Float64Array.from(grid.values, (v) => (Number.isFinite(v) ? v : Number.MAX_VALUE));
  const gen = contours().size([gw, gb]).thresholds(levels);
  const toX = (c: number) => px(grid.w[0] + (c - 0.5) * dw);
  const toY = (c: number) => py(grid.b[0] + (c - 0.5) * db);
  // d3 returns the regions ≥ level, whose rings also run along the grid's border: keep only the
  // level lines, breaking a ring where it touches the border.
  const onBorder = ([x, y]: number[]) => x <= 0 || y <= 0 || x >= gw || y >= gb;
  const ringPath = (ring: number[][]) => {
    let d = '';
    let pen = false;
    for (const pt of ring) {
      if (onBorder(pt)) {
        pen = false;
        continue;
      }
      d += `${pen ? 'L' : 'M'}${toX(pt[0]).toFixed(1)},${toY(pt[1]).toFixed(1)}`;
      pen = true;
    }
    return ring.some(onBorder) ? d : `${d}Z`;
  };
  return gen(Array.from(finite))
    .map((mp) => ({
      level: mp.value,
      d: mp.coordinates.flatMap((poly) => poly.map(ringPath)).join(''),
    }))
    .filter((c) => c.d.length > 0);
}

/**
 * Every k-th row and column (k the least that keeps each side ≤ `max` points), evenly spaced as
 * contourPaths needs: the drag's quick contours, at most (G/k)² cells instead of G².
 */
export function coarseGrid(grid: Grid, max: number): Grid {
  const gw = grid.w.length;
  const gb = grid.b.length;
  const k = Math.ceil(Math.max(gw, gb) / Math.max(2, max));
  if (k <= 1) return grid;
  const pick = (n: number) => Array.from({ length: Math.floor((n - 1) / k) + 1 }, (_, i) => i * k);
  const [jw, ib] = [pick(gw), pick(gb)];
  const values = new Float32Array(jw.length * ib.length);
  ib.forEach((i, r) => jw.forEach((j, c) => (values[r * jw.length + c] = grid.values[i * gw + j])));
  return { w: jw.map((j) => grid.w[j]), b: ib.map((i) => grid.b[i]), values };
}

/** The grid point of least loss. */
export function gridMinimum(grid: Grid): { w: number; b: number; value: number } | null {
  let k = -1;
  let best = Infinity;
  grid.values.forEach((v, i) => {
    if (v < best) [best, k] = [v, i];
  });
  if (k < 0) return null;
  const gw = grid.w.length;
  return { w: grid.w[k % gw], b: grid.b[Math.floor(k / gw)], value: best };
}

/** A window around the points (path, start, minimum), padded, at least `minSpan` wide. */
export function windowAround(points: { w: number; b: number }[], minSpan = 2, pad = 0.35): Window {
  const ws = points.map((p) => p.w).filter(Number.isFinite);
  const bs = points.map((p) => p.b).filter(Number.isFinite);
  const span = (vs: number[]): [number, number] => {
    if (vs.length === 0) return [-minSpan / 2, minSpan / 2];
    const lo = Math.min(...vs);
    const hi = Math.max(...vs);
    const mid = (lo + hi) / 2;
    const half = Math.max((hi - lo) * (0.5 + pad), minSpan / 2);
    return [mid - half, mid + half];
  };
  return { w: span(ws), b: span(bs) };
}

/** Bilinear interpolation of the grid at (w, b); NaN outside. */
export function sampleGrid(grid: Grid, w: number, b: number): number {
  const gw = grid.w.length;
  const gb = grid.b.length;
  const fx = ((w - grid.w[0]) / (grid.w[gw - 1] - grid.w[0])) * (gw - 1);
  const fy = ((b - grid.b[0]) / (grid.b[gb - 1] - grid.b[0])) * (gb - 1);
  if (!(fx >= 0 && fy >= 0 && fx <= gw - 1 && fy <= gb - 1)) return NaN;
  const [j, i] = [Math.min(Math.floor(fx), gw - 2), Math.min(Math.floor(fy), gb - 2)];
  const [tx, ty] = [fx - j, fy - i];
  const v = (ii: number, jj: number) => grid.values[ii * gw + jj];
  return (
    (1 - ty) * ((1 - tx) * v(i, j) + tx * v(i, j + 1)) +
    ty * ((1 - tx) * v(i + 1, j) + tx * v(i + 1, j + 1))
  );
}
