// Sharpness: the largest Hessian eigenvalue of the training loss at θ, by power iteration on
// Hessian-vector products. tfjs cannot nest tf.grad through every op, so each product is a
// central difference of two gradients, Hv ≈ (∇L(θ + hv) − ∇L(θ − hv)) / 2h with ‖v‖ = 1 (error
// O(h²) where L is smooth; ReLU kinks add a little noise). Power iteration finds the eigenvalue of
// largest magnitude: at a minimum, where H is nearly positive semi-definite, that is λ_max.
import * as tf from '@tensorflow/tfjs-core';
import '../tf';
import { normal } from './gauss';
import { dot } from './linalg';
import { crossEntropy, fromParams, logits, toParams, type NetDef } from './net';
import { checkAbort, yieldNow, type TensorSet } from './train';

/** ∇θ of the mean cross-entropy over a set (conv3d form: its gradient exists on every backend). */
export async function gradientAt(
  def: NetDef,
  theta: Float32Array,
  set: TensorSet,
): Promise<Float32Array> {
  const grads = tf.tidy(() =>
    tf.grads((...p: tf.Tensor[]) => crossEntropy(logits(def, p, set.x, 'conv3d'), set.oneHot))(
      toParams(def, theta),
    ),
  );
  try {
    return await fromParams(grads);
  } finally {
    tf.dispose(grads);
  }
}

/** H·v by central differences of gradients (v of norm 1). */
export async function hessianVector(
  def: NetDef,
  theta: Float32Array,
  v: Float32Array,
  set: TensorSet,
  h = 1e-3,
): Promise<Float32Array> {
  const plus = Float32Array.from(theta, (t, i) => t + h * v[i]);
  const minus = Float32Array.from(theta, (t, i) => t - h * v[i]);
  const [gp, gm] = [await gradientAt(def, plus, set), await gradientAt(def, minus, set)];
  return Float32Array.from(gp, (g, i) => (g - gm[i]) / (2 * h));
}

export interface Sharpness {
  lambda: number;
  iterations: number;
  /** The Rayleigh quotient vᵀHv after each iteration. */
  history: number[];
}

export async function sharpness(
  def: NetDef,
  theta: Float32Array,
  set: TensorSet,
  opts: { iterations?: number; tol?: number; seed?: number; h?: number; signal?: AbortSignal } = {},
): Promise<Sharpness> {
  const maxIt = opts.iterations ?? 30;
  const tol = opts.tol ?? 1e-3;
  const gauss = normal(opts.seed ?? 1);
  let v = Float32Array.from(theta, () => gauss());
  const norm = (a: Float32Array) => Math.sqrt(dot(a, a));
  v = v.map((x) => x / norm(v));
  const history: number[] = [];
  for (let it = 1; it <= maxIt; it++) {
    checkAbort(opts.signal);
    const hv = await hessianVector(def, theta, v, set, opts.h);
    const lambda = dot(v, hv);
    history.push(lambda);
    const n = norm(hv);
    if (n === 0) break;
    v = hv.map((x) => x / n);
    const prev = history[history.length - 2];
    if (prev !== undefined && Math.abs(lambda - prev) <= tol * Math.abs(lambda)) break;
    await yieldNow();
  }
  return { lambda: history[history.length - 1], iterations: history.length, history };
}
