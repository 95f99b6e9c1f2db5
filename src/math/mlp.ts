// A tiny MLP for 2-D classification: 2 inputs → H hidden units (tanh or ReLU) → 1 logit z. Its
// loss is the chosen loss read from the logit, as for the logistic model (probability losses in
// log-sigmoid form). Parameters travel as one flat vector θ = [W1 (2×H, row-major), b1 (H),
// W2 (H), b2]: plain numbers, so paths, slices and links carry them without tensors.
import * as tf from '@tensorflow/tfjs-core';
import './tf';
import { LossInputError } from './errors';
import { absZeroGrad, toTensor, type Expr } from './expr';
import { getLoss, resolveParams } from './losses/registry';
import { modelElement, type ModelProblem, type Regularization } from './models';
import { mulberry32, shuffledIndices } from './random';
import { disposeOptimizer } from './disposeOptimizer';
import { recordPath } from './recordPath';
import { makeOptimizer, type OptimizerSpec } from './train';
import { checkLabels, checkNumber, mapLabels, shapeOf } from './validate';

export interface MlpSpec {
  /** Hidden units, 2–16. */
  hidden: number;
  activation: 'tanh' | 'relu';
}

/** The 1-D models' problem with 2-D inputs and no model kind: the MLP is the model. */
export interface MlpProblem extends Omit<ModelProblem, 'model' | 'x' | 'regularization'> {
  /** N points of 2 features: [[x1, x2], …]. */
  x: number[][];
  /** Labels: {0, 1} for bce/focal/bce_logits; margin losses read 0 as −1. */
  y: number[];
  mlp: MlpSpec;
  /** Penalty on the weights (W1, W2), never the biases. */
  regularization?: Regularization;
}

export interface PreparedMlp {
  element: Expr;
  params: Record<string, number>;
  x: number[];
  y: number[];
  n: number;
  h: number;
  relu: boolean;
  l1: number;
  l2: number;
}

/** Number of parameters of an MLP with h hidden units: 2h + h + h + 1. */
export const mlpSize = (h: number) => 4 * h + 1;

export function prepareMlp(req: MlpProblem): PreparedMlp {
  const def = getLoss(req.loss);
  const element = modelElement(def, 'logistic');
  const h = req.mlp?.hidden;
  if (!Number.isInteger(h) || h < 2 || h > 16)
    throw new LossInputError('mlp.hidden', `must be an integer in [2, 16], got ${h}`);
  if (req.mlp.activation !== 'tanh' && req.mlp.activation !== 'relu')
    throw new LossInputError(
      'mlp.activation',
      `must be "tanh" or "relu", got ${String(req.mlp.activation)}`,
    );
  const xs = shapeOf('x', req.x);
  if (xs.shape.length !== 2 || xs.shape[1] !== 2)
    throw new LossInputError('x', 'must be rows of two features [[x1, x2], …]');
  const ys = shapeOf('y', req.y);
  if (ys.shape.length !== 1 || ys.shape[0] !== xs.shape[0])
    throw new LossInputError('y', `must be a flat array of ${xs.shape[0]} labels`);
  checkLabels(def, 'y', ys);
  const lam = (f: 'l1' | 'l2') => {
    const v = req.regularization?.[f];
    if (v === undefined) return 0;
    checkNumber(`regularization.${f}`, v);
    if (v < 0) throw new LossInputError(`regularization.${f}`, `must be ≥ 0, got ${v}`);
    return v;
  };
  return {
    element,
    params: resolveParams(def, req.params),
    x: xs.flat,
    y: mapLabels(def, ys.flat),
    n: xs.shape[0],
    h,
    relu: req.mlp.activation === 'relu',
    l1: lam('l1'),
    l2: lam('l2'),
  };
}

/** Glorot-uniform weights from a seed, zero biases. */
export function initMlp(spec: MlpSpec, seed = 1): number[] {
  const rand = mulberry32(seed);
  const h = spec.hidden;
  const a1 = Math.sqrt(6 / (2 + h));
  const a2 = Math.sqrt(6 / (h + 1));
  const u = (a: number) => (rand() * 2 - 1) * a;
  return [
    ...Array.from({ length: 2 * h }, () => u(a1)),
    ...Array(h).fill(0),
    ...Array.from({ length: h }, () => u(a2)),
    0,
  ];
}

/**
 * Logits of P parameter sets at once: theta [P, 4h+1], x [N, 2] → z [P, N]. Batched matMul, so
 * a whole slice of the landscape is one computation.
 */
export function mlpLogits(
  p: Pick<PreparedMlp, 'h' | 'relu'>,
  theta: tf.Tensor2D,
  x: tf.Tensor2D,
): tf.Tensor2D {
  const h = p.h;
  const np = theta.shape[0];
  const w1 = tf.reshape(tf.slice(theta, [0, 0], [np, 2 * h]), [np, 2, h]);
  const b1 = tf.reshape(tf.slice(theta, [0, 2 * h], [np, h]), [np, 1, h]);
  const w2 = tf.reshape(tf.slice(theta, [0, 3 * h], [np, h]), [np, h, 1]);
  const b2 = tf.reshape(tf.slice(theta, [0, 4 * h], [np, 1]), [np, 1, 1]);
  const xb = tf.tile(tf.expandDims(x, 0), [np, 1, 1]);
  const pre = tf.add(tf.matMul(xb, w1), b1);
  const hid = p.relu ? tf.relu(pre) : tf.tanh(pre);
  return tf.reshape(tf.add(tf.matMul(hid, w2), b2), [np, -1]) as tf.Tensor2D;
}

