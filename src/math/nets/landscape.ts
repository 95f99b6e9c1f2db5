// Losses of a network at many parameter vectors: 2-D slices θ* + a·d₁ + b·d₂ computed
// progressively (a coarse grid first, refined in place), and 1-D lines. Each point is one
// forward pass (conv2d) over a whole set; results are read back a chunk at a time, so the worker
// can answer Cancel between chunks.
import * as tf from '@tensorflow/tfjs-core';
import '../tf';
import { crossEntropy, logits, toParams, type NetDef } from './net';
import { checkAbort, yieldNow, type TensorSet } from './train';

const CHUNK = 12;

/** Loss (and accuracy when asked) of each θ over a set. */
export async function lossesAt(
  def: NetDef,
  thetas: readonly Float32Array[],
  set: TensorSet,
  opts: { signal?: AbortSignal; accuracy?: boolean; onChunk?: (done: number) => void } = {},
): Promise<{ loss: Float32Array; acc?: Float32Array }> {
  const loss = new Float32Array(thetas.length);
  const acc = opts.accuracy ? new Float32Array(thetas.length) : undefined;
  const labels = opts.accuracy ? tf.tensor1d(set.labels, 'int32') : null;
  try {
    for (let s = 0; s < thetas.length; s += CHUNK) {
      checkAbort(opts.signal);
      const part = thetas.slice(s, s + CHUNK);
      const out = tf.tidy(() => {
        const ls: tf.Scalar[] = [];
        const as: tf.Scalar[] = [];
        for (const th of part) {
          const z = logits(def, toParams(def, th), set.x);
          ls.push(crossEntropy(z, set.oneHot));
          if (labels) as.push(tf.mean(tf.cast(tf.equal(tf.argMax(z, 1), labels), 'float32')));
        }
        return tf.stack([...ls, ...as]);
      });
      const v = (await out.data()) as Float32Array;
      out.dispose();
      loss.set(v.subarray(0, part.length), s);
      acc?.set(v.subarray(part.length), s);
      opts.onChunk?.(s + part.length);
      await yieldNow();
    }
    return { loss, acc };
  } finally {
    labels?.dispose();
  }
}

/** Evenly spaced values from lo to hi, n ≥ 2 of them. */
export const linspace = (lo: number, hi: number, n: number) =>
  Array.from({ length: n }, (_, i) => lo + ((hi - lo) * i) / (n - 1));

/** The strides of the progressive levels for a G-point axis: coarsest first, ending at 1. */
export function gridLevels(g: number): number[] {
  let s = 1;
  while ((g - 1) % (s * 2) === 0 && (g - 1) / (s * 2) >= 8) s *= 2;
  const out: number[] = [];
  for (; s >= 1; s /= 2) out.push(s);
  return out;
}

/** Fills every cell of a G×G grid from the nearest cell computed at stride s. */
export function fillFromStride(values: Float32Array, g: number, s: number): Float32Array {
  const top = Math.floor((g - 1) / s) * s;
  const near = (i: number) => Math.min(Math.round(i / s) * s, top);
  return Float32Array.from(
    { length: g * g },
    (_, k) => values[near(Math.floor(k / g)) * g + near(k % g)],
  );
}

export interface SliceRequest {
  theta: Float32Array;
  d1: Float32Array;
  d2: Float32Array;
  /** Grid axes: values[i·G + j] = L(θ + xs[j]·d₁ + ys[i]·d₂). */
  xs: number[];
  ys: number[];
}

export interface SliceProgress {
  /** The whole grid, cells not yet computed filled from the nearest computed one. */
  values: Float32Array;
  done: number;
  total: number;
  /** The stride just completed (1: final). */
  stride: number;
}

/** A 2-D slice, coarse levels first; onLevel sees each finished level, onProgress each chunk. */
export async function lossSlice(
  def: NetDef,
  req: SliceRequest,
  set: TensorSet,
  opts: {
    signal?: AbortSignal;
    onLevel?: (p: SliceProgress) => void;
    onProgress?: (done: number, total: number) => void;
  } = {},
): Promise<Float32Array> {
  const g = req.xs.length;
  if (req.ys.length !== g)
    throw new RangeError('the slice must be square (xs and ys of one length)');
  const values = new Float32Array(g * g).fill(NaN);
  const total = g * g;
  let done = 0;
  for (const s of gridLevels(g)) {
    const cells: number[] = [];
    for (let i = 0; i < g; i++)
      for (let j = 0; j < g; j++)
        if ((i % s === 0 && j % s === 0) || s === 1)
          if (Number.isNaN(values[i * g + j])) cells.push(i * g + j);
    const thetas = cells.map((k) => {
      const a = req.xs[k % g];
      const b = req.ys[Math.floor(k / g)];
      const th = new Float32Array(req.theta.length);
      for (let q = 0; q < th.length; q++) th[q] = req.theta[q] + a * req.d1[q] + b * req.d2[q];
      return th;
    });
    const before = done;
    const { loss } = await lossesAt(def, thetas, set, {
      signal: opts.signal,
      onChunk: (n) => opts.onProgress?.(before + n, total),
    });
    cells.forEach((k, i) => (values[k] = loss[i]));
    done += cells.length;
    opts.onLevel?.({
      values: s === 1 ? values.slice() : fillFromStride(values, g, s),
      done,
      total,
      stride: s,
    });
  }
  return values;
}
