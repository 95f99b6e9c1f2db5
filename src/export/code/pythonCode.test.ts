/// <reference types="node" />
// TensorFlow cannot be installed here, so the Python program is not run. What is checked: it
// compiles (python3 -m py_compile, where python3 exists), it pins every hyper-parameter of the
// setup, it names the Keras built-in or the written-out loss, and its mini-batch shuffle draws
// the very indices of the app's shuffle (run in python3 against src/math/random.ts).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as math from '../../math';
import { mulberry32, shuffledIndices } from '../../math/random';
import {
  defaultOptimizer,
  initialTrain,
  presetState,
  type TrainState,
} from '../../state/train/slice';
import type { PresetId } from '../../state/train/presets';
import { num, codeSetup, type CodeSetup } from './setup';
import { pythonCode, SHUFFLE_PY } from './python';

const hasPython = spawnSync('python3', ['--version']).status === 0;
const dir = mkdtempSync(join(tmpdir(), 'losscape-py-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function setupOf(preset: PresetId, patch: Partial<TrainState> = {}): CodeSetup {
  const r = codeSetup({ ...initialTrain(), ...presetState(preset), ...patch } as TrainState, math);
  if (!r.ok) throw new Error(r.reason);
  return r.setup;
}

const CASES: [string, CodeSetup, string[]][] = [
  ['seed, SGD', setupOf('seed'), ['SGD(learning_rate=0.1, momentum=0.0', 'MeanSquaredError()']],
  [
    'momentum, mini-batch',
    setupOf('noisy', {
      optimizer: { ...defaultOptimizer('momentum', 0.013), momentum: 0.85 },
      batch: 'mini',
      miniBatch: 5,
    }),
    ['SGD(learning_rate=0.013, momentum=0.85, nesterov=False)', 'batch_size = 5', 'mulberry32(1)'],
  ],
  [
    'RMSProp, Huber, L2',
    setupOf('outliers', {
      loss: 'huber',
      l2: 0.003,
      optimizer: { ...defaultOptimizer('rmsprop', 0.02), decay: 0.8, momentum: 0.3, epsilon: 1e-6 },
    }),
    ['learning_rate=0.02, rho=0.8, momentum=0.3, epsilon=0.000001', 'Huber(delta=1)', '0.003 *'],
  ],
  [
    'Adagrad, focal',
    setupOf('blobs', {
      loss: 'focal',
      optimizer: { ...defaultOptimizer('adagrad', 0.4), initialAccumulator: 0.2 },
    }),
    [
      'learning_rate=0.4, initial_accumulator_value=0.2, epsilon=1e-7',
      'apply_class_balancing=True, alpha=0.25, gamma=2, from_logits=True',
    ],
  ],
  [
    'Adam, quantile',
    setupOf('seed', {
      loss: 'quantile',
      optimizer: { ...defaultOptimizer('adam', 0.05), beta1: 0.8, beta2: 0.99, epsilon: 1e-8 },
    }),
    ['TfjsAdam(learning_rate=0.05, beta_1=0.8, beta_2=0.99, epsilon=1e-8)', 'tf.maximum(0.5 * r'],
  ],
  ['logistic, bce', setupOf('blobs'), ['BinaryCrossentropy(from_logits=True)']],
  ['linear, hinge', setupOf('blobs', { model: 'linear', loss: 'hinge' }), ['Hinge()', '-1,']],
  [
    'MLP, relu',
    setupOf('xor', { mlp: { hidden: 3, activation: 'relu' } }),
    ['tf.nn.relu', 'b2 = tf.Variable(0,'],
  ],
];

describe('the generated Python (TensorFlow 2 / Keras) code', () => {
  it.each(CASES)('%s: pins the setup', (_name, setup, expected) => {
    const source = pythonCode(setup);
    for (const e of expected) expect(source).toContain(e);
    // The data, the start weights and the step count, every number of them.
    const xs = setup.model === 'mlp' ? (setup.x as number[][]).flat() : (setup.x as number[]);
    for (const v of [...xs, ...setup.y]) expect(source).toContain(num(v));
    expect(source).toContain(`steps = ${setup.steps}`);
    if (setup.model !== 'mlp') {
      const init = setup.init as { w: number; b: number };
      expect(source).toContain(`w = tf.Variable(${num(init.w)}`);
      expect(source).toContain(`b = tf.Variable(${num(init.b)}`);
    }
  });

  it.runIf(hasPython).each(CASES)('%s: compiles with python3', (name, setup) => {
    const file = join(dir, `${name.replace(/\W+/g, '_')}.py`);
    writeFileSync(file, pythonCode(setup));
    const r = spawnSync('python3', ['-m', 'py_compile', file], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it.runIf(hasPython)('draws the same mini-batch order as the app', () => {
    const seeds = [1, 7, 123456789, 2 ** 31 - 1];
    const script = `${SHUFFLE_PY}\n\nimport json\nrand_of = {s: mulberry32(s) for s in ${JSON.stringify(seeds)}}\nprint(json.dumps([[shuffled(20, rand_of[s]) for _ in range(3)] for s in ${JSON.stringify(seeds)}]))\n`;
    const out = JSON.parse(execFileSync('python3', ['-c', script], { encoding: 'utf8' }));
    const want = seeds.map((s) => {
      const rand = mulberry32(s);
      return [0, 1, 2].map(() => shuffledIndices(20, rand));
    });
    expect(out).toEqual(want);
  });
});

describe('numbers in the code', () => {
  // Random doubles of every magnitude, and the awkward ones.
  const values = [
    0.1,
    1e-7,
    0.000001,
    -2.5e-12,
    123456789.123,
    1e21,
    5e-324,
    -0,
    2 ** 53 + 2,
    ...Array.from({ length: 200 }, (_, i) => {
      const rand = mulberry32(i + 1);
      return (rand() - 0.5) * 10 ** Math.floor(rand() * 40 - 20);
    }),
  ];
  const bits = (v: number) => {
    const view = new DataView(new ArrayBuffer(8));
    view.setFloat64(0, v);
    return view.getBigUint64(0).toString(16);
  };

  it('read back as the same double in JavaScript', () => {
    for (const v of values) expect(Number(num(v))).toBe(v === 0 ? 0 : v);
  });

  it.runIf(hasPython)('read back as the same double in Python', () => {
    const texts = values.map(num);
    const script = `import json, struct, sys\nprint(json.dumps([struct.pack('>d', float(s)).hex() for s in json.load(sys.stdin)]))`;
    const out = JSON.parse(
      execFileSync('python3', ['-c', script], { input: JSON.stringify(texts), encoding: 'utf8' }),
    ) as string[];
    expect(out.map((h) => BigInt(`0x${h}`).toString(16))).toEqual(
      values.map((v) => bits(v === 0 ? 0 : v)),
    );
  });
});
