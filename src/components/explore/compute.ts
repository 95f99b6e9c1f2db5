// Derived data of the Explore tab, computed from the store's inputs with the math module (every
// number comes from src/math). Pure functions of (math, inputs); hooks memoise them.
import type { LossId, LossParams } from '../../math';
import type { MathBackend } from '../../state/backendLoader';
import { lossLabel, type Row, type ScalarKey, type TaskKey } from '../../state/explore/model';

export const GRID = 401;

/** Losses that depend on e = ŷ − y alone: ℓ(ŷ; y) = ℓ(e; 0), one batched call for all rows. */
const SHIFT_INVARIANT: readonly LossId[] = ['mse', 'mae', 'huber', 'logcosh', 'quantile'];

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

/** Per-row losses ℓᵢ for all rows: batched (by label, or by error for shift-invariant losses). */
export function rowLosses(
  math: MathBackend,
  key: ScalarKey,
  id: LossId,
  rows: Row[],
  params: LossParams,
): number[] {
  if (SHIFT_INVARIANT.includes(id)) {
    const r = math.lossCurve(
      id,
      0,
      rows.map((row) => row.yHat - row.y),
      params,
    );
    return Array.from(r.loss);
  }
  const out = new Array<number>(rows.length);
  const byLabel = new Map<number, number[]>();
  rows.forEach((row, i) => byLabel.set(row.y, [...(byLabel.get(row.y) ?? []), i]));
  for (const [y, idx] of byLabel) {
    const r = math.lossCurve(
      id,
      lossLabel(key, id, y),
      idx.map((i) => rows[i].yHat),
      params,
    );
    idx.forEach((i, k) => (out[i] = r.loss[k]));
  }
  return out;
}

/** The loss L over all rows, as lossValue computes it. */
export function meanLoss(
  math: MathBackend,
  key: ScalarKey,
  id: LossId,
  rows: Row[],
  params: LossParams,
): number {
  return math.lossValue(
    id,
    rows.map((r) => lossLabel(key, id, r.y)),
    rows.map((r) => r.yHat),
    params,
  );
}

/** Exact values at one ŷ (the tooltip and the legend): ℓ and ℓ′ of each loss. */
export function pointValues(
  math: MathBackend,
  key: TaskKey,
  ids: LossId[],
  y: number,
  x: number,
  params: LossParams,
): { id: LossId; loss: number; grad: number | null }[] {
  return curves(math, key, ids, y, [x], params).map((c) => ({
    id: c.id,
    loss: c.loss[0],
    grad: c.grad ? c.grad[0] : null,
  }));
}
