// The MLP's training run: one `trainMlp` request for the whole planned run (optimizer state
// carries across steps; the UI replays θ step by step), the held-out split, the step ↔ epoch map.
// Start weights are Glorot-uniform from a seed (initSeed + 1), drawn by trainMlp itself, so this
// module needs no tfjs.
import type { MlpTrainRequest } from '../../math';
import type { Point } from './presets';
import { MLP_LOSSES } from './losses';
import { optimizerSpec, planKeys, schedule } from './runPlan';
import type { TrainState } from './slice';

export { MLP_LOSSES } from './losses';

export interface MlpPlan {
  request: Omit<MlpTrainRequest, 'signal'>;
  stepsPerEpoch: number;
  epochs: number;
  trainIdx: number[];
  heldIdx: number[];
  /** The held-out points as the MLP reads them ([x₁, x₂] and the label). */
  held: { x: number[][]; y: number[] };
  key: string;
  settingsKey: string;
  dataKey: string;
}

const features = (p: Point) => [p.x, p.y];

/** The plan for the MLP on 2-D labelled data, or null when the model or the data do not fit. */
export function mlpPlan(t: TrainState): MlpPlan | null {
  if (t.model !== 'mlp' || t.points.length === 0) return null;
  if (t.points.some((p) => p.label !== 0 && p.label !== 1)) return null;
  if (!(MLP_LOSSES as readonly string[]).includes(t.loss)) return null;
  const { trainIdx, heldIdx, n, batch, stepsPerEpoch, epochs } = schedule(t);
  const request: MlpPlan['request'] = {
    x: trainIdx.map((i) => features(t.points[i])),
    y: trainIdx.map((i) => t.points[i].label as number),
    loss: t.loss,
    mlp: { hidden: t.mlp.hidden, activation: t.mlp.activation },
    optimizer: optimizerSpec(t.optimizer),
    steps: epochs * stepsPerEpoch,
    // One seed for the start weights and the mini-batch order: a link reproduces both.
    seed: t.initSeed + 1,
    ...(batch < n ? { batchSize: batch } : {}),
    ...(t.l2 > 0 ? { regularization: { l2: t.l2 } } : {}),
  };
  return {
    request,
    stepsPerEpoch,
    epochs,
    trainIdx,
    heldIdx,
    held: {
      x: heldIdx.map((i) => features(t.points[i])),
      y: heldIdx.map((i) => t.points[i].label as number),
    },
    ...planKeys(request),
  };
}
