// What the charts and the readout show at one step of the path: the model's outputs, each
// training point's pull ℓ′ (from the math core's lossGradient), the gradient norm over (w, b),
// the held-out loss and R² or accuracy.
import type { LossDef, LossId, LossParams } from '../../math';
import type { MathBackend } from '../../state/backendLoader';
import { accuracy, rSquared } from '../../state/train/metrics';
import type { Point, TrainModel } from '../../state/train/presets';

export interface StepView {
  w: number;
  b: number;
  loss: number;
  /** Per-point ℓ′ with respect to what the chart draws (ŷ; the score z for logistic); NaN for held-out points. */
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

/** What the loss reads as ŷ for the model: z itself for score losses, else p = σ(z) (logistic). */
function lossInput(
  math: MathBackend,
  v: ViewInput,
  z: number[],
): { yHat: number[]; chain: number[] } {
  if (v.model === 'linear' || math.getLoss(v.loss).yHatKind === 'score')
    return { yHat: z, chain: z.map(() => 1) };
  const p = z.map(sigmoid);
  return { yHat: p, chain: p.map((q) => q * (1 - q)) }; // dp/dz
}

/** The mean loss of some points at (w, b), penalty λw² included (as trainPath and Keras count it). */
export function lossAt(
  math: MathBackend,
  v: ViewInput,
  idx: number[],
  w: number,
  b: number,
): number {
  if (idx.length === 0) return NaN;
  const z = idx.map((i) => w * v.points[i].x + b);
  try {
    const { yHat } = lossInput(math, v, z);
    const y = idx.map((i) => v.points[i].y);
    return math.lossValue(v.loss, y, yHat, v.params) + v.l2 * w * w;
  } catch {
    return NaN;
  }
}

export function stepView(
  math: MathBackend,
  v: ViewInput,
  w: number,
  b: number,
  loss: number,
): StepView {
  const pull = v.points.map(() => NaN);
  let gw = 2 * v.l2 * w;
  let gb = 0;
  const n = v.trainIdx.length;
  try {
    const z = v.trainIdx.map((i) => w * v.points[i].x + b);
    const { yHat, chain } = lossInput(math, v, z);
    const y = v.trainIdx.map((i) => v.points[i].y);
    // dL/dŷ of the mean loss: ℓ′/N per point.
    const g = math.lossGradient(v.loss, y, yHat, v.params) as number[];
    v.trainIdx.forEach((i, k) => {
      const gz = g[k] * chain[k];
      pull[i] = gz * n;
      gw += gz * v.points[i].x;
      gb += gz;
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
    heldLoss: lossAt(math, v, v.heldIdx, w, b),
    quality: { train: fit(v.trainIdx), held: fit(v.heldIdx) },
  };
}

/** Losses a model can train on with these labels: differentiable, accepted by the model, labels in domain. */
export function fittingLosses(math: MathBackend, model: TrainModel, points: Point[]): LossDef[] {
  if (model === 'mlp') return [];
  const ys = points.map((p) => p.y);
  const labelsOk = (def: LossDef) => {
    switch (def.yRule) {
      case 'real':
        return true;
      case 'unit':
        return ys.every((y) => y >= 0 && y <= 1);
      case 'binary':
        return ys.every((y) => y === 0 || y === 1);
      case 'sign':
        return ys.every((y) => y === 0 || y === 1) || ys.every((y) => y === -1 || y === 1);
      case 'nonneg':
        return ys.every((y) => y >= 0);
    }
  };
  return math.LOSSES.filter((def) => {
    if (!def.differentiable || !labelsOk(def)) return false;
    try {
      math.modelElement(def, model);
      return true;
    } catch {
      return false;
    }
  });
}
