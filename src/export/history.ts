// The training history of the current Train settings, computed the way the Train tab computes
// it (one trainPath / trainMlp call for the planned run: the same numbers), and written as CSV:
// one row per state, step 0 = the start weights.
import type { MathBackend } from '../state/backendLoader';
import { mlpPlan } from '../state/train/mlpPlan';
import { runPlan } from '../state/train/runPlan';
import type { TrainState } from '../state/train/slice';

export interface History {
  stepsPerEpoch: number;
  loss: number[];
  /** Columns besides step, epoch and loss: name → value per state. */
  columns: [string, ArrayLike<number>][];
  divergedAt?: number;
}

/** The run of the settings (null when the model and data cannot train). */
export async function computeHistory(
  math: Pick<MathBackend, 'trainPath' | 'trainMlp'>,
  t: TrainState,
  signal?: AbortSignal,
): Promise<History | null> {
  if (t.model === 'mlp') {
    const plan = mlpPlan(t);
    if (!plan) return null;
    const r = await math.trainMlp({ ...plan.request, signal });
    const size = r.theta[0]?.length ?? 0;
    const theta = Array.from({ length: size }, (_, k): [string, number[]] => [
      `theta_${k}`,
      r.theta.map((th) => th[k]),
    ]);
    return {
      stepsPerEpoch: plan.stepsPerEpoch,
      loss: r.loss,
      columns: [['accuracy', r.accuracy], ...theta],
      divergedAt: r.divergedAt,
    };
  }
  const plan = runPlan(t);
  if (!plan) return null;
  const r = await math.trainPath({ ...plan.request, signal });
  return {
    stepsPerEpoch: plan.stepsPerEpoch,
    loss: r.loss,
    columns: [
      ['w', r.w],
      ['b', r.b],
    ],
    divergedAt: r.divergedAt,
  };
}

/** Numbers in CSV keep every digit (JavaScript's round-trip form; NaN and Infinity as words). */
export const csvNumber = (v: number) => String(v);

export function historyCsv(h: History): string {
  const head = ['step', 'epoch', 'loss', ...h.columns.map(([name]) => name)];
  const lines = [head.join(',')];
  for (let i = 0; i < h.loss.length; i++) {
    const cells = [String(i), csvNumber(i / h.stepsPerEpoch), csvNumber(h.loss[i])];
    for (const [, values] of h.columns) cells.push(csvNumber(values[i]));
    lines.push(cells.join(','));
  }
  return lines.join('\n') + '\n';
}
