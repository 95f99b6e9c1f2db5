// lossValue and lossGradient: the mean loss L over all elements (row-wise losses: over rows) and
// its gradient dL/dŷ by tfjs autodiff of exactly the expression the value uses.
import * as tf from '@tensorflow/tfjs';
import { LossInputError } from './errors';
import { toTensor } from './expr';
import { getLoss, resolveParams } from './losses/registry';
import type { LossDef, LossId, LossParams } from './losses/types';
import {
  checkLabels,
  checkPredictions,
  mapLabels,
  sameShape,
  shapeOf,
  type Shaped,
  type Values,
} from './validate';

export interface Prepared {
  def: LossDef;
  params: Record<string, number>;
  y: Shaped;
  yHat: Shaped;
  /** The tensor shape: row-wise losses read a vector as one row. */
  shape: number[];
}

/** Validates and resolves one input (shared by the per-point API in perPoint.ts). */
export function prepare(
  id: LossId | LossDef,
  y: Values,
  yHat: Values,
  params?: LossParams,
): Prepared {
  // A LossDef instead of an id: a custom loss (customLoss.ts) through the same machinery.
  const def = typeof id === 'string' ? getLoss(id) : id;
  const resolved = resolveParams(def, params);
  const ys = shapeOf('y', y);
  const yh = shapeOf('yHat', yHat);
  sameShape(ys, yh);
  checkLabels(def, 'y', ys);
  checkPredictions(def, 'yHat', yh);
  const shape = def.rowwise && ys.shape.length === 1 ? [1, ys.shape[0]] : ys.shape;
  return { def, params: resolved, y: { ...ys, flat: mapLabels(def, ys.flat) }, yHat: yh, shape };
}

/** The mean loss as a scalar tensor of ŷ (call inside tidy or grad). */
function meanLoss(p: Prepared, y: tf.Tensor, yHat: tf.Tensor): tf.Scalar {
  let yh = yHat;
  if (p.def.rowwise?.normalize) yh = tf.div(yh, tf.sum(yh, -1, true));
  const elem = toTensor(p.def.element, { y, yhat: yh, params: p.params });
  return (p.def.rowwise ? tf.mean(tf.sum(elem, -1)) : tf.mean(elem)) as tf.Scalar;
}

/**
 * The loss L(y, ŷ) under the conventions of DESIGN.md: mean reduction over all elements (over
 * rows for cce and kl). May be Infinity where float32 overflows (exponential at y·ŷ < −88),
 * never NaN. Throws LossInputError for invalid input.
 */
export function lossValue(
  id: LossId | LossDef,
  y: Values,
  yHat: Values,
  params?: LossParams,
): number {
  const p = prepare(id, y, yHat, params);
  const t = tf.tidy(() =>
    meanLoss(p, tf.tensor(p.y.flat, p.shape), tf.tensor(p.yHat.flat, p.shape)),
  );
  try {
    return t.dataSync()[0];
  } finally {
    t.dispose();
  }
}

function reshapeLike(flat: Float32Array | number[], like: Values): Values {
  if (!Array.isArray(like[0])) return Array.from(flat);
  const cols = (like[0] as number[]).length;
  return (like as number[][]).map((_, i) => Array.from(flat.slice(i * cols, (i + 1) * cols)));
}

/**
 * dL/dŷ, the gradient of the mean loss with respect to each prediction, by tfjs autodiff (for a
 * per-point curve, call it with one element: then it is ℓ′(ŷ)). Zero where a clip is active.
 * Same shape as ŷ. Throws LossInputError for zero_one, which has no gradient.
 */
export function lossGradient(
  id: LossId | LossDef,
  y: Values,
  yHat: Values,
  params?: LossParams,
): Values {
  const p = prepare(id, y, yHat, params);
  if (!p.def.differentiable)
    throw new LossInputError(
      'loss',
      `${p.def.id} has no gradient (0 almost everywhere, undefined at the boundary)`,
    );
  const g = tf.tidy(() => {
    const yt = tf.tensor(p.y.flat, p.shape);
    return tf.grad((yh: tf.Tensor) => meanLoss(p, yt, yh))(tf.tensor(p.yHat.flat, p.shape));
  });
  try {
    return reshapeLike(g.dataSync() as Float32Array, yHat);
  } finally {
    g.dispose();
  }
}

/**
 * Per-point loss ℓ(ŷ; y) and derivative ℓ′(ŷ) for one label y over many ŷ at once (Explore's
 * curves): one batched call instead of a call per sample. Element-wise losses only. With
 * `{ grad: false }` only the values are computed (no autodiff; `grad` is null).
 */
export function lossCurve(
  id: LossId | LossDef,
  y: number,
  yHats: number[],
  params?: LossParams,
  opts: { grad?: boolean } = {},
): { loss: Float32Array; grad: Float32Array | null } {
  const p = prepare(
    id,
    yHats.map(() => y),
    yHats,
    params,
  );
  if (p.def.rowwise)
    throw new LossInputError(
      'loss',
      `${p.def.id} compares distributions; it has no per-point curve`,
    );
  const yt = tf.tensor1d(p.y.flat);
  const yh = tf.tensor1d(p.yHat.flat);
  const perPoint = (t: tf.Tensor) => toTensor(p.def.element, { y: yt, yhat: t, params: p.params });
  try {
    const loss = tf.tidy(() => perPoint(yh));
    // The gradient of the sum is the vector of per-point derivatives ℓ′(ŷ_k).
    const grad =
      p.def.differentiable && opts.grad !== false
        ? tf.tidy(() => tf.grad((t: tf.Tensor) => tf.sum(perPoint(t)))(yh))
        : null;
    try {
      return { loss: l2f(loss), grad: grad ? l2f(grad) : null };
    } finally {
      tf.dispose([loss, ...(grad ? [grad] : [])]);
    }
  } finally {
    tf.dispose([yt, yh]);
  }
}

function l2f(t: tf.Tensor): Float32Array {
  // A copy: some backends hand out their own storage, which is reused after dispose.
  return Float32Array.from(t.dataSync() as Float32Array);
}
