// Li et al. (2018), §5 "The sharpness vs flatness dilemma", reproduced on the digits: one network
// trained with a small batch and with the full batch, without and with weight decay (four runs
// from one seed), then for each solution θ* its filter-normalised 1-D line and 2-D slice along
// directions drawn with one seed (so the pictures differ only through θ*), its test error and its
// sharpness λ_max. Filter normalisation is what makes the pictures comparable across runs whose
// weights differ in scale (weight decay shrinks them): without it a small-norm solution looks sharp.
import { filterNormalizedDirection } from './directions';
import { linspace, lossesAt, lossSlice } from './landscape';
import { dot } from './linalg';
import { netDef, type NetKind } from './net';
import { sharpness } from './sharpness';
import { evaluate, trainNet, type NetOptimizer, type TensorSet } from './train';

export interface CompareSpec {
  kind: NetKind;
  optimizer: NetOptimizer;
  lr: number;
  /** The small batch (16 in the paper's spirit) and the full batch (the training set's size). */
  smallBatch: number;
  fullBatch: number;
  /**
   * Epochs of each: a full-batch epoch is one step, so the full batch gets more epochs to reach
   * a comparable training loss (the UI says so); the paper trained both for as many epochs.
   */
  smallEpochs: number;
  fullEpochs: number;
  /** The weight decay λ of the two runs with decay (the others have none). */
  weightDecay: number;
  seed: number;
  /** The seed of the directions: one pair for every run. */
  dirSeed: number;
  /** Slice grid G×G and 1-D points n over [−range, range] of each filter-normalised direction. */
  g: number;
  n1d: number;
  range: number;
  sharpIterations: number;
}

export const COMPARE_DEFAULTS: CompareSpec = {
  kind: 'cnn',
  optimizer: 'momentum',
  lr: 0.05,
  smallBatch: 16,
  fullBatch: 1437,
  smallEpochs: 8,
  fullEpochs: 100,
  weightDecay: 5e-4,
  seed: 1,
  dirSeed: 1,
  g: 21,
  n1d: 31,
  range: 1,
  sharpIterations: 12,
};

export interface CompareRun {
  batch: number;
  weightDecay: number;
  epochs: number;
  trainLoss: number;
  trainAcc: number;
  testLoss: number;
  testAcc: number;
  /** λ_max of the training loss's Hessian at θ* (power iteration, central differences). */
  lambda: number;
  /** ‖θ*‖₂: weight decay's effect on the scale the directions are normalised by. */
  thetaNorm: number;
  /** values[i·g + j] = L_train(θ* + axis[j]·d₁ + axis[i]·d₂). */
  slice: Float32Array;
  axis: number[];
  line: { t: number[]; train: Float32Array; test: Float32Array };
}

/** The four runs in display order: (small, no decay), (full, no decay), (small, λ), (full, λ). */
export const compareConfigs = (s: CompareSpec) =>
  [0, s.weightDecay].flatMap((wd) => [
    { batch: s.smallBatch, weightDecay: wd, epochs: s.smallEpochs },
    { batch: s.fullBatch, weightDecay: wd, epochs: s.fullEpochs },
  ]);

// Shares of each run's progress bar: training dominates, then the slice, the line, sharpness.
const SHARE = { train: 0.55, slice: 0.3, line: 0.1, sharp: 0.05 };

export async function runComparison(
  spec: CompareSpec,
  train: TensorSet,
  test: TensorSet,
  hooks: {
    signal?: AbortSignal;
    /** Overall progress in [0, 1] and the index of the run under way. */
    onProgress?: (fraction: number, run: number) => void;
    onRun?: (index: number, run: CompareRun) => void;
  } = {},
): Promise<CompareRun[]> {
  const def = netDef(spec.kind);
  const configs = compareConfigs(spec);
  const out: CompareRun[] = [];
  const axis = linspace(-spec.range, spec.range, spec.g);
  for (const [k, c] of configs.entries()) {
    const report = (base: number, share: number, f: number) =>
      hooks.onProgress?.((k + base + share * Math.min(1, f)) / configs.length, k);
    const run = await trainNet(
      {
        kind: spec.kind,
        optimizer: spec.optimizer,
        lr: spec.lr,
        batchSize: c.batch,
        epochs: c.epochs,
        weightDecay: c.weightDecay,
        seed: spec.seed,
      },
      train,
      test,
      { signal: hooks.signal, onEpoch: (s) => report(0, SHARE.train, s.epoch / c.epochs) },
    );
    const theta = run.theta;
    const d1 = filterNormalizedDirection(def, theta, spec.dirSeed);
    const d2 = filterNormalizedDirection(def, theta, spec.dirSeed + 7919);
    const slice = await lossSlice(def, { theta, d1, d2, xs: axis, ys: axis }, train, {
      signal: hooks.signal,
      onProgress: (done, total) => report(SHARE.train, SHARE.slice, done / total),
    });
    const t = linspace(-spec.range, spec.range, spec.n1d);
    const thetas = t.map((s) => Float32Array.from(theta, (a, i) => a + s * d1[i]));
    const base = SHARE.train + SHARE.slice;
    const tr = await lossesAt(def, thetas, train, { signal: hooks.signal });
    report(base, SHARE.line, 0.5);
    const te = await lossesAt(def, thetas, test, { signal: hooks.signal });
    report(base, SHARE.line, 1);
    const sharp = await sharpness(def, theta, train, {
      iterations: spec.sharpIterations,
      signal: hooks.signal,
    });
    const [etr, ete] = [await evaluate(def, theta, train), await evaluate(def, theta, test)];
    const result: CompareRun = {
      ...c,
      trainLoss: etr.loss,
      trainAcc: etr.acc,
      testLoss: ete.loss,
      testAcc: ete.acc,
      lambda: sharp.lambda,
      thetaNorm: Math.sqrt(dot(theta, theta)),
      slice,
      axis,
      line: { t, train: tr.loss, test: te.loss },
    };
    out.push(result);
    report(1, 0, 0);
    hooks.onRun?.(k, result);
  }
  return out;
}
