// The Train setup as a runnable tfjs program (ES module, Node or a page with tfjs). It mirrors
// trainPath / trainMlp step for step: the full-data loss before each step, the same seeded
// mini-batch order, the same stop at divergence (loss not finite or > 1e12), tf.train.* used as
// they are with every hyper-parameter passed explicitly.
import { lossCode } from './lossCode';
import { num, numList, rowList, type CodeSetup, type FullOptimizer, type MlpInit } from './setup';

function optimizerLine(o: FullOptimizer): string {
  switch (o.name) {
    case 'sgd':
      return `const optimizer = tf.train.sgd(${num(o.lr)});`;
    case 'momentum':
      return [
        '// tfjs momentum: v ← β·v + g, θ ← θ − lr·v (plain, not Nesterov).',
        `const optimizer = tf.train.momentum(${num(o.lr)}, ${num(o.momentum)}, false);`,
      ].join('\n');
    case 'rmsprop':
      return [
        '// learning rate, decay ρ, momentum, ε (inside the square root), centered = false.',
        `const optimizer = tf.train.rmsprop(${num(o.lr)}, ${num(o.decay)}, ${num(o.momentum)}, ${num(o.epsilon)}, false);`,
      ].join('\n');
    case 'adagrad':
      return [
        `// learning rate, initial accumulator; ε is the backend's epsilon(), ${num(o.epsilon)} in float32.`,
        `const optimizer = tf.train.adagrad(${num(o.lr)}, ${num(o.initialAccumulator)});`,
      ].join('\n');
    case 'adam':
      return [
        '// learning rate, β₁, β₂, ε: θ ← θ − lr·m̂ / (√v̂ + ε).',
        `const optimizer = tf.train.adam(${num(o.lr)}, ${num(o.beta1)}, ${num(o.beta2)}, ${num(o.epsilon)});`,
      ].join('\n');
  }
}

function modelLines(s: CodeSetup): {
  vars: string;
  predict: string;
  weights: string;
  result: string;
} {
  if (s.model === 'mlp') {
    const i = s.init as MlpInit;
    const act = s.mlp?.activation === 'relu' ? 'tf.relu' : 'tf.tanh';
    return {
      vars: [
        `// ${s.mlp?.hidden} hidden units (${s.mlp?.activation}); the app's seeded Glorot-uniform start weights.`,
        'const W1 = tf.variable(tf.tensor2d([',
        ...i.w1.map((row) => `  [${row.map(num).join(', ')}],`),
        ']));',
        `const b1 = tf.variable(tf.tensor1d([${i.b1.map(num).join(', ')}]));`,
        `const W2 = tf.variable(tf.tensor2d([${i.w2.map((v) => `[${num(v)}]`).join(', ')}]));`,
        `const b2 = tf.variable(tf.scalar(${num(i.b2)}));`,
      ].join('\n'),
      predict: `const logit = (x) => tf.add(tf.reshape(tf.matMul(${act}(tf.add(tf.matMul(x, W1), b1)), W2), [-1]), b2);`,
      weights: 'tf.add(tf.sum(tf.square(W1)), tf.sum(tf.square(W2)))',
      result:
        '{ step, loss, W1: W1.arraySync(), b1: b1.arraySync(), W2: W2.arraySync(), b2: b2.arraySync() }',
    };
  }
  const i = s.init as { w: number; b: number };
  return {
    vars: [
      `const w = tf.variable(tf.scalar(${num(i.w)}));`,
      `const b = tf.variable(tf.scalar(${num(i.b)}));`,
    ].join('\n'),
    predict:
      s.model === 'linear'
        ? '// ŷ = w·x + b\nconst logit = (x) => tf.add(tf.mul(w, x), b);'
        : '// the score (logit) z = w·x + b; p = σ(z)\nconst logit = (x) => tf.add(tf.mul(w, x), b);',
    weights: 'tf.square(w)',
    result: '{ step, loss, w: w.dataSync()[0], b: b.dataSync()[0] }',
  };
}

