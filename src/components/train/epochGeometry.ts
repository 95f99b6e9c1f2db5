// The geometry of an epoch chart (loss or accuracy by epoch), pure: the y scale of the curves
// and each curve thinned to at most `maxPoints` points (its last point always kept).
import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3-scale';
import { fmt } from '../charts/format';
import type { Curve } from './useHeldOutCurve';

export const TINY = 1e-12;

/** Log axes label 1, 2 and 5 × 10ᵏ only (d3 ticks every mantissa in a short range); beyond
 *  10⁻³…10³ every label is m·10ᵏ in one notation ("1e−5", not "0.00001" beside "1e−10"). */
export const logTick = (v: number) => {
  const k = Math.floor(Math.log10(v) + 1e-9);
  const m = Math.round(v / 10 ** k);
  if (m !== 1 && m !== 2 && m !== 5) return '';
  return k < -3 || k > 3 ? `${m}e${k < 0 ? '\u2212' : ''}${Math.abs(k)}` : fmt(v);
};

/** Decades a loss axis would span: log10(max / smallest positive), over the finite values. */
export function decades(values: ArrayLike<number>): number {
  let lo = Infinity;
  let hi = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v) || v <= 0) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return hi > 0 ? Math.log10(hi / Math.max(lo, TINY)) : 0;
}

/** The scale shown: the user's pick, else log when the loss spans more than three decades. */
export const showLog = (picked: boolean, log: boolean, loss: ArrayLike<number> | null) =>
  picked ? log : loss !== null && decades(loss) > 3;

/** (epoch, value) pairs of a curve, every stride-th point plus the last one. */
export function thinCurve(c: Curve, maxPoints: number): [number, number][] {
  const stride = Math.max(1, Math.floor(c.loss.length / Math.max(1, maxPoints)));
  const pts: [number, number][] = [];
  for (let i = 0; i < c.loss.length; i += stride) pts.push([c.epochs[i], c.loss[i]]);
  const lastI = c.loss.length - 1;
  if (lastI >= 0 && pts[pts.length - 1]?.[0] !== c.epochs[lastI])
    pts.push([c.epochs[lastI], c.loss[lastI]]);
  return pts;
}

/** The loss axis: 0 … 1.05·max (nice), or log from the smallest positive value (≥ max / 10 down). */
export function lossScale(
  curves: (Curve | null)[],
  log: boolean,
  ih: number,
): ScaleContinuousNumeric<number, number> {
  const all = curves.flatMap((c) => (c ? c.loss : [])).filter((v) => Number.isFinite(v));
  const max = Math.max(TINY * 10, ...all.slice(0, 50_000));
  if (log) {
    const min = Math.max(TINY, Math.min(max / 10, ...all.filter((v) => v > 0).slice(0, 50_000)));
    return scaleLog().domain([min, max]).range([ih, 0]).clamp(true);
  }
  return scaleLinear()
    .domain([0, max * 1.05])
    .range([ih, 0])
    .nice();
}

/**
 * The replayed step's marker on an epoch chart: the line's x and the dot's y (null: no dot, the
 * value absent or not finite). EpochChart renders it and the replay paints it (svgPaint).
 */
export function epochCursor(
  sx: (e: number) => number,
  sy: (v: number) => number,
  yValue: (v: number) => number,
  at: number,
  value: number | undefined,
): { x: number; y: number | null } {
  const x = sx(at);
  return { x, y: value !== undefined && Number.isFinite(value) ? sy(yValue(value)) : null };
}
