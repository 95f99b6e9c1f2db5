// The Train setup as a TensorFlow 2 / Keras 3 program: an explicit GradientTape loop (model.fit
// would shuffle and average differently), so it takes the same steps as the app's tfjs run.
// Keras optimizers are used where their update is tfjs's update, with every hyper-parameter
// pinned (their defaults differ from tfjs's: e.g. Keras RMSprop/Adagrad/Adam default to a
// learning rate of 0.001); Adam is written out, because Keras's Adam adds ε outside the bias
// correction ("epsilon hat", Kingma & Ba 2015, §2 — the Keras docstring says so) while tfjs's
// adds it to √v̂.
import { lossCode } from './lossCode';
import { num, numList, rowList, type CodeSetup, type FullOptimizer, type MlpInit } from './setup';

const pyNum = num; // JavaScript's round-trip number text is valid Python

function optimizerLines(o: FullOptimizer): string {
  switch (o.name) {
    case 'sgd':
      return `optimizer = tf.keras.optimizers.SGD(learning_rate=${pyNum(o.lr)}, momentum=0.0, nesterov=False)`;
    case 'momentum':
      return [
        '# Keras keeps m ← β·m − lr·g and adds m; tfjs keeps v ← β·v + g and subtracts lr·v.',
        '# With a fixed learning rate m = −lr·v: the same steps.',
        `optimizer = tf.keras.optimizers.SGD(learning_rate=${pyNum(o.lr)}, momentum=${pyNum(o.momentum)}, nesterov=False)`,
      ].join('\n');
    case 'rmsprop':
      return [
        '# As tfjs: ms ← ρ·ms + (1 − ρ)·g² from 0, step lr·g / √(ms + ε), plain momentum.',
        'optimizer = tf.keras.optimizers.RMSprop(',
        `    learning_rate=${pyNum(o.lr)}, rho=${pyNum(o.decay)}, momentum=${pyNum(o.momentum)}, epsilon=${pyNum(o.epsilon)}, centered=False`,
        ')',
      ].join('\n');
    case 'adagrad':
      return [
        '# As tfjs: acc starts at the initial accumulator, acc ← acc + g², step lr·g / √(acc + ε).',
        'optimizer = tf.keras.optimizers.Adagrad(',
        `    learning_rate=${pyNum(o.lr)}, initial_accumulator_value=${pyNum(o.initialAccumulator)}, epsilon=${pyNum(o.epsilon)}`,
        ')',
      ].join('\n');
    case 'adam':
      return `class TfjsAdam:
    """tfjs's Adam: θ ← θ − lr·m̂ / (√v̂ + ε), m̂ = m / (1 − β₁ᵗ), v̂ = v / (1 − β₂ᵗ).

    tf.keras.optimizers.Adam(learning_rate=${pyNum(o.lr)}, beta_1=${pyNum(o.beta1)}, beta_2=${pyNum(o.beta2)}, epsilon=${pyNum(o.epsilon)})
    adds ε outside the bias correction ("epsilon hat"), so its steps differ slightly.
    """

    def __init__(self, learning_rate, beta_1, beta_2, epsilon):
        self.lr, self.beta_1, self.beta_2, self.epsilon = learning_rate, beta_1, beta_2, epsilon
        self.t = 0
        self.slots = {}

    def apply_gradients(self, grads_and_vars):
        self.t += 1
        for g, v in grads_and_vars:
            if v.ref() not in self.slots:
                self.slots[v.ref()] = (tf.Variable(tf.zeros_like(v)), tf.Variable(tf.zeros_like(v)))
            m, s = self.slots[v.ref()]
            m.assign(self.beta_1 * m + (1 - self.beta_1) * g)
            s.assign(self.beta_2 * s + (1 - self.beta_2) * tf.square(g))
            m_hat = m / (1 - self.beta_1**self.t)
            v_hat = s / (1 - self.beta_2**self.t)
            v.assign_sub(self.lr * m_hat / (tf.sqrt(v_hat) + self.epsilon))


optimizer = TfjsAdam(learning_rate=${pyNum(o.lr)}, beta_1=${pyNum(o.beta1)}, beta_2=${pyNum(o.beta2)}, epsilon=${pyNum(o.epsilon)})`;
  }
}

function modelLines(s: CodeSetup): {
  vars: string;
  logit: string;
  weights: string;
  result: string;
} {
  if (s.model === 'mlp') {
    const i = s.init as MlpInit;
    const act = s.mlp?.activation === 'relu' ? 'tf.nn.relu' : 'tf.tanh';
    return {
      vars: [
        `# ${s.mlp?.hidden} hidden units (${s.mlp?.activation}); the app's seeded Glorot-uniform start weights.`,
        'W1 = tf.Variable(',
        '    [',
        ...i.w1.map((row) => `        [${row.map(pyNum).join(', ')}],`),
        '    ],',
        '    dtype=tf.float32,',
        ')',
        `b1 = tf.Variable([${i.b1.map(pyNum).join(', ')}], dtype=tf.float32)`,
        `W2 = tf.Variable([${i.w2.map((v) => `[${pyNum(v)}]`).join(', ')}], dtype=tf.float32)`,
        `b2 = tf.Variable(${pyNum(i.b2)}, dtype=tf.float32)`,
        'variables = [W1, b1, W2, b2]',
      ].join('\n'),
      logit: `def logit(x):\n    return tf.reshape(tf.matmul(${act}(tf.matmul(x, W1) + b1), W2), [-1]) + b2`,
      weights: '(tf.reduce_sum(tf.square(W1)) + tf.reduce_sum(tf.square(W2)))',
      result:
        '{"step": step, "loss": loss, "W1": W1.numpy().tolist(), "b1": b1.numpy().tolist(), "W2": W2.numpy().tolist(), "b2": float(b2)}',
    };
  }
  const i = s.init as { w: number; b: number };
  return {
    vars: [
      `w = tf.Variable(${pyNum(i.w)}, dtype=tf.float32)`,
      `b = tf.Variable(${pyNum(i.b)}, dtype=tf.float32)`,
      'variables = [w, b]',
    ].join('\n'),
    logit: `def logit(x):\n    return w * x + b  # ${s.model === 'linear' ? 'ŷ = w·x + b' : 'the score (logit) z; p = σ(z)'}`,
    weights: 'tf.square(w)',
    result: '{"step": step, "loss": loss, "w": float(w), "b": float(b)}',
  };
}

