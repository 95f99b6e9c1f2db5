// lossPerPoint: the per-row losses ℓᵢ and the mean L of several losses over several data sets in
// one tfjs computation and one read-back (Explore's table, step-by-step, contributions and the
// marker's values: one call per input change instead of one per loss, row and label).
import * as tf from '@tensorflow/tfjs';
import { toTensor } from './expr';
import { prepare } from './loss';
import type { LossDef, LossId, LossParams } from './losses/types';
import type { Values } from './validate';

export interface PerPointItem {
  loss: LossId | LossDef;
  y: Values;
  yHat: Values;
}

export interface PerPoint {
  /** ℓᵢ per element (element-wise losses) or per row (cce, kl: Σ_k over the row). */
  perPoint: Float32Array;
  /** L, the mean of perPoint: what lossValue returns for the same input. */
  mean: number;
  /**
   * ∂ℓᵢ/∂ŷᵢ per element (same length as the flattened ŷ) when asked for and the loss has a
   * gradient; else null.
   */
  grad: Float32Array | null;
}

/**
 * Per-point losses ℓ(ŷᵢ; yᵢ), their mean L = (1/N) Σᵢ ℓᵢ (DESIGN.md's conventions: mean over
 * elements, over rows for cce and kl) and, with `grad: true`, the per-point derivatives ℓ′(ŷᵢ)
 * (tfjs autodiff of Σᵢ ℓᵢ, whose partial in ŷᵢ is ℓ′(ŷᵢ) alone), for every item at once: the
 * results of all items are concatenated into one tensor and read back once. Validation is
 * lossValue's: an invalid item throws LossInputError naming the field and the rule.
 */
export function lossPerPoint(
  items: PerPointItem[],
  params?: LossParams,
  opts: { grad?: boolean } = {},
): PerPoint[] {
  const preps = items.map((it) => prepare(it.loss, it.y, it.yHat, params));
  if (preps.length === 0) return [];
  const withGrad = preps.map((p) => !!opts.grad && p.def.differentiable);
  const out = tf.tidy(() => {
    const parts: tf.Tensor[] = [];
    preps.forEach((p, i) => {
      const y = tf.tensor(p.y.flat, p.shape);
      const perPoint = (yh: tf.Tensor): tf.Tensor => {
        const q = p.def.rowwise?.normalize ? tf.div(yh, tf.sum(yh, -1, true)) : yh;
        const elem = toTensor(p.def.element, { y, yhat: q, params: p.params });
        return p.def.rowwise ? tf.sum(elem, -1) : elem;
      };
      const yHat = tf.tensor(p.yHat.flat, p.shape);
      const l = perPoint(yHat).flatten();
      parts.push(l, tf.mean(l).reshape([1]));
      if (withGrad[i])
        parts.push(
          tf
            .grad((t: tf.Tensor) => tf.sum(perPoint(t)))(yHat)
            .flatten(),
        );
    });
    return tf.concat(parts);
  });
  let flat: Float32Array;
  try {
    flat = out.dataSync() as Float32Array;
  } finally {
    out.dispose();
  }
  let at = 0;
  const take = (n: number) => flat.slice(at, (at += n));
  return preps.map((p, i) => {
    const rows = p.def.rowwise ? p.y.flat.length / p.shape[p.shape.length - 1] : p.y.flat.length;
    const perPoint = take(rows);
    const mean = take(1)[0];
    const grad = withGrad[i] ? take(p.yHat.flat.length) : null;
    return { perPoint, mean, grad };
  });
}
