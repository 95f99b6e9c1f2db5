// The digits networks (Applications → Handwritten digits) as runnable code: tfjs layers (Node or
// a page with @tensorflow/tfjs) and Python TensorFlow 2 / Keras. Both build the same layers as
// src/math/nets/net.ts (He-uniform kernels, zero biases, ReLU, 'same' 3×3 convolutions), minimise
// the same loss (mean cross-entropy + (λ/2)·Σ w² over the kernels = Keras's l2(λ/2)) with the same
// optimizer, and take the app's own train/test split (a mulberry32 shuffle with its fixed seed,
// ported), so the numbers land close to the app's; weight initialisation and batch order come
// from each library's own generator, so they are not bit-for-bit the same.
import { DIGITS_TRAIN, SPLIT_SEED } from '../../math/nets/digits';
import type { NetTrainSpec } from '../../math/nets/train';
import { SHUFFLE_PY } from './python';
import { SHUFFLE_JS } from './tfjs';

const num = (v: number) => String(v);

export type NetLayer =
  | { type: 'conv'; filters: number; input?: number[] }
  | { type: 'pool' }
  | { type: 'flatten' }
  | { type: 'dense'; units: number; input?: number[]; relu?: boolean };

/** The layers of each network, in one table both generators read. */
export function netLayers(kind: 'mlp' | 'cnn'): NetLayer[] {
  return kind === 'cnn'
    ? [
        { type: 'conv', filters: 8, input: [8, 8, 1] },
        { type: 'pool' },
        { type: 'conv', filters: 16 },
        { type: 'flatten' },
        { type: 'dense', units: 10 },
      ]
    : [
        { type: 'dense', units: 32, input: [64], relu: true },
        { type: 'dense', units: 10 },
      ];
}

type Layer = NetLayer;

function tfjsLayer(l: Layer, reg: string): string {
  const input = 'input' in l && l.input ? `inputShape: [${l.input.join(', ')}], ` : '';
  const init = `kernelInitializer: 'heUniform', biasInitializer: 'zeros'${reg}`;
  switch (l.type) {
    case 'conv':
      return `tf.layers.conv2d({ ${input}filters: ${l.filters}, kernelSize: 3, padding: 'same', activation: 'relu', ${init} })`;
    case 'pool':
      return `tf.layers.maxPooling2d({ poolSize: 2, strides: 2 })`;
    case 'flatten':
      return `tf.layers.flatten()`;
    default: {
      const act = l.relu ? 'relu' : 'softmax';
      return `tf.layers.dense({ ${input}units: ${l.units}, activation: '${act}', ${init} })`;
    }
  }
}

function kerasLayer(l: Layer, reg: string): string {
  const input =
    'input' in l && l.input
      ? `input_shape=(${l.input.join(', ')}${l.input.length === 1 ? ',' : ''}), `
      : '';
  const init = `kernel_initializer="he_uniform"${reg}`;
  switch (l.type) {
    case 'conv':
      return `layers.Conv2D(${l.filters}, 3, padding="same", activation="relu", ${input}${init})`;
    case 'pool':
      return `layers.MaxPooling2D(2)`;
    case 'flatten':
      return `layers.Flatten()`;
    default: {
      const act = l.relu ? ', activation="relu"' : '';
      return `layers.Dense(${l.units}${act}, ${input}${init})`;
    }
  }
}

function tfjsOptimizer(s: NetTrainSpec): string {
  if (s.optimizer === 'momentum') return `tf.train.momentum(${num(s.lr)}, 0.9)`;
  if (s.optimizer === 'adam') return `tf.train.adam(${num(s.lr)})`;
  return `tf.train.sgd(${num(s.lr)})`;
}

function kerasOptimizer(s: NetTrainSpec): string {
  if (s.optimizer === 'momentum') return `keras.optimizers.SGD(${num(s.lr)}, momentum=0.9)`;
  if (s.optimizer === 'adam') return `keras.optimizers.Adam(${num(s.lr)})`;
  return `keras.optimizers.SGD(${num(s.lr)})`;
}

