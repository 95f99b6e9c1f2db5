import { describe, expect, it } from 'vitest';
import type { NetTrainSpec } from '../../math/nets/train';
import { netKerasCode, netLayers, netTfjsCode } from './netCode';

const spec = (over: Partial<NetTrainSpec> = {}): NetTrainSpec & { kind: 'mlp' | 'cnn' } =>
  ({
    kind: 'cnn',
    optimizer: 'momentum',
    lr: 0.05,
    batchSize: 16,
    epochs: 8,
    weightDecay: 0,
    seed: 1,
    ...over,
  }) as NetTrainSpec & { kind: 'mlp' | 'cnn' };

/** The lines of `code` that build layers, in order. */
const layerLines = (code: string, pattern: RegExp) =>
  code
    .split('\n')
    .filter((l) => pattern.test(l))
    .map((l) => l.trim());

describe('code for the digits networks', () => {
  it('tfjs: the CNN’s layers, shapes and settings, in order', () => {
    const code = netTfjsCode(spec());
    const ls = layerLines(code, /tf\.layers\./);
    expect(ls).toHaveLength(5);
    expect(ls[0]).toMatch(
      /conv2d\(\{ inputShape: \[8, 8, 1\], filters: 8, kernelSize: 3, padding: 'same', activation: 'relu'/,
    );
    expect(ls[1]).toMatch(/maxPooling2d\(\{ poolSize: 2, strides: 2 \}\)/);
    expect(ls[2]).toMatch(/conv2d\(\{ filters: 16, kernelSize: 3, padding: 'same'/);
    expect(ls[3]).toMatch(/flatten\(\)/);
    expect(ls[4]).toMatch(/dense\(\{ units: 10, activation: 'softmax'/);
    expect(code).toContain('tf.train.momentum(0.05, 0.9)');
    expect(code).toContain('epochs: 8');
    expect(code).toContain('batchSize: 16');
    expect(code).toContain('tf.tensor(x, [n, 8, 8, 1])');
    expect(code).toContain('idx.slice(0, 1437)');
    expect(code).not.toContain('regularizers');
  });

  it('tfjs: the MLP 64 → 32 → 10 with weight decay λ as l2(λ/2)', () => {
    const code = netTfjsCode(spec({ kind: 'mlp', optimizer: 'adam', lr: 0.01, weightDecay: 1e-3 }));
    const ls = layerLines(code, /tf\.layers\./);
    expect(ls).toHaveLength(2);
    expect(ls[0]).toMatch(/dense\(\{ inputShape: \[64\], units: 32, activation: 'relu'/);
    expect(ls[1]).toMatch(/dense\(\{ units: 10, activation: 'softmax'/);
    for (const l of ls) expect(l).toContain('tf.regularizers.l2({ l2: 0.0005 })');
    expect(code).toContain('tf.train.adam(0.01)');
    expect(code).toContain('tf.tensor(x, [n, 64])');
    expect(netKerasCode(spec({ kind: 'mlp' }))).toContain(
      'layers.Dense(32, activation="relu", input_shape=(64,), kernel_initializer="he_uniform")',
    );
  });

  it('Keras: the same layers, logits with from_logits, the app’s split', () => {
    const code = netKerasCode(spec({ weightDecay: 5e-4, optimizer: 'sgd', lr: 0.1 }));
    const ls = layerLines(code, /layers\.[A-Z]/);
    expect(ls.map((l) => l.replace(/\(.*$/, ''))).toEqual([
      'layers.Conv2D',
      'layers.MaxPooling2D',
      'layers.Conv2D',
      'layers.Flatten',
      'layers.Dense',
    ]);
    expect(ls[0]).toContain(
      'layers.Conv2D(8, 3, padding="same", activation="relu", input_shape=(8, 8, 1), kernel_initializer="he_uniform"',
    );
    expect(ls[2]).toContain('layers.Conv2D(16, 3,');
    expect(ls[4]).toMatch(
      /^layers\.Dense\(10, kernel_initializer="he_uniform", kernel_regularizer=regularizers\.l2\(0\.00025\)\)/,
    );
    expect(code).toContain('from_logits=True');
    expect(code).toContain('keras.optimizers.SGD(0.1)');
    expect(code).toContain('mulberry32(20261205)');
    expect(code).toContain('idx[:1437], idx[1437:]');
    expect(code).toContain('reshape((-1, 8, 8, 1))');
  });

  it('one layer table for both languages', () => {
    expect(netLayers('mlp').map((l) => l.type)).toEqual(['dense', 'dense']);
    expect(netLayers('cnn').map((l) => l.type)).toEqual([
      'conv',
      'pool',
      'conv',
      'flatten',
      'dense',
    ]);
  });
});
