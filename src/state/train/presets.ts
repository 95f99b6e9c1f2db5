// Data presets of the Train tab. Random data is drawn from a seeded generator, so a preset with
// its seed reproduces exactly (in a shared link too). 1-D presets hold (x, y); the 2-D ones (for
// the MLP) hold (x₁, x₂) in x and y, and the class in `label`.
import { mulberry32 } from '../../math/random';
import { ANSCOMBE, irisTwoClass } from '../../math/nets/datasets';
import type { LossId, OptimizerName } from '../../math';

export interface Point {
  x: number;
  y: number;
  /** Class of a 2-D point (0 or 1); absent for 1-D data. */
  label?: 0 | 1;
}

export type TrainModel = 'linear' | 'logistic' | 'mlp';
export type PresetId =
  | 'seed'
  | 'noisy'
  | 'outliers'
  | 'blobs'
  | 'xor'
  | 'circles'
  | 'anscombe1'
  | 'anscombe2'
  | 'anscombe3'
  | 'anscombe4'
  | 'iris'
  | 'iris2d';
export const PRESET_IDS: readonly PresetId[] = [
  'seed',
  'noisy',
  'outliers',
  'blobs',
  'xor',
  'circles',
  'anscombe1',
  'anscombe2',
  'anscombe3',
  'anscombe4',
  'iris',
  'iris2d',
];

/** Presets of published data (Anscombe 1973, Fisher's iris): the seed does not change them. */
export const isFixedPreset = (id: PresetId) => id.startsWith('anscombe') || id.startsWith('iris');

export interface PresetDefaults {
  model: TrainModel;
  loss: LossId;
  optimizer: OptimizerName;
  lr: number;
  epochs: number;
  init: { w: number; b: number };
}

export const PRESET_DEFAULTS: Record<PresetId, PresetDefaults> = {
  // The seed example: plain gradient descent from w = b = 0.5 at learning rate 0.1.
  seed: {
    model: 'linear',
    loss: 'mse',
    optimizer: 'sgd',
    lr: 0.1,
    epochs: 1000,
    init: { w: 0.5, b: 0.5 },
  },
  noisy: {
    model: 'linear',
    loss: 'mse',
    optimizer: 'sgd',
    lr: 0.05,
    epochs: 300,
    init: { w: 0.5, b: 0.5 },
  },
  outliers: {
    model: 'linear',
    loss: 'mse',
    optimizer: 'sgd',
    lr: 0.02,
    epochs: 500,
    init: { w: 0.5, b: 0.5 },
  },
  blobs: {
    model: 'logistic',
    loss: 'bce',
    optimizer: 'sgd',
    lr: 0.5,
    epochs: 300,
    init: { w: 0.5, b: 0.5 },
  },
  xor: {
    model: 'mlp',
    loss: 'bce',
    optimizer: 'adam',
    lr: 0.03,
    epochs: 500,
    init: { w: 0.5, b: 0.5 },
  },
  circles: {
    model: 'mlp',
    loss: 'bce',
    optimizer: 'adam',
    lr: 0.03,
    epochs: 500,
    init: { w: 0.5, b: 0.5 },
  },
  // Anscombe's quartet: x runs to 19, so plain SGD would need a tiny rate; Adam reaches the
  // common least-squares line y ≈ 3 + 0.5x (MSE) in ~1,500 epochs. Switch to MAE or Huber to
  // see the four fits part.
  ...anscombeDefaults(),
  // Iris, versicolor vs virginica: petal length (cm) alone for the logistic model…
  iris: {
    model: 'logistic',
    loss: 'bce',
    optimizer: 'adam',
    lr: 0.05,
    epochs: 1000,
    init: { w: 0.5, b: 0.5 },
  },
  // …and petal length × petal width for the MLP.
  iris2d: {
    model: 'mlp',
    loss: 'bce',
    optimizer: 'adam',
    lr: 0.03,
    epochs: 500,
    init: { w: 0.5, b: 0.5 },
  },
};

