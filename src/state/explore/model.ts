// The Explore tab's data model: tasks, their losses, rows and presets. Pure and serializable:
// no tfjs, no React (the loss ids are the math registry's URL vocabulary).
import type { LossId, ParamId } from '../../math/losses/types';

export type Task = 'regression' | 'binary' | 'margin' | 'multiclass';
export type BinaryForm = 'probability' | 'logit';
/** A task with its ŷ form: the key of everything that differs between them. */
export type TaskKey = 'regression' | 'binaryProb' | 'binaryLogit' | 'margin' | 'multiclass';
export type ScalarKey = Exclude<TaskKey, 'multiclass'>;
export type View = 'curves' | 'margin' | 'probability' | 'distributions';
export type PresetId = 'seed' | 'outlier' | 'balanced' | 'confidentWrong';

/** One (y, ŷ) pair; `id` is stable across deletions (drafts and React keys follow it). */
export interface Row {
  id: number;
  y: number;
  yHat: number;
}
/** One multi-class sample: a label distribution and a predicted one, each summing to 1. */
export interface ClassRow {
  id: number;
  y: number[];
  yHat: number[];
}

export const MAX_ROWS = 200;
export const MIN_CLASSES = 2;
export const MAX_CLASSES = 10;
export const MAX_OVERLAY = 6;

export function taskKey(task: Task, form: BinaryForm): TaskKey {
  if (task === 'binary') return form === 'probability' ? 'binaryProb' : 'binaryLogit';
  return task;
}

/** The losses each task offers (first: the default for the step-by-step panel). */
export const TASK_LOSSES: Record<TaskKey, readonly LossId[]> = {
  regression: ['mse', 'mae', 'huber', 'logcosh', 'quantile', 'poisson'],
  binaryProb: ['bce', 'focal', 'mse', 'mae'],
  binaryLogit: ['bce_logits', 'hinge', 'squared_hinge', 'exponential', 'zero_one'],
  margin: ['hinge', 'bce_logits', 'exponential', 'squared_hinge', 'zero_one'],
  multiclass: ['cce', 'kl'],
};
export const DEFAULT_OVERLAY: Record<TaskKey, LossId[]> = {
  regression: ['mse', 'mae', 'huber'],
  binaryProb: ['bce', 'focal', 'mse'],
  binaryLogit: ['bce_logits', 'hinge', 'exponential'],
  margin: ['hinge', 'bce_logits', 'exponential', 'zero_one'],
  multiclass: ['cce', 'kl'],
};
export const TASK_VIEWS: Record<TaskKey, readonly View[]> = {
  regression: ['curves'],
  binaryProb: ['curves', 'probability', 'margin'],
  binaryLogit: ['curves', 'margin', 'probability'],
  margin: ['curves', 'margin'],
  multiclass: ['distributions'],
};

export type Params = Record<ParamId, number>;
export const DEFAULT_PARAMS: Params = { delta: 1, tau: 0.5, gamma: 2, alpha: 0.25 };

/** The label set of a scalar task, for validation and for the label editor. */
export function labelSet(key: ScalarKey): readonly number[] | null {
  if (key === 'regression') return null;
  return key === 'margin' ? [-1, 1] : [0, 1];
}

/**
 * Labels as a loss reads them in a task: in the margin task y ∈ {−1, +1}, and the logistic loss
 * (bce_logits) takes y ∈ {0, 1}, so −1 → 0 (the same loss, log(1 + e^(−y·f))).
 */
export function lossLabel(key: TaskKey, id: LossId, y: number): number {
  return key === 'margin' && id === 'bce_logits' ? (y + 1) / 2 : y;
}

/** The margin m = y·f of a row in a classification task (labels 0 read as −1). */
export function marginOf(key: ScalarKey, row: Pick<Row, 'y' | 'yHat'>): number {
  const sign = row.y === 0 ? -1 : row.y;
  const f = key === 'binaryProb' ? logit(row.yHat) : row.yHat;
  return sign * f;
}

export const round4 = (v: number) => Math.round(v * 1e4) / 1e4;
export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
/** logit with p kept inside [1e-4, 1 − 1e-4], so a converted score stays finite. */
export function logit(p: number): number {
  const q = Math.min(1 - 1e-4, Math.max(1e-4, p));
  return Math.log(q / (1 - q));
}

let nextId = 1;
export const newId = () => nextId++;
const rows = (ys: number[], yHats: number[]): Row[] =>
  ys.map((y, i) => ({ id: newId(), y, yHat: yHats[i] }));