export function netTfjsCode(s: NetTrainSpec & { kind: 'mlp' | 'cnn' }): string {
  const reg =
    s.weightDecay > 0
      ? `, kernelRegularizer: tf.regularizers.l2({ l2: ${num(s.weightDecay / 2)} })`
      : '';
  const layers = netLayers(s.kind).map((l) => `    ${tfjsLayer(l, reg)},`);
  const shape = s.kind === 'cnn' ? '[n, 8, 8, 1]' : '[n, 64]';
  return `// ${s.kind === 'cnn' ? 'The small CNN' : 'The MLP 64 → 32 → 10'} on the UCI digits, as in losscape.
// Run: npm install @tensorflow/tfjs, save the app's data/digits.u8 beside this file, node digits-net.mjs
import * as tf from '@tensorflow/tfjs';
import { readFileSync } from 'node:fs';

// 1,797 rows of 65 bytes: 64 pixels (0..16) then the digit.
const bytes = readFileSync('digits.u8');
const N = bytes.length / 65;
${SHUFFLE_JS}
// The app's split: that shuffle with the split's fixed seed; the first ${DIGITS_TRAIN} train.
const idx = shuffled(N, mulberry32(${SPLIT_SEED}));
function set(rows) {
  const n = rows.length;
  const x = new Float32Array(n * 64);
  const y = new Int32Array(n);
  rows.forEach((r, i) => {
    for (let j = 0; j < 64; j++) x[i * 64 + j] = bytes[r * 65 + j] / 16;
    y[i] = bytes[r * 65 + 64];
  });
  return { x: tf.tensor(x, ${shape}), y: tf.oneHot(tf.tensor1d(y, 'int32'), 10) };
}
const train = set(idx.slice(0, ${DIGITS_TRAIN}));
const test = set(idx.slice(${DIGITS_TRAIN}));

const model = tf.sequential({
  layers: [
${layers.join('\n')}
  ],
});
model.compile({
  optimizer: ${tfjsOptimizer(s)},
  loss: 'categoricalCrossentropy',
  metrics: ['accuracy'],
});
model.summary();
await model.fit(train.x, train.y, {
  epochs: ${s.epochs},
  batchSize: ${s.batchSize},
  shuffle: true,
  validationData: [test.x, test.y],
});
const [loss, acc] = model.evaluate(test.x, test.y);
console.log('test loss', (await loss.data())[0], 'test accuracy', (await acc.data())[0]);
`;
}

export function netKerasCode(s: NetTrainSpec & { kind: 'mlp' | 'cnn' }): string {
  const reg =
    s.weightDecay > 0 ? `, kernel_regularizer=regularizers.l2(${num(s.weightDecay / 2)})` : '';
  const layers = netLayers(s.kind).map((l) => `        ${kerasLayer(l, reg)},`);
  const shape = s.kind === 'cnn' ? '(-1, 8, 8, 1)' : '(-1, 64)';
  return `# ${s.kind === 'cnn' ? 'The small CNN' : 'The MLP 64 → 32 → 10'} on the UCI digits, as in losscape.
# Run: pip install tensorflow scikit-learn, then python digits_net.py
import numpy as np
from sklearn.datasets import load_digits
from tensorflow import keras
from tensorflow.keras import layers, regularizers

digits = load_digits()  # the same 1,797 images, in the same order as the app's file
X = (digits.data / 16.0).astype("float32").reshape(${shape})
Y = keras.utils.to_categorical(digits.target, 10)


${SHUFFLE_PY}


# The app's split: that shuffle with the split's fixed seed; the first ${DIGITS_TRAIN} train.
idx = shuffled(len(X), mulberry32(${SPLIT_SEED}))
train, test = idx[:${DIGITS_TRAIN}], idx[${DIGITS_TRAIN}:]

model = keras.Sequential(
    [
${layers.join('\n')}
    ]
)
model.compile(
    optimizer=${kerasOptimizer(s)},
    loss=keras.losses.CategoricalCrossentropy(from_logits=True),
    metrics=["accuracy"],
)
model.summary()
model.fit(
    X[train], Y[train],
    epochs=${s.epochs}, batch_size=${s.batchSize}, shuffle=True,
    validation_data=(X[test], Y[test]),
)
loss, acc = model.evaluate(X[test], Y[test])
print("test loss", loss, "test accuracy", acc)
`;
}
