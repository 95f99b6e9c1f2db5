// trainPath: gradient-based training of a 1-D model with tfjs's own optimizers (tf.train.*, used
// as they are: e.g. tfjs momentum is v ← βv + g, θ ← θ − lr·v).
import * as tf from '@tensorflow/tfjs-core';
import './tf';
import { LossInputError } from './errors';
import { prepareProblem, type ModelProblem } from './models';
import { batchSchedule } from './batches';
import { modelLoss } from './surface';
import { recordPath } from './recordPath';
import { checkNumber } from './validate';
import { disposeOptimizer } from './disposeOptimizer';

export type OptimizerName = 'sgd' | 'momentum' | 'rmsprop' | 'adagrad' | 'adam';
export const OPTIMIZERS: readonly OptimizerName[] = [
  'sgd',
  'momentum',
  'rmsprop',
  'adagrad',
  'adam',
];

export interface OptimizerSpec {
  name: OptimizerName;
  lr: number;
  /** Momentum's β (default 0.9); RMSProp's momentum (default 0). */
  momentum?: number;
  beta1?: number;
  beta2?: number;
  epsilon?: number;
  /** RMSProp's decay ρ (default 0.9). */
  decay?: number;
  /** Adagrad's initial accumulator (default 0.1, as tfjs). */
  initialAccumulator?: number;
}

export interface TrainRequest extends ModelProblem {
  init: { w: number; b: number };
  optimizer: OptimizerSpec;
  steps: number;
  /** Full batch when omitted. */
  batchSize?: number;
  /** Seed of the mini-batch shuffle (default 1). */
  seed?: number;
  signal?: AbortSignal;
}

export interface TrainResult {
  /** The state before each step and after the last: length steps + 1 (divergedAt + 1). */
  w: number[];
  b: number[];
  /** Full-data loss (penalty included) at each state. */
  loss: number[];
  /** The first state whose loss is not finite or exceeds 1e12; the path stops there. */
  divergedAt?: number;
}

export { DIVERGENCE_LIMIT, yieldToEventLoop } from './recordPath';

/** The optimizer hyper-parameters used when a spec leaves them out (tfjs's own defaults). */
export const OPTIMIZER_DEFAULTS = {
  momentum: 0.9,
  decay: 0.9,
  rmspropMomentum: 0,
  initialAccumulator: 0.1,
  beta1: 0.9,
  beta2: 0.999,
} as const;

/** A tfjs optimizer from its spec, validated (throws LossInputError). */
export function makeOptimizer(o: OptimizerSpec): tf.Optimizer {
  const opt = (f: string, v: number | undefined, lo: number, hi: number) => {
    if (v === undefined) return undefined;
    checkNumber(`optimizer.${f}`, v);
    if (v < lo || v > hi)
      throw new LossInputError(`optimizer.${f}`, `must lie in [${lo}, ${hi}], got ${v}`);
    return v;
  };
  checkNumber('optimizer.lr', o.lr);
  if (!(o.lr > 0))
    throw new LossInputError('optimizer.lr', `learning rate must be > 0, got ${o.lr}`);
  const eps = opt('epsilon', o.epsilon, 0, 1);
  switch (o.name) {
    case 'sgd':
      return tf.train.sgd(o.lr);
    case 'momentum':
      return tf.train.momentum(
        o.lr,
        opt('momentum', o.momentum, 0, 1) ?? OPTIMIZER_DEFAULTS.momentum,
      );
    case 'rmsprop':
      return tf.train.rmsprop(
        o.lr,
        opt('decay', o.decay, 0, 1) ?? OPTIMIZER_DEFAULTS.decay,
        opt('momentum', o.momentum, 0, 1) ?? OPTIMIZER_DEFAULTS.rmspropMomentum,
        eps,
      );
    case 'adagrad':
      return tf.train.adagrad(
        o.lr,
        opt('initialAccumulator', o.initialAccumulator, 0, 1e6) ??
          OPTIMIZER_DEFAULTS.initialAccumulator,
      );
    case 'adam':
      return tf.train.adam(
        o.lr,
        opt('beta1', o.beta1, 0, 1) ?? OPTIMIZER_DEFAULTS.beta1,
        opt('beta2', o.beta2, 0, 1) ?? OPTIMIZER_DEFAULTS.beta2,
        eps,
      );
    default:
      throw new LossInputError(
        'optimizer.name',
        `must be one of ${OPTIMIZERS.join(', ')}, got ${String((o as { name: unknown }).name)}`,
      );
  }
}

function checkCount(field: string, v: number | undefined, max: number): void {
  if (v === undefined) return;
  if (!Number.isInteger(v) || v < 1 || v > max)
    throw new LossInputError(field, `must be an integer in [1, ${max}], got ${v}`);
}

/**
 * Trains w, b from `init` for `steps` optimizer updates (one step = one batch) and returns the
 * path. Mini-batches are drawn from a seeded shuffle per epoch. Stops at the first state whose
 * loss is not finite or exceeds 1e12 (`divergedAt`). Tensors are all disposed.
 */
export async function trainPath(req: TrainRequest): Promise<TrainResult> {
  const p = prepareProblem(req);
  if (!p.def.differentiable)
    throw new LossInputError('loss', `${p.def.id} has no gradient; it cannot be trained on`);
  checkCount('steps', req.steps, 1_000_000);
  checkNumber('init.w', req.init?.w);
  checkNumber('init.b', req.init?.b);
  const m = p.x.length;
  const batch = Math.min(req.batchSize ?? m, m);
  checkCount('batchSize', req.batchSize, 1_000_000);
  const optimizer = makeOptimizer(req.optimizer);
  const schedule = batch < m ? batchSchedule(m, batch, req.seed ?? 1) : null;
  const x = tf.tensor1d(p.x);
  const y = tf.tensor1d(p.y);
  // Inside tidy, so the initial scalars are freed (a variable keeps its own reference).
  const [w, b] = tf.tidy(() => [
    tf.variable(tf.scalar(req.init.w)),
    tf.variable(tf.scalar(req.init.b)),
  ]);
  const full = () => modelLoss(p, w, b, x, y) as tf.Scalar;
  const out: TrainResult = { w: [], b: [], loss: [] };
  const nextBatch = (): tf.Tensor1D => tf.tensor1d(schedule!.next(), 'int32');
  try {
    const divergedAt = await recordPath({
      steps: req.steps,
      signal: req.signal,
      // Rows [loss, w, b]. The state before the step, and its full-data loss: with the full
      // batch, the loss that minimize() computes anyway.
      step: () =>
        tf.tidy(() => {
          const state = tf.stack([w, b]);
          let cost: tf.Scalar;
          if (batch === m) {
            cost = optimizer.minimize(full, true) as tf.Scalar;
          } else {
            cost = full();
            const idx = nextBatch();
            const [xb, yb] = [tf.gather(x, idx), tf.gather(y, idx)];
            optimizer.minimize(() => modelLoss(p, w, b, xb, yb) as tf.Scalar);
          }
          return tf.concat([tf.reshape(cost, [1]), state]);
        }),
      last: () => tf.tidy(() => tf.stack([full(), w, b])),
      onRow: (row) => {
        out.loss.push(row[0]);
        out.w.push(row[1]);
        out.b.push(row[2]);
      },
    });
    return divergedAt === undefined ? out : { ...out, divergedAt };
  } finally {
    tf.dispose([x, y, w, b]);
    disposeOptimizer(optimizer);
  }
}
