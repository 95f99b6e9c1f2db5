// Each trainable loss as tfjs and as Keras source, in our conventions (DESIGN.md: mean over the
// points; e = ŷ − y). A library built-in is used only where it computes exactly our definition;
// otherwise the loss is written out. `yHat` is what the loss reads: the prediction ŷ (linear
// model; σ(z) for a value loss on a classifier), or the logit z for bce and focal on a
// classifier (log-sigmoid form, as Keras's from_logits=True) and for score/margin losses.
import type { LossId } from '../../math';
import { num } from './setup';

export interface LossCode {
  /** One comment line naming the formula. */
  formula: string;
  /** Statements defining `lossFn(y, yHat)` (tfjs) / `loss_fn(y, y_hat)` (Python). */
  tfjs: string;
  python: string;
}

type P = Record<string, number>;

export function lossCode(loss: LossId, params: P): LossCode {
  const d = num(params.delta ?? 1);
  const tau = num(params.tau ?? 0.5);
  const g = num(params.gamma ?? 2);
  const a = num(params.alpha ?? 0.25);
  switch (loss) {
    case 'mse':
      return {
        formula: 'MSE: mean((ŷ − y)²)',
        tfjs: 'const lossFn = (y, yHat) => tf.losses.meanSquaredError(y, yHat);',
        python: 'loss_fn = tf.keras.losses.MeanSquaredError()',
      };
    case 'mae':
      return {
        formula: 'MAE: mean(|ŷ − y|)',
        tfjs: 'const lossFn = (y, yHat) => tf.losses.absoluteDifference(y, yHat);',
        python: 'loss_fn = tf.keras.losses.MeanAbsoluteError()',
      };
    case 'huber':
      return {
        formula: `Huber, δ = ${d}: mean(½e² if |e| ≤ δ else δ(|e| − ½δ))`,
        tfjs: `const lossFn = (y, yHat) => tf.losses.huberLoss(y, yHat, undefined, ${d});`,
        python: `loss_fn = tf.keras.losses.Huber(delta=${d})`,
      };
    case 'logcosh':
      return {
        formula: 'log-cosh: mean(log cosh e) = mean(|e| + softplus(−2|e|) − ln 2)',
        tfjs: [
          '// The overflow-free form; relu keeps float32 rounding near e = 0 from going below 0.',
          'const lossFn = (y, yHat) => {',
          '  const e = tf.abs(tf.sub(yHat, y));',
          '  return tf.mean(tf.relu(tf.sub(tf.add(e, tf.softplus(tf.mul(-2, e))), Math.LN2)));',
          '};',
        ].join('\n'),
        python: [
          '# Keras computes the same overflow-free form x + softplus(−2x) − ln 2 (our relu clamp',
          '# only differs where float32 rounding gives ±6e-8 at |e| < 1e-7).',
          'loss_fn = tf.keras.losses.LogCosh()',
        ].join('\n'),
      };
    case 'quantile':
      return {
        formula: `quantile (pinball), τ = ${tau}: mean(max(τ(y − ŷ), (τ − 1)(y − ŷ)))`,
        tfjs: [
          'const lossFn = (y, yHat) => {',
          '  const r = tf.sub(y, yHat);',
          `  return tf.mean(tf.maximum(tf.mul(${tau}, r), tf.mul(${tau} - 1, r)));`,
          '};',
        ].join('\n'),
        python: [
          '# No Keras built-in: the pinball loss written out.',
          'def loss_fn(y, y_hat):',
          '    r = y - y_hat',
          `    return tf.reduce_mean(tf.maximum(${tau} * r, (${tau} - 1) * r))`,
        ].join('\n'),
      };
    case 'bce':
    case 'bce_logits':
      return {
        formula: 'binary cross-entropy from the logit z: mean(softplus(z) − z·y), p = σ(z)',
        tfjs: 'const lossFn = (y, z) => tf.losses.sigmoidCrossEntropy(y, z);',
        python: 'loss_fn = tf.keras.losses.BinaryCrossentropy(from_logits=True)',
      };
    case 'focal':
      return {
        formula: `focal, γ = ${g}, α = ${a}: mean(−α_t (1 − p_t)^γ log p_t), p = σ(z)`,
        tfjs: [
          '// From the logit z: log p = −softplus(−z), log(1 − p) = −softplus(z), 1 − p = σ(−z).',
          'const lossFn = (y, z) => {',
          '  const notY = tf.sub(1, y);',
          `  const alphaT = tf.add(tf.mul(y, ${a}), tf.mul(notY, 1 - ${a}));`,
          '  const oneMinusPt = tf.add(tf.mul(y, tf.sigmoid(tf.neg(z))), tf.mul(notY, tf.sigmoid(z)));',
          '  const nll = tf.add(tf.mul(y, tf.softplus(tf.neg(z))), tf.mul(notY, tf.softplus(z)));',
          `  return tf.mean(tf.mul(tf.mul(alphaT, tf.pow(oneMinusPt, ${g})), nll));`,
          '};',
        ].join('\n'),
        python: [
          "# Keras's focal loss with α_t weighting (apply_class_balancing=True) is ours exactly.",
          'loss_fn = tf.keras.losses.BinaryFocalCrossentropy(',
          `    apply_class_balancing=True, alpha=${a}, gamma=${g}, from_logits=True`,
          ')',
        ].join('\n'),
      };
    case 'hinge':
      return {
        formula: 'hinge: mean(max(0, 1 − y·ŷ)), labels ±1',
        // tf.losses.hingeLoss maps labels with 2y − 1 (it expects 0/1): ours are already ±1.
        tfjs: 'const lossFn = (y, yHat) => tf.mean(tf.relu(tf.sub(1, tf.mul(y, yHat))));',
        python: 'loss_fn = tf.keras.losses.Hinge()',
      };
    case 'squared_hinge':
      return {
        formula: 'squared hinge: mean(max(0, 1 − y·ŷ)²), labels ±1',
        tfjs: 'const lossFn = (y, yHat) => tf.mean(tf.square(tf.relu(tf.sub(1, tf.mul(y, yHat)))));',
        python: 'loss_fn = tf.keras.losses.SquaredHinge()',
      };
    case 'exponential':
      return {
        formula: 'exponential: mean(exp(−y·ŷ)), labels ±1',
        tfjs: 'const lossFn = (y, yHat) => tf.mean(tf.exp(tf.neg(tf.mul(y, yHat))));',
        python: [
          '# No Keras built-in: the exponential (AdaBoost) loss written out.',
          'def loss_fn(y, y_hat):',
          '    return tf.reduce_mean(tf.exp(-y * y_hat))',
        ].join('\n'),
      };
    default:
      throw new RangeError(`${loss} cannot be trained on here`);
  }
}