/** The mulberry32 generator and Fisher–Yates shuffle of src/math/random.ts, as source. */
export const SHUFFLE_JS = `// losscape's seeded mini-batch order: mulberry32 and a Fisher–Yates shuffle per epoch.
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function shuffled(n, rand) {
  const idx = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [idx[i], idx[j]] = [idx[j], idx[i]];
  }
  return idx;
}`;

export function tfjsCode(s: CodeSetup): string {
  const m = modelLines(s);
  const n = s.y.length;
  const sigmoidOut = s.model !== 'linear' && s.yHatKind === 'value';
  const rows = s.model === 'mlp';
  const data = rows
    ? `const xs = [\n${rowList(s.x as number[][], '  ')}\n];`
    : `const xs = [\n${numList(s.x as number[], '  ')}\n];`;
  const lc = lossCode(s.loss, s.params);
  const miniBatch = s.batchSize !== null;
  const report = s.stepsPerEpoch * Math.max(1, Math.floor(s.epochs / 10));
  return `// losscape — the Train setup as tfjs code. Run: npm install @tensorflow/tfjs,
// save as train.mjs, then: node train.mjs
import * as tf from '@tensorflow/tfjs';

// Data: ${n} training points${s.heldOut ? ` (the ${s.heldOut} held-out points are left out, as in the app)` : ''}.
${data}
const ys = [
${numList(s.y, '  ')}
];${s.labelsMapped ? ' // labels 0 → −1, as the margin loss reads them' : ''}
const x = ${rows ? 'tf.tensor2d(xs)' : 'tf.tensor1d(xs)'};
const y = tf.tensor1d(ys);

// Model
${m.vars}
${m.predict}
${sigmoidOut ? '// the loss reads the probability ŷ = σ(z)\nconst output = (x) => tf.sigmoid(logit(x));' : 'const output = logit;'}

// Loss — ${lc.formula}
${lc.tfjs}
${
  s.l2 > 0
    ? `// L2 regularisation λ·Σw² on the weights, never the biases.
const objective = (xb, yb) => tf.add(lossFn(yb, output(xb)), tf.mul(${num(s.l2)}, ${m.weights}));`
    : 'const objective = (xb, yb) => lossFn(yb, output(xb));'
}
const fullLoss = () => tf.tidy(() => objective(x, y).dataSync()[0]);

// Optimizer, every hyper-parameter given.
${optimizerLine(s.optimizer)}
${
  miniBatch
    ? `
${SHUFFLE_JS}
const batchSize = ${s.batchSize};
const rand = mulberry32(${s.seed});
let order = [];
let cursor = ${n};
function nextBatch() {
  if (cursor + batchSize > ${n}) [order, cursor] = [shuffled(${n}, rand), 0];
  cursor += batchSize;
  return order.slice(cursor - batchSize, cursor);
}
`
    : ''
}
// ${s.epochs} epochs × ${s.stepsPerEpoch} step${s.stepsPerEpoch === 1 ? '' : 's'} per epoch${miniBatch ? ` (batches of ${s.batchSize})` : ' (full batch)'}.
const steps = ${s.steps};
let step = 0;
let loss = fullLoss();
console.log(\`step 0  loss \${loss}\`);
for (; step < steps; step++) {
  if (!(Math.abs(loss) <= 1e12)) {
    console.log(\`diverged at step \${step}\`);
    break;
  }
  tf.tidy(() => {
${
  miniBatch
    ? `    const idx = tf.tensor1d(nextBatch(), 'int32');
    const [xb, yb] = [tf.gather(x, idx), tf.gather(y, idx)];
    optimizer.minimize(() => objective(xb, yb));`
    : '    optimizer.minimize(() => objective(x, y));'
}
  });
  loss = fullLoss();
  if ((step + 1) % ${report} === 0) console.log(\`epoch \${(step + 1) / ${s.stepsPerEpoch}}  loss \${loss}\`);
}
console.log('final', JSON.stringify(${m.result}));
`;
}
