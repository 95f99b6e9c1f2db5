// Training the digit networks live with tfjs's own optimizers (tf.train.*, used as they are), and
// their loss and accuracy on a whole set. The convolution trains in its conv3d form (see
// ConvForm in net.ts) and is evaluated with conv2d.
import * as tf from '@tensorflow/tfjs-core';
import '../tf';
import { mulberry32, shuffledIndices } from '../random';
import { disposeOptimizer } from '../disposeOptimizer';
import type { DigitSet } from './digits';
import {
  crossEntropy,
  decayPenalty,
  fromParams,
  initTheta,
  logits,
  netDef,
  toParams,
  type ConvForm,
  type NetDef,
  type NetKind,
} from './net';

/** A set as tensors: inputs [N, d] and one-hot labels [N, classes] (dispose with disposeSet). */
export interface TensorSet {
  x: tf.Tensor2D;
  oneHot: tf.Tensor2D;
  labels: Int32Array;
  n: number;
}

export function toTensorSet(d: DigitSet, classes: number, inputs = 64): TensorSet {
  return {
    x: tf.tensor2d(d.x, [d.n, inputs]),
    oneHot: tf.tidy(() => tf.oneHot(tf.tensor1d(d.y, 'int32'), classes) as tf.Tensor2D),
    labels: d.y,
    n: d.n,
  };
}

export const disposeSet = (s: TensorSet) => tf.dispose([s.x, s.oneHot]);

export const yieldNow = () => new Promise<void>((r) => setTimeout(r, 0));

export class NetAbortError extends Error {
  constructor() {
    super('aborted');
    this.name = 'AbortError';
  }
}
export function checkAbort(signal?: AbortSignal) {
  if (signal?.aborted) throw new NetAbortError();
}

export interface Evaluation {
  loss: number;
  acc: number;
  /** Predicted class of each row, when asked for. */
  pred?: Int32Array;
}

/** Mean cross-entropy and accuracy of θ on a set (forward only, conv2d). */
export async function evaluate(
  def: NetDef,
  theta: Float32Array,
  set: TensorSet,
  withPred = false,
): Promise<Evaluation> {
  const [loss, pred] = tf.tidy(() => {
    const z = logits(def, toParams(def, theta), set.x);
    return [crossEntropy(z, set.oneHot), tf.argMax(z, 1)];
  });
  try {
    const [l, p] = await Promise.all([loss.data(), pred.data() as Promise<Int32Array>]);
    let hit = 0;
    for (let i = 0; i < set.n; i++) if (p[i] === set.labels[i]) hit++;
    return { loss: l[0], acc: hit / set.n, ...(withPred ? { pred: Int32Array.from(p) } : {}) };
  } finally {
    tf.dispose([loss, pred]);
  }
}

export type NetOptimizer = 'sgd' | 'momentum' | 'adam';

export interface NetTrainSpec {
  kind: NetKind;
  optimizer: NetOptimizer;
  lr: number;
  batchSize: number;
  epochs: number;
  /** L2 weight decay λ: the loss minimised is CE + (λ/2)·Σ w² over the kernels. */
  weightDecay: number;
  seed: number;
}

export interface EpochStats {
  epoch: number;
  trainLoss: number;
  trainAcc: number;
  testLoss: number;
  testAcc: number;
}

export interface NetRun {
  theta: Float32Array;
  /** θ before the first epoch and after each: epochs + 1 checkpoints, for the PCA plane. */
  checkpoints: Float32Array[];
  history: EpochStats[];
}

function makeNetOptimizer(name: NetOptimizer, lr: number): tf.Optimizer {
  if (name === 'momentum') return tf.train.momentum(lr, 0.9);
  if (name === 'adam') return tf.train.adam(lr);
  return tf.train.sgd(lr);
}

export function checkTrainSpec(s: NetTrainSpec): void {
  const bad = (field: string, rule: string) => {
    throw new RangeError(`${field} ${rule}`);
  };
  if (!(s.lr > 0 && s.lr <= 10)) bad('lr', 'must lie in (0, 10]');
  if (!Number.isInteger(s.batchSize) || s.batchSize < 1)
    bad('batchSize', 'must be a positive integer');
  if (!Number.isInteger(s.epochs) || s.epochs < 1 || s.epochs > 500)
    bad('epochs', 'must be an integer in [1, 500]');
  if (!(s.weightDecay >= 0 && s.weightDecay <= 1)) bad('weightDecay', 'must lie in [0, 1]');
}

/**
 * Trains from seeded He-uniform weights with minibatches in a seeded shuffled order per epoch
 * (the last batch may be smaller). `onEpoch` sees each epoch's stats and θ.
 */
export async function trainNet(
  spec: NetTrainSpec,
  train: TensorSet,
  test: TensorSet,
  hooks: { onEpoch?: (s: EpochStats, theta: Float32Array) => void; signal?: AbortSignal } = {},
): Promise<NetRun> {
  checkTrainSpec(spec);
  const def = netDef(spec.kind);
  const rand = mulberry32(spec.seed);
  const start = initTheta(def, rand);
  const vars = toParams(def, start).map((t) => {
    const v = tf.variable(t);
    t.dispose();
    return v;
  });
  const opt = makeNetOptimizer(spec.optimizer, spec.lr);
  const form: ConvForm = 'conv3d';
  const checkpoints: Float32Array[] = [start];
  const history: EpochStats[] = [];
  const record = async (epoch: number, theta: Float32Array) => {
    const [tr, te] = [await evaluate(def, theta, train), await evaluate(def, theta, test)];
    const s = { epoch, trainLoss: tr.loss, trainAcc: tr.acc, testLoss: te.loss, testAcc: te.acc };
    history.push(s);
    hooks.onEpoch?.(s, theta);
  };
  try {
    await record(0, start);
    for (let epoch = 1; epoch <= spec.epochs; epoch++) {
      const order = shuffledIndices(train.n, rand);
      for (let b = 0, k = 0; b < train.n; b += spec.batchSize, k++) {
        checkAbort(hooks.signal);
        const idx = tf.tensor1d(order.slice(b, b + spec.batchSize), 'int32');
        tf.tidy(() => {
          const xb = tf.gather(train.x, idx);
          const yb = tf.gather(train.oneHot, idx);
          opt.minimize(
            () => {
              const ce = crossEntropy(logits(def, vars, xb, form), yb);
              return spec.weightDecay > 0
                ? tf.add(ce, decayPenalty(def, vars, spec.weightDecay))
                : ce;
            },
            false,
            vars,
          );
        });
        idx.dispose();
        if (k % 8 === 7) await yieldNow();
      }
      const theta = await fromParams(vars);
      checkpoints.push(theta);
      await record(epoch, theta);
      await yieldNow();
    }
    return { theta: checkpoints[checkpoints.length - 1], checkpoints, history };
  } finally {
    disposeOptimizer(opt);
    tf.dispose(vars);
  }
}
