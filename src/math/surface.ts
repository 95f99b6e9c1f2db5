// lossSurface: the loss of a 1-D model over a grid of (w, b), as chunked, batched tfjs ops (the
// fallback engine of DESIGN.md; the fused WebGL program comes with the surface worker). Memory is
// bounded: a chunk holds at most CHUNK_ELEMENTS grid-point×data-point values, and the [G, G, M]
// tensor is never built.
import * as tf from '@tensorflow/tfjs-core';
import './tf';
import { LossInputError } from './errors';
import { absZeroGrad, toTensor } from './expr';
import { prepareProblem, type ModelProblem, type PreparedProblem } from './models';
import { shapeOf } from './validate';

export interface SurfaceRequest extends ModelProblem {
  /** Grid axes: values[i * w.length + j] = L(w[j], b[i]). */
  w: number[];
  b: number[];
  signal?: AbortSignal;
}

/** ~4M float32 values (16 MB) per intermediate tensor of a chunk. */
export const CHUNK_ELEMENTS = 1 << 22;

/**
 * The model's mean data loss plus its penalty, broadcast over whatever shapes w and b have: the
 * data axis is the last one. Shared by the surface (w: [1, G, 1], b: [R, 1, 1]) and training
 * (scalars), so both compute exactly the same function.
 */
export function modelLoss(
  p: PreparedProblem,
  w: tf.Tensor,
  b: tf.Tensor,
  x: tf.Tensor,
  y: tf.Tensor,
): tf.Tensor {
  const z = tf.add(tf.mul(w, x), b);
  let loss = tf.mean(toTensor(p.element, { y, yhat: z, params: p.params }), -1);
  const wOnly = w.rank > 0 ? tf.squeeze(w, [w.rank - 1]) : w; // drop the data axis of w
  if (p.l2 > 0) loss = tf.add(loss, tf.mul(p.l2, tf.square(wOnly)));
  if (p.l1 > 0) loss = tf.add(loss, tf.mul(p.l1, absZeroGrad(wOnly)));
  return loss;
}

function abortIfNeeded(signal?: AbortSignal): void {
  if (signal?.aborted)
    throw signal.reason ?? new DOMException('The surface was superseded', 'AbortError');
}

/**
 * L(w[j], b[i]) for every grid point, row-major over b: values[i * w.length + j]. Grid axes must
 * be non-empty and finite. Resolves to float32 values (Infinity where float32 overflows).
 */
export async function lossSurface(req: SurfaceRequest): Promise<{ values: Float32Array }> {
  const p = prepareProblem(req);
  const ws = shapeOf('w', req.w);
  const bs = shapeOf('b', req.b);
  if (ws.shape.length !== 1 || bs.shape.length !== 1)
    throw new LossInputError('w', 'grid axes must be flat arrays');
  const gw = ws.flat.length;
  const gb = bs.flat.length;
  const m = p.x.length;
  const rowsPerChunk = Math.max(1, Math.floor(CHUNK_ELEMENTS / (gw * m)));
  const values = new Float32Array(gw * gb);
  const [x, y, w] = [
    tf.tensor3d(p.x, [1, 1, m]),
    tf.tensor3d(p.y, [1, 1, m]),
    tf.tensor3d(ws.flat, [1, gw, 1]),
  ];
  try {
    for (let i0 = 0; i0 < gb; i0 += rowsPerChunk) {
      abortIfNeeded(req.signal);
      const rows = bs.flat.slice(i0, i0 + rowsPerChunk);
      const chunk = tf.tidy(() => modelLoss(p, w, tf.tensor3d(rows, [rows.length, 1, 1]), x, y));
      try {
        values.set(await chunk.data(), i0 * gw);
      } finally {
        chunk.dispose();
      }
    }
    abortIfNeeded(req.signal);
    return { values };
  } finally {
    tf.dispose([x, y, w]);
  }
}
