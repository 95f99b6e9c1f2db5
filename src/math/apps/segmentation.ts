// Per-pixel losses of a binary segmentation: a ground-truth mask y ∈ {0, 1} and a predicted
// foreground probability p per pixel (p clipped to [ε, 1 − ε], ε = 1e-7, as everywhere).
//   ce     plain cross-entropy, ℓ_i = −[y log p + (1 − y) log(1 − p)]  (the bce element), mean.
//   wce    class-weighted CE with "balanced" weights w_c = N / (2 N_c) (scikit-learn's
//          compute_class_weight), reduced as PyTorch's CrossEntropyLoss(weight=…) does:
//          Σ w_i ℓ_i / Σ w_i. The rare class counts as much as the common one.
//   focal  −α_t (1 − p_t)^γ log p_t (Lin et al., 2017; the focal element of DESIGN.md), mean.
//   dice   soft Dice loss 1 − (2 Σ p y + s) / (Σ p + Σ y + s), s = 1 (Milletari et al., 2016):
//          one number for the whole mask, so its per-pixel map is the gradient ∂L/∂p_i.
// Every map and mean is computed by tfjs (values and autodiff gradients).
import * as tf from '@tensorflow/tfjs-core';
import '../tf';
import { LossInputError } from '../errors';
import { toTensor } from '../expr';
import { getLoss, resolveParams } from '../losses/registry';
import { EPS } from '../losses/types';
import { checkNumber } from '../validate';

export type SegLoss = 'ce' | 'wce' | 'focal' | 'dice';
export const SEG_LOSSES: readonly SegLoss[] = ['ce', 'wce', 'focal', 'dice'];
export const DICE_SMOOTH = 1;

export interface SegRequest {
  /** Ground truth, 0 or 1 per pixel (row-major). */
  mask: ArrayLike<number>;
  /** Predicted foreground probability per pixel, in [0, 1]. */
  prob: ArrayLike<number>;
  loss: SegLoss;
  /** Focal γ (default 2) and α (default 0.25). */
  gamma?: number;
  alpha?: number;
}

export interface SegResult {
  /** The loss of the whole mask. */
  mean: number;
  /**
   * The per-pixel map shown as a heatmap: ℓ_i for ce and focal, w_i ℓ_i for wce, and
   * |∂L/∂p_i| for dice (no per-pixel loss exists).
   */
  perPixel: Float32Array;
  /** ∂L/∂p_i (tfjs autodiff of the reduced loss). */
  gradient: Float32Array;
  /** w_i for wce (1 elsewhere): [background weight, foreground weight]. */
  weights: [number, number];
  /** Pixels of each class: [background, foreground]. */
  counts: [number, number];
}

export const SEG_PIXELS_MAX = 128 * 128;

function check(req: SegRequest): { n: number } {
  const n = req.mask?.length ?? 0;
  if (n < 1 || n > SEG_PIXELS_MAX)
    throw new LossInputError('mask', `must hold 1–${SEG_PIXELS_MAX} pixels, got ${n}`);
  if (req.prob?.length !== n)
    throw new LossInputError(
      'prob',
      `must hold ${n} pixels like the mask, got ${req.prob?.length}`,
    );
  for (let i = 0; i < n; i++) {
    if (req.mask[i] !== 0 && req.mask[i] !== 1)
      throw new LossInputError(`mask[${i}]`, `label must be 0 or 1, got ${req.mask[i]}`);
    const p = checkNumber(`prob[${i}]`, req.prob[i]);
    if (p < 0 || p > 1)
      throw new LossInputError(`prob[${i}]`, `probability must lie in [0, 1], got ${p}`);
  }
  if (!SEG_LOSSES.includes(req.loss))
    throw new LossInputError(
      'loss',
      `must be one of ${SEG_LOSSES.join(', ')}, got ${String(req.loss)}`,
    );
  return { n };
}

/** Balanced class weights N / (2 N_c); a class with no pixels gets weight 0. */
export function balancedWeights(counts: [number, number]): [number, number] {
  const n = counts[0] + counts[1];
  return counts.map((c) => (c > 0 ? n / (2 * c) : 0)) as [number, number];
}