/** Mean loss (+ penalty on W1, W2) for each of P parameter sets: [P]. */
export function mlpLosses(
  p: PreparedMlp,
  theta: tf.Tensor2D,
  x: tf.Tensor2D,
  y: tf.Tensor1D,
): tf.Tensor1D {
  const z = mlpLogits(p, theta, x);
  let loss = tf.mean(toTensor(p.element, { y, yhat: z, params: p.params }), 1);
  if (p.l1 > 0 || p.l2 > 0) {
    const np = theta.shape[0];
    const weights = tf.concat(
      [tf.slice(theta, [0, 0], [np, 2 * p.h]), tf.slice(theta, [0, 3 * p.h], [np, p.h])],
      1,
    );
    if (p.l2 > 0) loss = tf.add(loss, tf.mul(p.l2, tf.sum(tf.square(weights), 1)));
    if (p.l1 > 0) loss = tf.add(loss, tf.mul(p.l1, tf.sum(absZeroGrad(weights), 1)));
  }
  return loss as tf.Tensor1D;
}

export interface MlpTrainRequest extends MlpProblem {
  /** θ to start from; a seeded Glorot init when omitted. */
  init?: number[];
  optimizer: OptimizerSpec;
  steps: number;
  batchSize?: number;
  seed?: number;
  signal?: AbortSignal;
}

export interface MlpTrainResult {
  /** θ before each step and after the last (length steps + 1, or divergedAt + 1). */
  theta: Float32Array[];
  loss: number[];
  /** Training accuracy at each state (the sign of z against the label). */
  accuracy: number[];
  divergedAt?: number;
}

/** Trains the MLP with a tfjs optimizer; the same path contract as trainPath. */
export async function trainMlp(req: MlpTrainRequest): Promise<MlpTrainResult> {
  const p = prepareMlp(req);
  if (!Number.isInteger(req.steps) || req.steps < 1 || req.steps > 100_000)
    throw new LossInputError('steps', `must be an integer in [1, 100000], got ${req.steps}`);
  const size = mlpSize(p.h);
  const init = req.init ?? initMlp(req.mlp, req.seed ?? 1);
  if (init.length !== size)
    throw new LossInputError(
      'init',
      `must hold ${size} parameters for ${p.h} hidden units, got ${init.length}`,
    );
  init.forEach((v, i) => checkNumber(`init[${i}]`, v));
  const batch = Math.min(req.batchSize ?? p.n, p.n);
  if (!Number.isInteger(batch) || batch < 1)
    throw new LossInputError('batchSize', `must be a positive integer, got ${req.batchSize}`);
  const optimizer = makeOptimizer(req.optimizer);
  const rand = mulberry32(req.seed ?? 1);
  const x = tf.tensor2d(p.x, [p.n, 2]);
  const y = tf.tensor1d(p.y);
  const positive = tf.tensor1d(p.y.map((v) => (v > 0.5 ? 1 : 0)));
  const theta = tf.tidy(() => tf.variable(tf.tensor2d(init, [1, size])));
  const out: MlpTrainResult = { theta: [], loss: [], accuracy: [] };
  const record = () =>
    tf.tidy(() => {
      const z = mlpLogits(p, theta, x);
      const acc = tf.mean(
        tf.cast(
          tf.equal(tf.cast(tf.greater(tf.squeeze(z, [0]), 0), 'float32'), positive),
          'float32',
        ),
      );
      return tf.concat([
        tf.reshape(mlpLosses(p, theta, x, y), [1]),
        tf.reshape(acc, [1]),
        tf.reshape(theta, [size]),
      ]);
    });
  let order: number[] = [];
  let cursor = p.n;
  /** One step; the row [loss, accuracy, θ] of the state before it. */
  const step = () => {
    const row = record();
    try {
      tf.tidy(() => {
        let xb: tf.Tensor2D = x;
        let yb: tf.Tensor1D = y;
        if (batch < p.n) {
          if (cursor + batch > p.n) [order, cursor] = [shuffledIndices(p.n, rand), 0];
          const idx = tf.tensor1d(order.slice(cursor, cursor + batch), 'int32');
          cursor += batch;
          [xb, yb] = [tf.gather(x, idx), tf.gather(y, idx)];
        }
        optimizer.minimize(() => tf.squeeze(mlpLosses(p, theta, xb, yb)) as tf.Scalar);
      });
    } catch (e) {
      row.dispose();
      throw e;
    }
    return row;
  };
  try {
    const divergedAt = await recordPath({
      steps: req.steps,
      signal: req.signal,
      step,
      last: record,
      onRow: (row) => {
        out.loss.push(row[0]);
        out.accuracy.push(row[1]);
        out.theta.push(row.slice(2));
      },
    });
    return divergedAt === undefined ? out : { ...out, divergedAt };
  } finally {
    tf.dispose([x, y, positive, theta]);
    disposeOptimizer(optimizer);
  }
}

/** σ(z) of the MLP at each point: the decision heatmap. */
export async function mlpPredict(
  spec: MlpSpec,
  theta: ArrayLike<number>,
  points: number[][],
): Promise<Float32Array> {
  const p = { h: spec.hidden, relu: spec.activation === 'relu' };
  if (theta.length !== mlpSize(p.h))
    throw new LossInputError('theta', `must hold ${mlpSize(p.h)} parameters`);
  const xs = shapeOf('points', points);
  const t = tf.tidy(() =>
    tf.sigmoid(
      mlpLogits(
        p,
        tf.tensor2d(Array.from(theta), [1, theta.length]),
        tf.tensor2d(xs.flat, [xs.shape[0], 2]),
      ),
    ),
  );
  try {
    return Float32Array.from(await t.data());
  } finally {
    t.dispose();
  }
}
