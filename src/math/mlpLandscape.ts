// Views of the MLP's loss landscape, which lives in 4h+1 dimensions:
// - a 2-D slice L(θ* + α·d1 + β·d2) along two random directions normalised filter by filter
//   (Li et al., 2018, "Visualizing the Loss Landscape of Neural Nets": here a filter is the
//   weight vector into one hidden or output unit; bias directions are zero, as in the paper);
// - the 1-D interpolation L((1 − t)·θ0 + t·θ1) from the start weights to the current ones
//   (Goodfellow et al., 2015, "Qualitatively characterizing neural network optimization").
// A slice is a view, not the whole space: its minimum need not be a minimum of the network.
import * as tf from '@tensorflow/tfjs-core';
import './tf';
import { LossInputError } from './errors';
import { mlpLosses, mlpSize, prepareMlp, type MlpProblem, type PreparedMlp } from './mlp';
import { mulberry32 } from './random';
import { CHUNK_ELEMENTS } from './surface';
import { checkNumber } from './validate';

/** Standard normal samples (Box–Muller) from a seeded generator. */
function gaussian(rand: () => number): number {
  const u = 1 - rand();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}

/** Index lists of each filter of θ: per hidden unit j its incoming W1[·, j]; the output's W2. */
export function filters(h: number): number[][] {
  const hidden = Array.from({ length: h }, (_, j) => [j, h + j]);
  const output = Array.from({ length: h }, (_, j) => 3 * h + j);
  return [...hidden, output];
}

/** A random direction with each filter scaled to the norm of θ's filter; biases zero. */
export function filterNormalizedDirection(
  theta: ArrayLike<number>,
  h: number,
  rand: () => number,
): Float64Array {
  const d = new Float64Array(mlpSize(h));
  for (const f of filters(h)) {
    const r = f.map(() => gaussian(rand));
    const rn = Math.hypot(...r);
    const tn = Math.hypot(...f.map((i) => theta[i]));
    f.forEach((i, k) => (d[i] = rn > 0 ? (r[k] / rn) * tn : 0));
  }
  return d;
}

function checkTheta(field: string, theta: ArrayLike<number>, h: number): void {
  if (!theta || theta.length !== mlpSize(h))
    throw new LossInputError(field, `must hold ${mlpSize(h)} parameters for ${h} hidden units`);
  for (let i = 0; i < theta.length; i++) checkNumber(`${field}[${i}]`, theta[i]);
}

/** Losses of many parameter vectors, in chunks that bound memory. */
async function lossesOf(
  p: PreparedMlp,
  thetas: Float32Array,
  count: number,
): Promise<Float32Array> {
  const size = mlpSize(p.h);
  const per = Math.max(1, Math.floor(CHUNK_ELEMENTS / (p.n * Math.max(p.h, 2) * 2)));
  const out = new Float32Array(count);
  const x = tf.tensor2d(p.x, [p.n, 2]);
  const y = tf.tensor1d(p.y);
  try {
    for (let k = 0; k < count; k += per) {
      const m = Math.min(per, count - k);
      const t = tf.tidy(() =>
        mlpLosses(p, tf.tensor2d(thetas.subarray(k * size, (k + m) * size), [m, size]), x, y),
      );
      try {
        out.set(await t.data(), k);
      } finally {
        t.dispose();
      }
    }
    return out;
  } finally {
    tf.dispose([x, y]);
  }
}

export interface MlpSliceRequest extends MlpProblem {
  /** The centre θ* of the slice (usually the current weights). */
  center: number[] | Float32Array;
  /** Seed of the two random directions, so a link reproduces the slice. */
  seed: number;
  /** α and β run over [−range, range] (1 = one filter norm). */
  range?: number;
  /** Grid points per side. */
  g?: number;
}

export interface MlpSlice {
  alpha: number[];
  beta: number[];
  /** values[i * alpha.length + j] = L(θ* + α_j d1 + β_i d2) */
  values: Float32Array;
  d1: Float64Array;
  d2: Float64Array;
}

export async function mlpSlice(req: MlpSliceRequest): Promise<MlpSlice> {
  const p = prepareMlp(req);
  checkTheta('center', req.center, p.h);
  const range = req.range ?? 1;
  const g = req.g ?? 41;
  if (!(range > 0 && range <= 100))
    throw new LossInputError('range', `must lie in (0, 100], got ${range}`);
  if (!Number.isInteger(g) || g < 3 || g > 201)
    throw new LossInputError('g', `must be an integer in [3, 201], got ${g}`);
  const rand = mulberry32(req.seed);
  const d1 = filterNormalizedDirection(req.center, p.h, rand);
  const d2 = filterNormalizedDirection(req.center, p.h, rand);
  const ax = Array.from({ length: g }, (_, i) => -range + (2 * range * i) / (g - 1));
  const size = mlpSize(p.h);
  const thetas = new Float32Array(g * g * size);
  ax.forEach((b, i) =>
    ax.forEach((a, j) => {
      const o = (i * g + j) * size;
      for (let k = 0; k < size; k++) thetas[o + k] = req.center[k] + a * d1[k] + b * d2[k];
    }),
  );
  return { alpha: ax, beta: ax, values: await lossesOf(p, thetas, g * g), d1, d2 };
}

/** (α, β) of each θ projected on the slice's plane: least squares on span(d1, d2). */
export function projectOnSlice(
  center: ArrayLike<number>,
  d1: Float64Array,
  d2: Float64Array,
  thetas: ArrayLike<number>[],
): [number, number][] {
  const dot = (a: ArrayLike<number>, b: ArrayLike<number>) => {
    let s = 0;
    for (let k = 0; k < a.length; k++) s += a[k] * b[k];
    return s;
  };
  const [g11, g12, g22] = [dot(d1, d1), dot(d1, d2), dot(d2, d2)];
  const det = g11 * g22 - g12 * g12;
  return thetas.map((t) => {
    const diff = Array.from(t, (v, k) => v - center[k]);
    const [r1, r2] = [dot(d1, diff), dot(d2, diff)];
    return det > 0 ? [(g22 * r1 - g12 * r2) / det, (g11 * r2 - g12 * r1) / det] : [0, 0];
  });
}

export interface MlpInterpolationRequest extends MlpProblem {
  from: number[] | Float32Array;
  to: number[] | Float32Array;
  /** Points along the line; t runs over [−0.25, 1.25] to show both sides. */
  n?: number;
}

export async function mlpInterpolation(
  req: MlpInterpolationRequest,
): Promise<{ t: number[]; loss: Float32Array }> {
  const p = prepareMlp(req);
  checkTheta('from', req.from, p.h);
  checkTheta('to', req.to, p.h);
  const n = req.n ?? 61;
  if (!Number.isInteger(n) || n < 2 || n > 1001)
    throw new LossInputError('n', `must be an integer in [2, 1001], got ${n}`);
  const t = Array.from({ length: n }, (_, i) => -0.25 + (1.5 * i) / (n - 1));
  const size = mlpSize(p.h);
  const thetas = new Float32Array(n * size);
  t.forEach((ti, i) => {
    for (let k = 0; k < size; k++) thetas[i * size + k] = (1 - ti) * req.from[k] + ti * req.to[k];
  });
  return { t, loss: await lossesOf(p, thetas, n) };
}
