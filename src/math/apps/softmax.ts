// A softmax (multinomial logistic) classifier on flattened images, trained live with a tfjs
// optimizer: logits z = xW + b, p = softmax(z), and the softmax cross-entropy of example i,
// CE_i = −log p_i,y_i = logsumexp(z_i) − z_i,y_i (computed with tf.logSoftmax, which subtracts
// the row maximum first, so a confident logit never overflows). The loss is the mean over
// examples. The trainer holds its variables and optimizer state between calls (so Adam's
// moments carry across a live session); results come back as plain arrays.
import * as tf from '@tensorflow/tfjs-core';
import '../tf';
import { LossInputError } from '../errors';
import { makeOptimizer, type OptimizerSpec } from '../train';
import { checkNumber } from '../validate';

export interface SoftmaxData {
  /** N rows of D features. */
  images: number[][];
  /** Class index of each row, 0 … classes − 1. */
  labels: number[];
  classes: number;
}

export interface SoftmaxSnapshot {
  /** Optimizer steps taken so far. */
  step: number;
  /** p[i][k]: the predicted probability of class k for example i. */
  probs: number[][];
  /** −log p[i][label i]. */
  ce: number[];
  /** mean(ce). */
  mean: number;
}

export interface SoftmaxTrainer {
  /** Takes `steps` optimizer steps on the full batch; returns the state after them. */
  train(steps: number): Promise<SoftmaxSnapshot>;
  /** The state now, without a step. */
  evaluate(): Promise<SoftmaxSnapshot>;
  /** New labels (e.g. one example relabelled); weights and optimizer state stay. */
  setLabels(labels: number[]): void;
  /** Back to zero weights (uniform probabilities, CE = log K) and a fresh optimizer. */
  reset(): void;
  dispose(): void;
}

function checkData(d: SoftmaxData): { n: number; dim: number } {
  if (!Number.isInteger(d.classes) || d.classes < 2 || d.classes > 32)
    throw new LossInputError('classes', `must be an integer in [2, 32], got ${d.classes}`);
  const n = d.images?.length ?? 0;
  if (n < 1) throw new LossInputError('images', 'need at least one image');
  const dim = d.images[0].length;
  if (dim < 1 || dim > 4096)
    throw new LossInputError('images', 'each image must have 1–4096 pixels');
  d.images.forEach((row, i) => {
    if (row.length !== dim)
      throw new LossInputError(`images[${i}]`, `must have ${dim} pixels, got ${row.length}`);
    row.forEach((v, j) => checkNumber(`images[${i}][${j}]`, v));
  });
  checkLabelsOf(d.labels, n, d.classes);
  return { n, dim };
}

function checkLabelsOf(labels: number[], n: number, classes: number) {
  if (!Array.isArray(labels) || labels.length !== n)
    throw new LossInputError('labels', `must hold ${n} class indices`);
  labels.forEach((l, i) => {
    if (!Number.isInteger(l) || l < 0 || l >= classes)
      throw new LossInputError(
        `labels[${i}]`,
        `must be a class index in [0, ${classes - 1}], got ${l}`,
      );
  });
}

/** Per-example softmax cross-entropy [N] from logits [N, K] and one-hot labels [N, K]. */
export function softmaxCE(logits: tf.Tensor2D, onehot: tf.Tensor2D): tf.Tensor1D {
  return tf.tidy(() => tf.neg(tf.sum(tf.mul(onehot, tf.logSoftmax(logits)), 1)) as tf.Tensor1D);
}

export function createSoftmaxTrainer(data: SoftmaxData, optimizer: OptimizerSpec): SoftmaxTrainer {
  const { n, dim } = checkData(data);
  const k = data.classes;
  let opt = makeOptimizer(optimizer);
  const x = tf.tensor2d(data.images.flat(), [n, dim]);
  // (inside tidy: the initial zeros would otherwise outlive the variables as tensors of their own)
  const w = tf.tidy(() => tf.variable(tf.zeros([dim, k])));
  const b = tf.tidy(() => tf.variable(tf.zeros([k])));
  const hot = (labels: number[]) =>
    tf.tidy(() => tf.cast(tf.oneHot(tf.tensor1d(labels, 'int32'), k), 'float32') as tf.Tensor2D);
  let y = hot(data.labels);
  let step = 0;
  let disposed = false;
  const logits = () => tf.add(tf.matMul(x, w), b) as tf.Tensor2D;
  const alive = () => {
    if (disposed) throw new Error('softmax trainer: used after dispose()');
  };

  const evaluate = async (): Promise<SoftmaxSnapshot> => {
    alive();
    const [p, ce] = tf.tidy(() => {
      const z = logits();
      return [tf.softmax(z), softmaxCE(z, y)];
    });
    try {
      const [pd, ced] = await Promise.all([p.data(), ce.data()]);
      const probs = Array.from({ length: n }, (_, i) => Array.from(pd.subarray(i * k, i * k + k)));
      const ceArr = Array.from(ced);
      return { step, probs, ce: ceArr, mean: ceArr.reduce((s, v) => s + v, 0) / n };
    } finally {
      tf.dispose([p, ce]);
    }
  };

  return {
    async train(steps: number) {
      alive();
      if (!Number.isInteger(steps) || steps < 1 || steps > 10_000)
        throw new LossInputError('steps', `must be an integer in [1, 10000], got ${steps}`);
      for (let s = 0; s < steps; s++) {
        tf.tidy(() => {
          opt.minimize(() => tf.mean(softmaxCE(logits(), y)) as tf.Scalar, false, [w, b]);
        });
        step++;
      }
      return evaluate();
    },
    evaluate,
    setLabels(labels: number[]) {
      alive();
      checkLabelsOf(labels, n, k);
      y.dispose();
      y = hot(labels);
    },
    reset() {
      alive();
      tf.tidy(() => {
        w.assign(tf.zeros([dim, k]));
        b.assign(tf.zeros([k]));
      });
      opt.dispose();
      opt = makeOptimizer(optimizer);
      step = 0;
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      tf.dispose([x, w, b, y]);
      opt.dispose();
    },
  };
}
