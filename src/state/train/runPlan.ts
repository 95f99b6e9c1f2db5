// The training run that the Train settings describe: one `trainPath` request for the whole
// planned run (so optimizer state — momentum, Adam's moments — carries across every step; the
// UI replays the returned path frame by frame), plus the held-out split and the step ↔ epoch map.
import type { TrainRequest } from '../../math';
import { heldOutMask } from './presets';
import type { OptimizerSettings, TrainState } from './slice';

/** Most optimizer steps in one planned run (epochs are capped to stay below it). */
export const MAX_STEPS = 10_000;

export interface RunPlan {
  request: Omit<TrainRequest, 'signal'>;
  /** Optimizer steps per epoch: ⌊N / batch⌋, as trainPath reshuffles once a batch would not fit. */
  stepsPerEpoch: number;
  /** Epochs actually planned (≤ the setting, when MAX_STEPS caps it). */
  epochs: number;
  trainIdx: number[];
  heldIdx: number[];
  /** Identity of the whole request (a new run when it changes). */
  key: string;
  /** Identity of everything but the data (a new ghost when it changes). */
  settingsKey: string;
  /** Identity of the training data (ghosts compare runs on the same data only). */
  dataKey: string;
}

export function batchSizeOf(t: Pick<TrainState, 'batch' | 'miniBatch'>, n: number): number {
  if (t.batch === 'one') return 1;
  if (t.batch === 'mini') return Math.max(1, Math.min(t.miniBatch, n));
  return n;
}

/** The tfjs optimizer request for the settings: only the parameters the optimizer reads. */
export function optimizerSpec(o: OptimizerSettings): TrainRequest['optimizer'] {
  const optimizer: TrainRequest['optimizer'] = { name: o.name, lr: o.lr };
  if (o.name === 'momentum') optimizer.momentum = o.momentum;
  if (o.name === 'rmsprop')
    Object.assign(optimizer, { decay: o.decay, momentum: o.momentum, epsilon: o.epsilon });
  if (o.name === 'adam')
    Object.assign(optimizer, { beta1: o.beta1, beta2: o.beta2, epsilon: o.epsilon });
  if (o.name === 'adagrad') optimizer.initialAccumulator = o.initialAccumulator;
  return optimizer;
}

/** What every plan shares: the held-out split, the batch, the step ↔ epoch map. */
export interface Schedule {
  trainIdx: number[];
  heldIdx: number[];
  /** Training points. */
  n: number;
  batch: number;
  stepsPerEpoch: number;
  /** Epochs actually planned (≤ the setting, when MAX_STEPS caps it). */
  epochs: number;
}

export function schedule(t: TrainState): Schedule {
  const mask = heldOutMask(t.points.length, t.dataSeed);
  const trainIdx = t.points.map((_, i) => i).filter((i) => !mask[i]);
  const heldIdx = t.points.map((_, i) => i).filter((i) => mask[i]);
  const n = trainIdx.length;
  const batch = batchSizeOf(t, n);
  const stepsPerEpoch = Math.max(1, Math.floor(n / batch));
  const epochs = Math.max(1, Math.min(t.epochs, Math.floor(MAX_STEPS / stepsPerEpoch)));
  return { trainIdx, heldIdx, n, batch, stepsPerEpoch, epochs };
}

/** A plan's identities: the whole request, everything but the data, and the data. */
export function planKeys(request: { x: unknown; y: unknown }): {
  key: string;
  settingsKey: string;
  dataKey: string;
} {
  const settings = { ...request, x: undefined, y: undefined };
  return {
    key: JSON.stringify(request),
    settingsKey: JSON.stringify(settings),
    dataKey: JSON.stringify([request.x, request.y]),
  };
}

/** The plan for the current settings, or null for the MLP's 2-D data (see mlpPlan). */
export function runPlan(t: TrainState): RunPlan | null {
  if (t.model === 'mlp' || t.points.some((p) => p.label !== undefined)) return null;
  const { trainIdx, heldIdx, n, batch, stepsPerEpoch, epochs } = schedule(t);
  const optimizer = optimizerSpec(t.optimizer);
  const request: RunPlan['request'] = {
    model: t.model,
    x: trainIdx.map((i) => t.points[i].x),
    y: trainIdx.map((i) => t.points[i].y),
    loss: t.loss,
    init: { ...t.init },
    optimizer,
    steps: epochs * stepsPerEpoch,
    ...(batch < n ? { batchSize: batch, seed: t.dataSeed } : {}),
    ...(t.l2 > 0 ? { regularization: { l2: t.l2 } } : {}),
  };
  return { request, stepsPerEpoch, epochs, trainIdx, heldIdx, ...planKeys(request) };
}