/** The seed's example: x = 1…4, y = 2x, and the model w = b = 0.5 predicts ŷ = 0.5x + 0.5. */
export const seedRows = () => rows([2, 4, 6, 8], [1, 1.5, 2, 2.5]);
/** A fit with errors of ±1.5 on four points and one outlier it cannot follow (y = 30). */
export const outlierRows = () => rows([2, 4, 6, 8, 30], [3.5, 2.5, 7.5, 6.5, 10]);
const BALANCED_Y = [1, 1, 1, 0, 0, 0];
const BALANCED_P = [0.9, 0.7, 0.4, 0.2, 0.35, 0.6];
const CONFIDENT_Y = [1, 0, 1, 0];
const CONFIDENT_P = [0.9, 0.2, 0.01, 0.1];

/** A probability-form classification set in the task's own form (label set, ŷ kind). */
function classification(key: ScalarKey, ys: number[], ps: number[]): Row[] {
  if (key === 'binaryProb') return rows(ys, ps);
  const zs = ps.map((p) => round4(logit(p)));
  if (key === 'binaryLogit') return rows(ys, zs);
  return rows(
    ys.map((y) => (y === 0 ? -1 : 1)),
    zs,
  );
}

export function scalarPreset(preset: PresetId, key: ScalarKey): { key: ScalarKey; rows: Row[] } {
  if (preset === 'seed') return { key: 'regression', rows: seedRows() };
  if (preset === 'outlier') return { key: 'regression', rows: outlierRows() };
  const k = key === 'regression' ? 'binaryProb' : key;
  return preset === 'balanced'
    ? { key: k, rows: classification(k, BALANCED_Y, BALANCED_P) }
    : { key: k, rows: classification(k, CONFIDENT_Y, CONFIDENT_P) };
}

/** The selected row a preset opens on (the confident-but-wrong one shows itself). */
export const PRESET_SELECTED: Record<PresetId, number> = {
  seed: 0,
  outlier: 4,
  balanced: 0,
  confidentWrong: 2,
};

export function oneHot(k: number, classes: number): number[] {
  return Array.from({ length: classes }, (_, j) => (j === k ? 1 : 0));
}

export function classPreset(preset: PresetId, classes = 3): ClassRow[] {
  const soft = (k: number, pk: number) =>
    Array.from({ length: classes }, (_, j) => (j === k ? pk : round4((1 - pk) / (classes - 1))));
  const spec: [number, number][] =
    preset === 'confidentWrong'
      ? [
          [0, 0.8],
          [1, 0.7],
          [2, 0.02],
        ]
      : [
          [0, 0.7],
          [1, 0.6],
          [2, 0.5],
        ];
  return spec.map(([k, pk]) => {
    // Confident but wrong: class 2 is true, and the model puts 0.96 on class 0.
    const yHat =
      preset === 'confidentWrong' && k === 2
        ? Array.from({ length: classes }, (_, j) =>
            j === 0 ? 0.96 : j === 2 ? 0.02 : round4(0.02 / Math.max(1, classes - 2)),
          )
        : soft(k % classes, pk);
    return { id: newId(), y: oneHot(k % classes, classes), yHat: normalize(yHat) };
  });
}

/** Scales a non-negative vector to sum 1 (uniform when it sums to 0), rounded to 4 decimals. */
export function normalize(v: number[]): number[] {
  const s = v.reduce((a, b) => a + Math.max(0, b), 0);
  if (!(s > 0)) return v.map(() => round4(1 / v.length));
  const out = v.map((x) => round4(Math.max(0, x) / s));
  // Put the rounding remainder on the largest entry, so the row sums to 1 exactly in 4 decimals.
  const rest = round4(1 - out.reduce((a, b) => a + b, 0));
  const big = out.indexOf(Math.max(...out));
  out[big] = round4(out[big] + rest);
  return out;
}

/**
 * Sets entry k of a distribution to v ∈ [0, 1] and rescales the others so the row still sums
 * to 1 (dragging one bar of a histogram); when the others are all 0 they share 1 − v evenly.
 */
export function setShare(dist: number[], k: number, v: number): number[] {
  const x = Math.min(1, Math.max(0, v));
  const others = dist.reduce((a, b, j) => (j === k ? a : a + b), 0);
  const n = dist.length - 1;
  const out = dist.map((d, j) => {
    if (j === k) return x;
    return others > 0 ? (d / others) * (1 - x) : (1 - x) / n;
  });
  return normalizeKeeping(out, k);
}

function normalizeKeeping(v: number[], k: number): number[] {
  const out = v.map(round4);
  const rest = round4(1 - out.reduce((a, b) => a + b, 0));
  let j = out.findIndex(
    (x, i) => i !== k && x + rest >= 0 && x === Math.max(...out.filter((_, m) => m !== k)),
  );
  if (j < 0) j = k;
  out[j] = round4(out[j] + rest);
  return out;
}

/** Resizes a distribution to `classes` entries (new classes get 0), renormalised. */
export function resizeDist(v: number[], classes: number, label: boolean): number[] {
  const out = Array.from({ length: classes }, (_, j) => v[j] ?? 0);
  if (label && !out.some((x) => x > 0)) out[0] = 1;
  return normalize(out);
}
