// Derived data of the Explore tab, computed from the store's inputs with the math module (every
// number comes from src/math). Pure functions of (math, inputs); hooks memoise them.
import type { LossId, LossParams } from '../../math';
import type { MathBackend } from '../../state/backendLoader';
import { lossLabel, type Row, type ScalarKey, type TaskKey } from '../../state/explore/model';

export const GRID = 401;

export function grid(lo: number, hi: number, n = GRID): number[] {
  return Array.from({ length: n }, (_, i) => lo + ((hi - lo) * i) / (n - 1));
}

/** 1, 2, 2.5, 5 × 10^k: the smallest at or above v. */
export function niceCeil(v: number): number {
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= v - 1e-12) return m * p;
  return 10 * p;
}

/** The ŷ range of the curves for the selected row, and the marker's step. */
export function sweepDomain(key: ScalarKey, row: Row): { domain: [number, number]; step: number } {
  let domain: [number, number];
  if (key === 'binaryProb') domain = [0, 1];
  else if (key === 'regression') {
    const s = Math.max(2, niceCeil(1.5 * Math.abs(row.yHat - row.y) || 1));
    domain = [row.y - s, row.y + s];
  } else {
    const s = Math.max(4, niceCeil(1.25 * Math.abs(row.yHat) || 1));
    domain = [-s, s];
  }
  const step = 10 ** Math.floor(Math.log10((domain[1] - domain[0]) / 400));
  return { domain, step };
}

export interface Curve {
  id: LossId;
  loss: Float32Array;
  grad: Float32Array | null;
}

/**
 * ℓ(ŷ; y) and ℓ′(ŷ) over the grid, one batched lossCurve call per loss. Where a loss does not
 * accept ŷ (Poisson at ŷ < 0) the curve has NaN gaps.
 */
export function curves(
  math: MathBackend,
  key: TaskKey,
  ids: LossId[],
  y: number,
  xs: number[],
  params: LossParams,
): Curve[] {
  return ids.map((id) => {
    const def = math.getLoss(id);
    const ok = (v: number) => def.yHatRule !== 'nonneg' || v >= 0;
    const inside = xs.filter(ok);
    const loss = new Float32Array(xs.length).fill(NaN);
    const grad = def.differentiable ? new Float32Array(xs.length).fill(NaN) : null;
    if (inside.length === 0) return { id, loss, grad };
    const r = math.lossCurve(id, lossLabel(key, id, y), inside, params);
    let k = 0;
    xs.forEach((v, i) => {
      if (!ok(v)) return;
      loss[i] = r.loss[k];
      if (grad && r.grad) grad[i] = r.grad[k];
      k++;
    });
    return { id, loss, grad };
  });
}

export interface RowLosses {
  id: LossId;
  /** ℓᵢ per row. */
  perRow: number[];
  /** L over all rows, as lossValue computes it. */
  mean: number;
  /** ℓ′(ŷᵢ) per row, when asked for and the loss has a gradient; else null. */
  gradRow: Float32Array | null;
}

/**
 * Per-row losses ℓᵢ and the mean L of every overlaid loss: one lossPerPoint call (one tfjs
 * computation, one read-back) for all rows and all losses; with `grad`, ℓ′(ŷᵢ) per row too
 * (the curves' marker sits at the selected row's ŷ: its values come from this same call).
 */
export function overlayLosses(
  math: MathBackend,
  key: ScalarKey,
  ids: LossId[],
  rows: Row[],
  params: LossParams,
  opts: { grad?: boolean } = {},
): RowLosses[] {
  const yHat = rows.map((r) => r.yHat);
  const out = math.lossPerPoint(
    ids.map((id) => ({ loss: id, y: rows.map((r) => lossLabel(key, id, r.y)), yHat })),
    params,
    opts,
  );
  return ids.map((id, k) => ({
    id,
    perRow: Array.from(out[k].perPoint),
    mean: out[k].mean,
    gradRow: out[k].grad,
  }));
}

/** ℓ and ℓ′ of each loss at row i's ŷ, read from overlayLosses' result (computed with `grad`). */
export const rowPointValues = (losses: RowLosses[], i: number): PointValue[] =>
  losses.map((l) => ({ id: l.id, loss: l.perRow[i], grad: l.gradRow ? l.gradRow[i] : null }));

/** Per-row losses ℓᵢ of one loss (the CSV export). */
export const rowLosses = (
  math: MathBackend,
  key: ScalarKey,
  id: LossId,
  rows: Row[],
  params: LossParams,
): number[] => overlayLosses(math, key, [id], rows, params)[0].perRow;

/** `f` remembered per x (the last 64 x's): the caller makes a new one when f's inputs change. */
export function rememberPerX<T>(f: (x: number) => T, size = 64): (x: number) => T {
  const seen = new Map<number, T>();
  return (x) => {
    if (seen.has(x)) return seen.get(x) as T;
    const v = f(x);
    if (seen.size >= size) seen.clear();
    seen.set(x, v);
    return v;
  };
}

export interface PointValue {
  id: LossId;
  loss: number;
  grad: number | null;
}

/**
 * Exact values at one ŷ (the marker, the tooltip and the legend): ℓ and ℓ′ of each loss, in one
 * lossPerPoint call. NaN where a loss does not accept ŷ (Poisson at ŷ < 0), as on the curves.
 */
export function pointValues(
  math: MathBackend,
  key: TaskKey,
  ids: LossId[],
  y: number,
  x: number,
  params: LossParams,
): PointValue[] {
  const ok = ids.filter((id) => math.getLoss(id).yHatRule !== 'nonneg' || x >= 0);
  const out = math.lossPerPoint(
    ok.map((id) => ({ loss: id, y: [lossLabel(key, id, y)], yHat: [x] })),
    params,
    { grad: true },
  );
  return ids.map((id) => {
    const k = ok.indexOf(id);
    const differentiable = math.getLoss(id).differentiable;
    if (k < 0) return { id, loss: NaN, grad: differentiable ? NaN : null };
    const g = out[k].grad;
    return { id, loss: out[k].perPoint[0], grad: g ? g[0] : null };
  });
}
