// The loss landscape while one data point is dragged. The surface is a mean over points,
// L(w, b) = (1/M) Σⱼ ℓⱼ(w, b) + R(w), so moving point i changes one term. At drag start
// S₋ᵢ = Σ_{j≠i} ℓⱼ + (M − 1)·R is taken once from the last exact surface (M·L minus point i's
// own surface ℓᵢ + R); each frame is (S₋ᵢ + ℓᵢ(new point) + R) / M: O(G²) tfjs work instead of
// O(G²·M). Every frame starts again from S₋ᵢ — never a running add/subtract, which would drift
// in float32 — and the exact surface is recomputed on release.
import * as tf from '@tensorflow/tfjs';
import { LossInputError } from './errors';
import { prepareProblem, type PreparedProblem } from './models';
import { modelLoss, type SurfaceRequest } from './surface';
import { shapeOf } from './validate';

export interface DragSurface {
  /** The surface with the dragged point at (x, y): values[i * w.length + j] = L(w[j], b[i]). */
  frame(x: number, y: number): Promise<Float32Array>;
  /** Frees the kept S₋ᵢ tensor; frame() throws afterwards. */
  dispose(): void;
}

/** One point's term ℓ + R over the grid, as a [gb, gw] tensor (call inside tidy). */
function pointSurface(p: PreparedProblem, k: number, w: tf.Tensor, b: tf.Tensor): tf.Tensor {
  return modelLoss(p, w, b, tf.tensor1d([p.x[k]]), tf.tensor1d([p.y[k]]));
}

/**
 * Starts a drag of point `index` of `req` (its x and y), from `exact`, the exact surface of
 * `req` over the same grid (lossSurface's or the surface engine's values).
 */
export function startDragSurface(
  req: SurfaceRequest,
  index: number,
  exact: Float32Array,
): DragSurface {
  const p = prepareProblem(req);
  const ws = shapeOf('w', req.w).flat;
  const bs = shapeOf('b', req.b).flat;
  const m = p.x.length;
  if (!(index >= 0 && index < m && Number.isInteger(index)))
    throw new LossInputError('index', `must be a point index in [0, ${m - 1}], got ${index}`);
  if (exact.length !== ws.length * bs.length)
    throw new LossInputError('exact', `must hold ${ws.length * bs.length} values`);
  const w = tf.tensor3d(ws, [1, ws.length, 1]);
  const b = tf.tensor3d(bs, [bs.length, 1, 1]);
  const rest = tf.tidy(() =>
    tf.sub(tf.mul(tf.tensor2d(exact, [bs.length, ws.length]), m), pointSurface(p, index, w, b)),
  );
  let live = true;
  return {
    async frame(x, y) {
      if (!live) throw new Error('drag surface disposed');
      // The moved point alone, validated as any input is (labels, range).
      const one = prepareProblem({ ...req, x: [x], y: [y] });
      const t = tf.tidy(() => tf.div(tf.add(rest, pointSurface(one, 0, w, b)), m));
      try {
        return (await t.data()) as Float32Array;
      } finally {
        t.dispose();
      }
    },
    dispose() {
      if (!live) return;
      live = false;
      tf.dispose([w, b, rest]);
    },
  };
}