/** mulberry32 and the Fisher–Yates shuffle of src/math/random.ts, in 32-bit integer arithmetic. */
export const SHUFFLE_PY = `# losscape's seeded mini-batch order: mulberry32 and a Fisher–Yates shuffle per epoch,
# in 32-bit integer arithmetic (as JavaScript's Math.imul and >>>).
def imul(p, q):
    return (p * q) & 0xFFFFFFFF


def mulberry32(seed):
    a = seed & 0xFFFFFFFF

    def rand():
        nonlocal a
        a = (a + 0x6D2B79F5) & 0xFFFFFFFF
        t = imul(a ^ (a >> 15), a | 1)
        t ^= (t + imul(t ^ (t >> 7), t | 61)) & 0xFFFFFFFF
        return ((t ^ (t >> 14)) & 0xFFFFFFFF) / 4294967296

    return rand


def shuffled(n, rand):
    idx = list(range(n))
    for i in range(n - 1, 0, -1):
        j = int(rand() * (i + 1))
        idx[i], idx[j] = idx[j], idx[i]
    return idx`;

export function pythonCode(s: CodeSetup): string {
  const m = modelLines(s);
  const n = s.y.length;
  const rows = s.model === 'mlp';
  const sigmoidOut = s.model !== 'linear' && s.yHatKind === 'value';
  const lc = lossCode(s.loss, s.params);
  const miniBatch = s.batchSize !== null;
  const report = s.stepsPerEpoch * Math.max(1, Math.floor(s.epochs / 10));
  const xs = rows ? rowList(s.x as number[][], '    ') : numList(s.x as number[], '    ');
  return `# losscape — the Train setup as TensorFlow 2 / Keras 3 code (TensorFlow 2.16 or later).
# Run: pip install tensorflow, save as train.py, then: python train.py
import json

import tensorflow as tf

# Data: ${n} training points${s.heldOut ? ` (the ${s.heldOut} held-out points are left out, as in the app)` : ''}.
xs = [
${xs}
]
ys = [
${numList(s.y, '    ')}
]${s.labelsMapped ? '  # labels 0 → −1, as the margin loss reads them' : ''}
x = tf.constant(xs, dtype=tf.float32)
y = tf.constant(ys, dtype=tf.float32)

# Model
${m.vars}


${m.logit}


${sigmoidOut ? 'def output(x):\n    return tf.sigmoid(logit(x))  # the loss reads the probability ŷ = σ(z)' : 'output = logit'}


# Loss — ${lc.formula}
${lc.python}


def objective(xb, yb):
${
  s.l2 > 0
    ? `    # L2 regularisation λ·Σw² on the weights, never the biases.
    return loss_fn(yb, output(xb)) + ${pyNum(s.l2)} * ${m.weights}`
    : '    return loss_fn(yb, output(xb))'
}


# Optimizer, every hyper-parameter pinned.
${optimizerLines(s.optimizer)}


def train_step(xb, yb):
    with tf.GradientTape() as tape:
        cost = objective(xb, yb)
    grads = tape.gradient(cost, variables)
    optimizer.apply_gradients(zip(grads, variables))

${
  miniBatch
    ? `
${SHUFFLE_PY}


batch_size = ${s.batchSize}
rand = mulberry32(${s.seed})
order, cursor = [], ${n}


def next_batch():
    global order, cursor
    if cursor + batch_size > ${n}:
        order, cursor = shuffled(${n}, rand), 0
    cursor += batch_size
    return order[cursor - batch_size : cursor]

`
    : ''
}
# ${s.epochs} epochs × ${s.stepsPerEpoch} step${s.stepsPerEpoch === 1 ? '' : 's'} per epoch${miniBatch ? ` (batches of ${s.batchSize})` : ' (full batch)'}.
steps = ${s.steps}
step = 0
loss = float(objective(x, y))
print(f"step 0  loss {loss}")
while step < steps:
    if not abs(loss) <= 1e12:
        print(f"diverged at step {step}")
        break
${
  miniBatch
    ? `    idx = next_batch()
    train_step(tf.gather(x, idx), tf.gather(y, idx))`
    : '    train_step(x, y)'
}
    loss = float(objective(x, y))
    step += 1
    if step % ${report} == 0:
        print(f"epoch {step // ${s.stepsPerEpoch}}  loss {loss}")
print("final", json.dumps(${m.result}))
`;
}
