// The Train data chart's geometry as plain functions (no DOM, no React), as surfaceGeometry.ts
// is for the landscape: scales, the fit's path clipped near the plot, each point's residual and
// pull, the MLP's heat grid and p = 0.5 contour in pixels, and pixels or keys back to points.
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { Point } from '../../state/train/presets';
import { clampTo, clippedPath, plotBox } from '../charts/clip';
import { contourPaths } from '../landscape/surfaceGeometry';
import type { Domain } from './dataDomain';
import { sigmoid } from './modelView';

export const DATA_MARGIN = { top: 14, right: 16, bottom: 46, left: 54 };

export type Scale = ScaleLinear<number, number>;
export type LineModel = 'linear' | 'logistic' | 'mlp';
export interface Plot {
  sx: Scale;
  sy: Scale;
  iw: number;
  ih: number;
}

/** Data coordinates are kept to three decimals (what the table and the URL show). */
export const round3 = (v: number) => Math.round(v * 1000) / 1000;

/** The chart's size: from the layout's box (fill) or from the width; and the plot inside. */
export function dataChartSize(box: { width: number; height: number }, fill: boolean) {
  const width = box.width;
  const height = fill
    ? Math.max(140, box.height)
    : Math.round(Math.min(420, Math.max(250, width * 0.6)));
  const m = DATA_MARGIN;
  return {
    width,
    height,
    iw: Math.max(10, width - m.left - m.right),
    ih: height - m.top - m.bottom,
  };
}

export function dataScales(domain: Domain, iw: number, ih: number): Plot {
  return {
    sx: scaleLinear().domain(domain.x).range([0, iw]),
    sy: scaleLinear().domain(domain.y).range([ih, 0]),
    iw,
    ih,
  };
}

/**
 * The fit ŷ = wx + b (a line: two points) or p = σ(wx + b) (120 points) across the x domain,
 * clipped analytically near the plot: a steep (or diverged) fit keeps its true slope in view, and
 * no coordinate in the millions reaches the layout. Empty for the MLP or no model.
 */
export function fitPath(m: { w: number; b: number } | null, model: LineModel, p: Plot): string {
  if (!m || model === 'mlp') return '';
  const logistic = model === 'logistic';
  const count = logistic ? 120 : 2;
  const [x0, x1] = p.sx.domain();
  const f = (x: number) => (logistic ? sigmoid(m.w * x + m.b) : m.w * x + m.b);
  const xy = Array.from({ length: count }, (_, k): [number, number] => {
    const x = x0 + ((x1 - x0) * k) / (count - 1);
    return [p.sx(x), p.sy(f(x))];
  });
  return clippedPath(xy, plotBox(p.iw, p.ih));
}

export interface PullGeom {
  i: number;
  x: number;
  /** The fit's pixel y at the point's x, and the point's; both kept within a plot-height. */
  y0: number;
  y1: number;
  /** The arrow's signed length in pixels (0: too short to draw). */
  pull: number;
}

/**
 * Each training point's residual (fit → point) and pull: an arrow from the fit of length ∝ |ℓ′|,
 * half a y unit per unit of ℓ′ for regression (so MSE's arrow, ℓ′ = 2e, reaches the point) and
 * one unit for logistic, at most a plot-height; gradient descent moves the fit against ℓ′.
 */
export function pullGeometry(
  points: Point[],
  held: boolean[],
  pull: number[],
  fit: { w: number; b: number } | null,
  model: LineModel,
  p: Plot,
): PullGeom[] {
  if (!fit || model === 'mlp') return [];
  const logistic = model === 'logistic';
  const [d0, d1] = p.sy.domain();
  const pxPerY = p.ih / (d1 - d0);
  const k = logistic ? 1 : 0.5;
  const out: PullGeom[] = [];
  points.forEach((pt, i) => {
    if (held[i] || !Number.isFinite(pull[i])) return;
    const z = fit.w * pt.x + fit.b;
    const len = Math.min(p.ih, Math.abs(pull[i]) * k * pxPerY);
    out.push({
      i,
      x: p.sx(pt.x),
      y0: clampTo(p.sy(logistic ? sigmoid(z) : z), -p.ih, 2 * p.ih),
      y1: clampTo(p.sy(pt.y), -p.ih, 2 * p.ih),
      pull: len > 1.5 ? (pull[i] > 0 ? 1 : -1) * len : 0,
    });
  });
  return out;
}

/** The MLP's p on a G×G grid of inputs over `domain` (row-major over x₂, cell centres). */
export interface Heat {
  domain: Domain;
  g: number;
  p: ArrayLike<number>;
}

export const heatValid = (h: Heat | null | undefined): h is Heat =>
  !!h && h.g > 0 && h.p.length === h.g * h.g;

/** The heat grid's edges in pixels (the grid may lag the axes while a point is dragged). */
export function heatRect(h: Heat, p: Plot) {
  const [x0, x1] = [p.sx(h.domain.x[0]), p.sx(h.domain.x[1])];
  const [y0, y1] = [p.sy(h.domain.y[1]), p.sy(h.domain.y[0])];
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

/** The decision boundary p = 0.5 as an SVG path ('' without a valid grid). */
export function boundaryPath(h: Heat | null | undefined, p: Plot): string {
  if (!heatValid(h)) return '';
  const ax = ([lo, hi]: [number, number]) =>
    Array.from({ length: h.g }, (_, k) => lo + ((hi - lo) * (k + 0.5)) / h.g);
  const grid = { w: ax(h.domain.x), b: ax(h.domain.y), values: Float32Array.from(h.p) };
  return contourPaths(grid, [0.5], p.sx, p.sy)[0]?.d ?? '';
}

/**
 * The point at pixel (px, py) of the plot. A point with a class keeps it (the MLP's); a logistic
 * label snaps to 0 or 1; `cls` is the class of a new MLP point.
 */
export function pointAt(
  px: number,
  py: number,
  p: Pick<Plot, 'sx' | 'sy'>,
  model: LineModel,
  cls?: 0 | 1,
): Point {
  const x = round3(p.sx.invert(px));
  const y = round3(p.sy.invert(py));
  if (cls !== undefined) return { x, y, label: cls };
  return model === 'logistic' ? { x, y: y >= 0.5 ? 1 : 0 } : { x, y };
}

/**
 * The point after an arrow key: a hundredth of the view per press (Shift: a tenth); for the
 * logistic model Up and Down set the label. Null for any other key.
 */
export function keyMove(
  p: Point,
  key: string,
  shift: boolean,
  view: Domain,
  model: LineModel,
): Point | null {
  const big = shift ? 10 : 1;
  const dx = ((view.x[1] - view.x[0]) / 100) * big;
  const dy = ((view.y[1] - view.y[0]) / 100) * big;
  const lg = model === 'logistic';
  if (key === 'ArrowLeft') return { ...p, x: round3(p.x - dx) };
  if (key === 'ArrowRight') return { ...p, x: round3(p.x + dx) };
  if (key === 'ArrowUp') return lg ? { ...p, y: 1 } : { ...p, y: round3(p.y + dy) };
  if (key === 'ArrowDown') return lg ? { ...p, y: 0 } : { ...p, y: round3(p.y - dy) };
  return null;
}