export async function segmentationLoss(req: SegRequest): Promise<SegResult> {
  const { n } = check(req);
  let fg = 0;
  for (let i = 0; i < n; i++) fg += req.mask[i];
  const counts: [number, number] = [n - fg, fg];
  const weights: [number, number] = req.loss === 'wce' ? balancedWeights(counts) : [1, 1];
  const focal = getLoss('focal');
  const focalParams = resolveParams(focal, { gamma: req.gamma, alpha: req.alpha });
  const bce = getLoss('bce');

  const [mean, map, grad] = tf.tidy(() => {
    const y = tf.tensor1d(Array.from(req.mask));
    const p = tf.tensor1d(Array.from(req.prob));
    const perPixel = (q: tf.Tensor) => {
      if (req.loss === 'focal') return toTensor(focal.element, { y, yhat: q, params: focalParams });
      const l = toTensor(bce.element, { y, yhat: q, params: {} });
      if (req.loss !== 'wce') return l;
      return tf.mul(l, tf.add(tf.mul(y, weights[1]), tf.mul(tf.sub(1, y), weights[0])));
    };
    const reduce = (q: tf.Tensor): tf.Scalar => {
      if (req.loss === 'dice') {
        const qc = tf.clipByValue(q, EPS, 1 - EPS);
        const inter = tf.sum(tf.mul(qc, y));
        return tf.sub(
          1,
          tf.div(
            tf.add(tf.mul(2, inter), DICE_SMOOTH),
            tf.add(tf.add(tf.sum(qc), tf.sum(y)), DICE_SMOOTH),
          ),
        ) as tf.Scalar;
      }
      const total = tf.sum(perPixel(q));
      // Σ w_i over the pixels (= N for balanced weights with both classes present).
      const wsum = req.loss === 'wce' ? counts[0] * weights[0] + counts[1] * weights[1] : n;
      return tf.div(total, wsum) as tf.Scalar;
    };
    const { value, grad } = tf.valueAndGrad(reduce)(p);
    const shown = req.loss === 'dice' ? tf.abs(grad) : perPixel(p);
    return [value, shown, grad];
  });
  try {
    const [m, pp, g] = await Promise.all([mean.data(), map.data(), grad.data()]);
    return {
      mean: m[0],
      perPixel: Float32Array.from(pp),
      gradient: Float32Array.from(g),
      weights,
      counts,
    };
  } finally {
    tf.dispose([mean, map, grad]);
  }
}

/**
 * A blur of the probability map: a 3×3 binomial kernel ([1 2 1]ᵀ[1 2 1] / 16) by tf.conv2d,
 * renormalised at the borders (divided by the blurred map of ones), `times` passes.
 */
export async function blurProbabilities(
  prob: ArrayLike<number>,
  size: number,
  times = 1,
): Promise<number[]> {
  if (!Number.isInteger(size) || size < 2 || size * size !== prob.length)
    throw new LossInputError('prob', `must hold size × size = ${size * size} pixels`);
  for (let i = 0; i < prob.length; i++) checkNumber(`prob[${i}]`, prob[i]);
  const t = Math.max(1, Math.min(20, Math.round(times)));
  const out = tf.tidy(() => {
    const k1 = [1, 2, 1];
    const kernel = tf.tensor4d(
      k1.flatMap((a) => k1.map((b) => (a * b) / 16)),
      [3, 3, 1, 1],
    );
    const blur = (x: tf.Tensor4D) => tf.conv2d(x, kernel, 1, 'same');
    const norm = blur(tf.ones([1, size, size, 1]));
    let x = tf.tensor4d(Array.from(prob), [1, size, size, 1]);
    for (let i = 0; i < t; i++) x = tf.div(blur(x), norm) as tf.Tensor4D;
    return tf.reshape(tf.clipByValue(x, 0, 1), [-1]);
  });
  try {
    return Array.from(await out.data());
  } finally {
    out.dispose();
  }
}
