// Regularisation geometry on a grid (pure, no DOM): the penalty on w only (DESIGN.md: L2 adds
// λ·w², L1 adds λ·|w|; never the bias), the minimum of data loss + penalty found on the data-loss
// grid and refined below the grid spacing, and that minimum's trajectory as λ grows.
import type { Regularization } from '../../math';
import type { Grid } from './surfaceGeometry';

export interface GridPoint {
  w: number;
  b: number;
  value: number;
}

/** The penalty at w: l2·w² + l1·|w|. */
export function penaltyAt(reg: Regularization | undefined, w: number): number {
  return (reg?.l2 ?? 0) * w * w + (reg?.l1 ?? 0) * Math.abs(w);
}

/** True when the regularisation adds anything. */
export const hasPenalty = (reg: Regularization | undefined): reg is Regularization =>
  (reg?.l2 ?? 0) > 0 || (reg?.l1 ?? 0) > 0;

/** Both λ times `s`. */
export const scaled = (reg: Regularization, s: number): Regularization => ({
  l1: (reg.l1 ?? 0) * s,
  l2: (reg.l2 ?? 0) * s,
});

/**
 * The minimum of f(w, b) = grid value + penalty(w) over the grid, refined by one Newton step on
 * the 3×3 neighbourhood's central differences (exact for a quadratic surface, e.g. MSE + L2: the
 * ridge solution), kept only when it stays within 1.5 cells and the local Hessian is positive
 * definite and L1's kink is not in the stencil (else the grid point: as on a piecewise-linear loss). Null when no value
 * is finite.
 */
export function penalizedMinimum(grid: Grid, reg?: Regularization): GridPoint | null {
  const gw = grid.w.length;
  const gb = grid.b.length;
  const pen = grid.w.map((w) => penaltyAt(reg, w));
  const f = (i: number, j: number) => grid.values[i * gw + j] + pen[j];
  let best = Infinity;
  let bi = -1;
  let bj = -1;
  for (let i = 0; i < gb; i++)
    for (let j = 0; j < gw; j++) {
      const v = f(i, j);
      if (v < best) [best, bi, bj] = [v, i, j];
    }
  if (bi < 0) return null;
  const at: GridPoint = { w: grid.w[bj], b: grid.b[bi], value: best };
  if (bi < 1 || bj < 1 || bi > gb - 2 || bj > gw - 2) return at;
  const hw = grid.w[bj + 1] - grid.w[bj];
  // L1's kink at w = 0 inside the stencil: differences there describe no smooth function.
  if ((reg?.l1 ?? 0) > 0 && Math.abs(at.w) < 1.5 * hw) return at;
  const hb = grid.b[bi + 1] - grid.b[bi];
  const gW = (f(bi, bj + 1) - f(bi, bj - 1)) / (2 * hw);
  const gB = (f(bi + 1, bj) - f(bi - 1, bj)) / (2 * hb);
  const hWW = (f(bi, bj + 1) - 2 * best + f(bi, bj - 1)) / (hw * hw);
  const hBB = (f(bi + 1, bj) - 2 * best + f(bi - 1, bj)) / (hb * hb);
  const hWB =
    (f(bi + 1, bj + 1) - f(bi + 1, bj - 1) - f(bi - 1, bj + 1) + f(bi - 1, bj - 1)) / (4 * hw * hb);
  const det = hWW * hBB - hWB * hWB;
  if (!(hWW > 0 && det > 0)) return at;
  // Newton: Δ = −H⁻¹g.
  const dw = -(hBB * gW - hWB * gB) / det;
  const db = -(hWW * gB - hWB * gW) / det;
  if (!(Math.abs(dw) <= 1.5 * hw && Math.abs(db) <= 1.5 * hb)) return at;
  const value = best + 0.5 * (gW * dw + gB * db);
  return { w: at.w + dw, b: at.b + db, value };
}

/** Multiples of λ for the trajectory: 0, then 1/16 … 16 geometrically, with 1 among them. */
export const TRAJECTORY_SCALES = [0, ...Array.from({ length: 17 }, (_, k) => 2 ** ((k - 8) / 2))];

/** The regularised minimum at each multiple `s` of the current λ (s = 0: the data-loss one). */
export function minimumTrajectory(
  dataGrid: Grid,
  reg: Regularization,
  scales: number[] = TRAJECTORY_SCALES,
): { s: number; at: GridPoint }[] {
  return scales.flatMap((s) => {
    const at = penalizedMinimum(dataGrid, scaled(reg, s));
    return at ? [{ s, at }] : [];
  });
}
