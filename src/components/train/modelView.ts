// What the charts and the readout show at one step of the path: the model's outputs, each
// training point's pull dℓ/dz (from the math core's pointGradients), the gradient norm over
// (w, b) and R² or accuracy; and the losses each model (the MLP too) trains on.
import type { LossDef, LossId, LossParams } from '../../math';
import { MLP_LOSSES } from '../../state/train/mlpPlan';
import type { MathBackend } from '../../state/backendLoader';
import { accuracy, rSquared } from '../../state/train/metrics';
import type { Point, TrainModel } from '../../state/train/presets';

export interface StepView {
  w: number;
  b: number;
  loss: number;
  /** Per-point dℓ/dz at the score z = w·x + b (ŷ itself for linear); NaN for held-out points. */
  pull: number[];
  gradNorm: number;
  heldLoss: number;
  /** R² (linear) or accuracy (logistic), on the training and the held-out points. */
  quality: { train: number; held: number };
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export interface ViewInput {
  model: 'linear' | 'logistic';
  loss: LossId;
  params?: LossParams;
  l2: number;
  points: Point[];
  trainIdx: number[];
  heldIdx: number[];
}

/**
 * The readout at (w, b): each training point's pull dℓ/dz and the gradient norm over (w, b),
 * from the math core's pointGradients — tfjs autodiff of the very expression trainPath descends
 * (the log-sigmoid form for probability losses on the logistic model, so a confidently wrong
 * point keeps its pull instead of the clip's zero). The held-out loss comes from the held-out
 * curve (pathLoss), so it is left NaN here.
 */
export function stepView(
  math: MathBackend,
  v: ViewInput,
  w: number,
  b: number,
  loss: number,
  /** This step's dz when already computed for the whole path (pathPulls); else one call here. */
  rowDz?: ArrayLike<number>,
): StepView {
  const pull = v.points.map(() => NaN);
  let gw = 2 * v.l2 * w;
  let gb = 0;
  const n = v.trainIdx.length;
  try {
    const dz = rowDz ?? math.pointGradients({ ...problemOf(v), w, b }).dz;
    if (rowDz && Number.isNaN(rowDz[0])) throw new RangeError('step out of range');
    // dL/dz of the mean loss is ℓ′/N per point.
    v.trainIdx.forEach((i, k) => {
      pull[i] = dz[k];
      gw += (dz[k] * v.points[i].x) / n;
      gb += dz[k] / n;
    });
  } catch {
    gw = gb = NaN; // out of range after a divergence: nothing to draw
  }
  const fit = (idx: number[]) => {
    const y = idx.map((i) => v.points[i].y);
    const z = idx.map((i) => w * v.points[i].x + b);
    return v.model === 'linear' ? rSquared(y, z) : accuracy(y, z.map(sigmoid));
  };
  return {
    w,
    b,
    loss,
    pull,
    gradNorm: Math.hypot(gw, gb),
    heldLoss: NaN,
    quality: { train: fit(v.trainIdx), held: fit(v.heldIdx) },
  };
}

/**
 * Each point's pull (its dz) from one row of pathPulls, as stepView sets it: NaN for the held-out
 * points, and for every point where the row is absent or out of range (after a divergence).
 */
export function rowPull(v: ViewInput, row: ArrayLike<number> | null | undefined): number[] {
  const pull = v.points.map(() => NaN);
  if (!row || Number.isNaN(row[0])) return pull;
  v.trainIdx.forEach((i, k) => {
    pull[i] = row[k];
  });
  return pull;
}

function problemOf(v: ViewInput) {
  return {
    model: v.model,
    x: v.trainIdx.map((i) => v.points[i].x),
    y: v.trainIdx.map((i) => v.points[i].y),
    loss: v.loss,
    params: v.params,
  };
}

/**
 * Every step's per-point dz along a path in one batched call (math.pathPointGradients), so a
 * replay reads its pulls from memory instead of one tfjs read-back per frame. Null where the
 * batch cannot be made (then stepView computes the step on its own).
 */
export function pathPulls(
  math: MathBackend,
  v: ViewInput,
  path: { w: number[]; b: number[] },
): Float32Array[] | null {
  if (v.trainIdx.length === 0) return null;
  try {
    return math.pathPointGradients({ ...problemOf(v), w: path.w, b: path.b }).dz;
  } catch {
    return null;
  }
}

/** The label rules (LossDef's yRule) that every label of these points satisfies. */
export type LabelRule = LossDef['yRule'];

/** Which label rules the points' labels all satisfy (the MLP's labels are its classes). */
export function labelRules(model: TrainModel, points: Point[]): LabelRule[] {
  const ys = points.map((p) => (model === 'mlp' ? (p.label ?? -1) : p.y));
  const rules: LabelRule[] = ['real'];
  if (ys.every((y) => y >= 0 && y <= 1)) rules.push('unit');
  const binary = ys.every((y) => y === 0 || y === 1);
  if (binary) rules.push('binary');
  if (binary || ys.every((y) => y === -1 || y === 1)) rules.push('sign');
  if (ys.every((y) => y >= 0)) rules.push('nonneg');
  return rules;
}

/** Losses a model can train on with these labels: differentiable, accepted by the model, labels in domain. */
export function fittingLosses(math: MathBackend, model: TrainModel, points: Point[]): LossDef[] {
  return lossesFor(math, model, labelRules(model, points));
}

/** The same from the labels' rules (labelRules): a drag that keeps them keeps this list. */
export function lossesFor(
  math: MathBackend,
  model: TrainModel,
  rules: readonly LabelRule[],
): LossDef[] {
  // The MLP's labels are the classes; its logit reads as the logistic model's score, and it
  // offers the classification losses only (MLP_LOSSES).
  const mlp = model === 'mlp';
  return math.LOSSES.filter((def) => {
    if (!def.differentiable || !rules.includes(def.yRule)) return false;
    if (mlp && !(MLP_LOSSES as readonly string[]).includes(def.id)) return false;
    try {
      math.modelElement(def, mlp ? 'logistic' : model);
      return true;
    } catch {
      return false;
    }
  });
}