function anscombeDefaults(): Record<`anscombe${1 | 2 | 3 | 4}`, PresetDefaults> {
  const d: PresetDefaults = {
    model: 'linear',
    loss: 'mse',
    optimizer: 'adam',
    lr: 0.05,
    epochs: 1500,
    init: { w: 0.5, b: 0.5 },
  };
  return { anscombe1: d, anscombe2: d, anscombe3: d, anscombe4: d };
}

/** Whether a preset's data are 2-D (x₁, x₂, label): for the MLP. */
export const isPreset2d = (id: PresetId) => id === 'xor' || id === 'circles' || id === 'iris2d';

/** Standard normal draws from a uniform generator (Box–Muller). */
export function normal(rand: () => number): () => number {
  return () => {
    const u = 1 - rand(); // (0, 1]: log(0) is never taken
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
  };
}

/** Rounded so that the data read well in the UI and in CSV (and still reproduce exactly). */
const r3 = (v: number) => Math.round(v * 1000) / 1000;

export function presetPoints(id: PresetId, seed: number): Point[] {
  const rand = mulberry32(seed);
  const gauss = normal(rand);
  switch (id) {
    case 'seed':
      return [1, 2, 3, 4].map((x) => ({ x, y: 2 * x }));
    case 'noisy':
      return Array.from({ length: 40 }, () => {
        const x = r3(-3 + 6 * rand());
        return { x, y: r3(1.5 * x + 1 + 0.8 * gauss()) };
      });
    case 'outliers': {
      // A clean line y = 0.8x + 1 and three points far above it.
      const line = Array.from({ length: 12 }, (_, i) => {
        const x = r3((i * 5) / 11);
        return { x, y: r3(0.8 * x + 1 + 0.25 * gauss()) };
      });
      const far = [3.2, 3.9, 4.6].map((x) => ({ x, y: r3(0.8 * x + 1 + 7 + gauss()) }));
      return [...line, ...far];
    }
    case 'blobs':
      return Array.from({ length: 40 }, (_, i) => {
        const cls = i % 2;
        return { x: r3((cls ? 1.2 : -1.2) + 0.9 * gauss()), y: cls };
      });
    case 'xor':
      return Array.from({ length: 80 }, () => {
        const x = r3(-1 + 2 * rand());
        const y = r3(-1 + 2 * rand());
        return { x, y, label: (x * y > 0 ? 1 : 0) as 0 | 1 };
      });
    case 'circles':
      return Array.from({ length: 80 }, (_, i) => {
        const inner = i % 2 === 0;
        const radius = (inner ? 0.4 : 1) + 0.1 * gauss();
        const angle = 2 * Math.PI * rand();
        return {
          x: r3(radius * Math.cos(angle)),
          y: r3(radius * Math.sin(angle)),
          label: (inner ? 1 : 0) as 0 | 1,
        };
      });
    case 'anscombe1':
    case 'anscombe2':
    case 'anscombe3':
    case 'anscombe4': {
      const set = ANSCOMBE[Number(id.slice(-1)) - 1];
      return set.x.map((x, i) => ({ x, y: set.y[i] }));
    }
    case 'iris':
      return irisTwoClass([2]).map((r) => ({ x: r.x[0], y: r.label }));
    case 'iris2d':
      return irisTwoClass([2, 3]).map((r) => ({ x: r.x[0], y: r.x[1], label: r.label }));
  }
}

/** Indices held out for the held-out loss: a seeded 20 % once there are HOLDOUT_MIN points. */
export const HOLDOUT_MIN = 30;
export const HOLDOUT_FRACTION = 0.2;

export function heldOutMask(n: number, seed: number): boolean[] {
  const mask = new Array<boolean>(n).fill(false);
  if (n < HOLDOUT_MIN) return mask;
  const rand = mulberry32(seed ^ 0x5eed);
  const idx = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [idx[i], idx[j]] = [idx[j], idx[i]];
  }
  for (const i of idx.slice(0, Math.round(n * HOLDOUT_FRACTION))) mask[i] = true;
  return mask;
}

/** Seeded start weights for "re-initialise": w, b uniform in [−1, 1], 3 decimals. */
export function randomInit(seed: number): { w: number; b: number } {
  const rand = mulberry32(seed * 7919 + 17);
  return { w: r3(-1 + 2 * rand()), b: r3(-1 + 2 * rand()) };
}
