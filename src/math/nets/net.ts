// Small classifiers for the 8×8 digits, built from tfjs-core ops on a flat parameter vector θ
// (plain numbers travel between the worker, the views and links; tensors never leave src/math):
//   mlp   64 → 32 (ReLU) → 10
//   cnn   conv 3×3 × 8 (same, ReLU) → max-pool 2 → conv 3×3 × 16 (same, ReLU) → dense 10
//   tiny  4 → 3 (tanh) → 3, small enough to build its Hessian in full (tests)
// Every weight's filters lie along its last axis: a conv kernel [kh, kw, in, out] has one filter
// per output channel, a dense matrix [in, out] one per unit (its incoming weights) — the unit
// Li et al. (2018) normalise directions by.
import * as tf from '@tensorflow/tfjs-core';
import '../tf';
import '@tensorflow/tfjs-core/dist/register_all_gradients';

export type NetKind = 'mlp' | 'cnn' | 'tiny';
export const NET_KINDS: readonly NetKind[] = ['mlp', 'cnn', 'tiny'];

export interface ParamSpec {
  name: string;
  shape: number[];
  role: 'conv' | 'dense' | 'bias';
}

export interface NetDef {
  kind: NetKind;
  inputs: number;
  classes: number;
  specs: ParamSpec[];
}

const dense = (name: string, i: number, o: number): ParamSpec[] => [
  { name: `${name}/kernel`, shape: [i, o], role: 'dense' },
  { name: `${name}/bias`, shape: [o], role: 'bias' },
];
const conv = (name: string, i: number, o: number): ParamSpec[] => [
  { name: `${name}/kernel`, shape: [3, 3, i, o], role: 'conv' },
  { name: `${name}/bias`, shape: [o], role: 'bias' },
];

export function netDef(kind: NetKind): NetDef {
  switch (kind) {
    case 'mlp':
      return {
        kind,
        inputs: 64,
        classes: 10,
        specs: [...dense('dense1', 64, 32), ...dense('dense2', 32, 10)],
      };
    case 'cnn':
      return {
        kind,
        inputs: 64,
        classes: 10,
        specs: [...conv('conv1', 1, 8), ...conv('conv2', 8, 16), ...dense('dense', 4 * 4 * 16, 10)],
      };
    case 'tiny':
      return {
        kind,
        inputs: 4,
        classes: 3,
        specs: [...dense('dense1', 4, 3), ...dense('dense2', 3, 3)],
      };
  }
}

export const specSize = (s: ParamSpec) => s.shape.reduce((a, b) => a * b, 1);
export const paramCount = (def: NetDef) => def.specs.reduce((a, s) => a + specSize(s), 0);

/** Offsets of each parameter tensor in θ. */
export function offsets(def: NetDef): number[] {
  const out: number[] = [];
  let o = 0;
  for (const s of def.specs) {
    out.push(o);
    o += specSize(s);
  }
  return out;
}

/**
 * Seeded He-uniform weights (U(±√(6 / fan_in)), as Keras's he_uniform) and zero biases: the
 * start of every run, so a seed reproduces it.
 */
export function initTheta(def: NetDef, rand: () => number): Float32Array {
  const theta = new Float32Array(paramCount(def));
  const offs = offsets(def);
  def.specs.forEach((s, k) => {
    if (s.role === 'bias') return;
    const fanIn = specSize(s) / s.shape[s.shape.length - 1];
    const lim = Math.sqrt(6 / fanIn);
    for (let i = 0; i < specSize(s); i++) theta[offs[k] + i] = (2 * rand() - 1) * lim;
  });
  return theta;
}

/** θ as one tensor per parameter (caller disposes). */
export function toParams(def: NetDef, theta: Float32Array): tf.Tensor[] {
  const offs = offsets(def);
  return def.specs.map((s, k) =>
    tf.tensor(theta.subarray(offs[k], offs[k] + specSize(s)), s.shape),
  );
}

/** Flattens parameter tensors back into θ. */
export async function fromParams(params: tf.Tensor[]): Promise<Float32Array> {
  const parts = await Promise.all(params.map((p) => p.data() as Promise<Float32Array>));
  const out = new Float32Array(parts.reduce((a, p) => a + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/**
 * How a convolution is computed. `conv2d` is tfjs's 2-D op, for forward-only work (slices).
 * `conv3d` is the same convolution as a 3-D one over a depth of 1: tfjs-backend-wasm 4.22 has no
 * Conv2DBackpropFilter kernel, but has Conv3DBackpropFilterV2, so training uses this form.
 */
export type ConvForm = 'conv2d' | 'conv3d';

function convLayer(
  x: tf.Tensor4D,
  kernel: tf.Tensor,
  bias: tf.Tensor,
  form: ConvForm,
): tf.Tensor4D {
  const k = kernel as tf.Tensor4D;
  const y =
    form === 'conv2d'
      ? tf.conv2d(x, k, 1, 'same')
      : tf.squeeze<tf.Tensor4D>(
          tf.conv3d(
            tf.expandDims(x, 1) as tf.Tensor5D,
            tf.expandDims(k, 0) as tf.Tensor5D,
            1,
            'same',
          ),
          [1],
        );
  return tf.relu(tf.add(y, bias));
}

/** Logits [N, classes] of inputs x [N, inputs]. */
export function logits(
  def: NetDef,
  p: tf.Tensor[],
  x: tf.Tensor2D,
  form: ConvForm = 'conv2d',
): tf.Tensor2D {
  if (def.kind === 'cnn') {
    const img = tf.reshape(x, [-1, 8, 8, 1]) as tf.Tensor4D;
    const h1 = tf.maxPool(convLayer(img, p[0], p[1], form), 2, 2, 'valid');
    const h2 = convLayer(h1, p[2], p[3], form);
    return tf.add(tf.matMul(tf.reshape(h2, [-1, 256]), p[4] as tf.Tensor2D), p[5]);
  }
  const act = def.kind === 'tiny' ? tf.tanh : tf.relu;
  const h = act(tf.add(tf.matMul(x, p[0] as tf.Tensor2D), p[1]));
  return tf.add(tf.matMul(h as tf.Tensor2D, p[2] as tf.Tensor2D), p[3]);
}

/**
 * Mean softmax cross-entropy −mean_i log softmax(z_i)[y_i], from log-softmax (log-sum-exp with
 * the max subtracted, so no overflow), with labels as a one-hot [N, classes] tensor.
 */
export function crossEntropy(z: tf.Tensor2D, oneHot: tf.Tensor2D): tf.Scalar {
  return tf.neg(tf.mean(tf.sum(tf.mul(tf.logSoftmax(z), oneHot), 1)));
}

/** (weightDecay / 2) · Σ w² over the kernels (never the biases), as Keras's kernel_regularizer. */
export function decayPenalty(def: NetDef, p: tf.Tensor[], weightDecay: number): tf.Scalar {
  const terms = def.specs.flatMap((s, k) => (s.role === 'bias' ? [] : [tf.sum(tf.square(p[k]))]));
  return tf.mul(tf.addN(terms), weightDecay / 2);
}
