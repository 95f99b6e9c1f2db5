// Batched evaluations along a path of (w, b) pairs, and per-point derivatives in the model's own
// score form (the form trainPath differentiates), for the Train tab's held-out curve and pulls.
import * as tf from '@tensorflow/tfjs-core';
import './tf';
import { LossInputError } from './errors';
import { toTensor } from './expr';
import { prepareProblem, type ModelProblem } from './models';
import { modelLoss } from './surface';
import { checkNumber, shapeOf } from './validate';

/** L(w[k], b[k]) for every k, in one batched computation (not a grid: pairs). */
export async function pathLoss(
  req: ModelProblem & { w: number[]; b: number[] },
): Promise<Float32Array> {
  const p = prepareProblem(req);
  const ws = shapeOf('w', req.w);
  const bs = shapeOf('b', req.b);
  if (ws.flat.length !== bs.flat.length)
    throw new LossInputError('b', `must be as long as w (${ws.flat.length})`);
  const k = ws.flat.length;
  const out = new Float32Array(k);
  const x = tf.tensor1d(p.x);
  const y = tf.tensor1d(p.y);
  // Chunks bound memory like lossSurface's: k × M values at a time.
  const per = Math.max(1, Math.floor((1 << 22) / p.x.length));
  try {
    for (let i = 0; i < k; i += per) {
      const n = Math.min(per, k - i);
      const t = tf.tidy(() =>
        modelLoss(
          p,
          tf.tensor2d(ws.flat.slice(i, i + n), [n, 1]),
          tf.tensor2d(bs.flat.slice(i, i + n), [n, 1]),
          x,
          y,
        ),
      );
      try {
        out.set(await t.data(), i);
      } finally {
        t.dispose();
      }
    }
    return out;
  } finally {
    tf.dispose([x, y]);
  }
}

/**
 * Per-point ℓ and dℓ/dz at (w, b), z = w·x + b the model's score, by tfjs autodiff of the same
 * expression trainPath uses (log-sigmoid form for probability losses on the logistic model, so a
 * confidently wrong point keeps its pull instead of the clip's zero).
 */
export function pointGradients(req: ModelProblem & { w: number; b: number }): {
  loss: Float32Array;
  dz: Float32Array;
} {
  const p = prepareProblem(req);
  const w = checkNumber('w', req.w);
  const b = checkNumber('b', req.b);
  if (!p.def.differentiable) throw new LossInputError('loss', `${p.def.id} has no gradient`);
  const y = tf.tensor1d(p.y);
  const z = tf.tidy(() => tf.add(tf.mul(w, tf.tensor1d(p.x)), b));
  try {
    const per = (t: tf.Tensor) => toTensor(p.element, { y, yhat: t, params: p.params });
    const loss = tf.tidy(() => per(z));
    const dz = tf.tidy(() => tf.grad((t: tf.Tensor) => tf.sum(per(t)))(z));
    try {
      return { loss: Float32Array.from(loss.dataSync()), dz: Float32Array.from(dz.dataSync()) };
    } finally {
      tf.dispose([loss, dz]);
    }
  } finally {
    tf.dispose([y, z]);
  }
}

/**
 * pointGradients' dz at every (w[k], b[k]) of a path, in one batched tfjs computation (one read
 * back for the whole path instead of one per step): row k holds dℓ/dz per point at step k,
 * equal to pointGradients({ ...req, w: w[k], b: b[k] }).dz. A step whose w or b is not a finite
 * number in range (a diverged run's last state) gets a row of NaN where pointGradients throws.
 */
export function pathPointGradients(req: ModelProblem & { w: number[]; b: number[] }): {
  dz: Float32Array[];
} {
  const p = prepareProblem(req);
  if (!p.def.differentiable) throw new LossInputError('loss', `${p.def.id} has no gradient`);
  if (!Array.isArray(req.w) || !Array.isArray(req.b) || req.w.length !== req.b.length)
    throw new LossInputError('b', `must be an array as long as w`);
  const m = p.x.length;
  const k = req.w.length;
  const inRange = (v: unknown) => {
    try {
      checkNumber('w', v);
      return true;
    } catch {
      return false;
    }
  };
  const ok: number[] = [];
  for (let i = 0; i < k; i++) if (inRange(req.w[i]) && inRange(req.b[i])) ok.push(i);
  const buf = new Float32Array(k * m).fill(NaN);
  const x = tf.tensor2d(p.x, [1, m]);
  const y = tf.tensor2d(p.y, [1, m]);
  // Chunks bound memory like pathLoss's: rows × M values at a time.
  const per = Math.max(1, Math.floor((1 << 20) / m));
  try {
    for (let s = 0; s < ok.length; s += per) {
      const rows = ok.slice(s, s + per);
      const g = tf.tidy(() => {
        const w = tf.tensor2d(
          rows.map((i) => req.w[i]),
          [rows.length, 1],
        );
        const b = tf.tensor2d(
          rows.map((i) => req.b[i]),
          [rows.length, 1],
        );
        const z = tf.add(tf.mul(w, x), b);
        const yy = tf.broadcastTo(y, [rows.length, m]);
        const loss = (t: tf.Tensor) => toTensor(p.element, { y: yy, yhat: t, params: p.params });
        return tf.grad((t: tf.Tensor) => tf.sum(loss(t)))(z);
      });
      try {
        const d = g.dataSync();
        rows.forEach((i, r) => buf.set(d.subarray(r * m, (r + 1) * m), i * m));
      } finally {
        g.dispose();
      }
    }
  } finally {
    tf.dispose([x, y]);
  }
  return { dz: Array.from({ length: k }, (_, i) => buf.subarray(i * m, (i + 1) * m)) };
}
