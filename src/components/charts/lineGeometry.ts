// The geometry of LineChart as plain functions (no React, no DOM): the y range, the curves'
// paths, the marker's snapping and keyboard moves, where the tooltip goes. d3 computes, the
// layer components draw (STYLE.md: "math returns geometry, the renderer draws it").
import { extent } from 'd3-array';
import type { ScaleLinear } from 'd3-scale';
import { line } from 'd3-shape';

/** The plot's margins inside the SVG: room for the axes and their labels. */
export const LINE_MARGIN = { top: 12, right: 16, bottom: 44, left: 54 };

/** Series as the geometry needs them (LineChart's LineSeries has these and more). */
export interface CurveData {
  y: ArrayLike<number>;
  /** Its own x values; the chart's shared x when absent. */
  x?: ArrayLike<number>;
}

/** v clamped to [min, max] and rounded to the step (to the step's decimals, no 0.30000000004). */
export function snap(v: number, step: number, min: number, max: number): number {
  const clamped = Math.min(max, Math.max(min, v));
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  return Number((Math.round(clamped / step) * step).toFixed(decimals));
}

/** The y range of the finite values, with 0 in it when all are positive; [0, 1] when none. */
export function autoY(series: CurveData[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of series) {
    const [a, b] = extent(Array.from(s.y).filter(Number.isFinite));
    if (a !== undefined && b !== undefined) {
      lo = Math.min(lo, a);
      hi = Math.max(hi, b);
    }
  }
  if (!Number.isFinite(lo)) return [0, 1];
  if (lo >= 0) lo = 0;
  if (hi - lo < 1e-9) hi = lo + 1;
  return [lo, hi];
}

type Scale = ScaleLinear<number, number>;

/**
 * The SVG path of one curve: broken where a value is not finite; far-off values pinned just
 * outside the plot (of inner height h), so the clip cuts a clean edge.
 */
export function curvePath(s: CurveData, sharedX: ArrayLike<number>, x: Scale, y: Scale, h: number) {
  const xs = s.x ?? sharedX;
  const idx = Array.from({ length: s.y.length }, (_, i) => i);
  const gen = line<number>()
    .defined((i) => Number.isFinite(s.y[i]))
    .x((i) => x(xs[i]))
    .y((i) => Math.max(-h, Math.min(2 * h, y(s.y[i]))));
  return gen(idx) ?? '';
}

/** A pixel y kept inside the plot (dots of out-of-range values sit on its edge). */
export const inPlot = (py: number, h: number) => Math.max(0, Math.min(h, py));

/** The end of [min, max] that v is past, or null inside it. */
export const limitOf = (v: number, min: number, max: number): number | null =>
  v > max ? max : v < min ? min : null;

export interface SliderRange {
  x: number;
  min: number;
  max: number;
  step: number;
}

/** Where a key moves a slider (the ARIA slider keys; Page keys a tenth of the range). */
export function keyTarget(key: string, m: SliderRange): number | null {
  const big = (m.max - m.min) / 10;
  const moves: Record<string, number> = {
    ArrowLeft: m.x - m.step,
    ArrowDown: m.x - m.step,
    ArrowRight: m.x + m.step,
    ArrowUp: m.x + m.step,
    PageDown: m.x - big,
    PageUp: m.x + big,
    Home: m.min,
    End: m.max,
  };
  return key in moves ? moves[key] : null;
}

/** The tooltip's place: right of the hover line, or left of it past the plot's middle. */
export function tooltipPlace(hx: number, w: number, m = LINE_MARGIN) {
  return hx > w / 2
    ? { right: w + m.right - hx + 12, top: m.top + 4 }
    : { left: m.left + hx + 12, top: m.top + 4 };
}
