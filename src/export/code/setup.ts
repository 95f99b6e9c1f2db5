// What the Code view prints: the Train settings resolved into the exact run the app trains —
// the same plan (runPlan / mlpPlan: the training points without the held-out ones, steps, batch
// size, shuffle seed), every optimizer hyper-parameter with tfjs's default filled in, the loss
// parameters, and the start weights (the MLP's seeded Glorot draw, written out). Plain data: the
// tfjs and Python generators only format it.
import type { LossId, OptimizerSpec, YHatKind } from '../../math';
import type { MathBackend } from '../../state/backendLoader';
import { mlpPlan } from '../../state/train/mlpPlan';
import { runPlan } from '../../state/train/runPlan';
import type { TrainState } from '../../state/train/slice';

export type CodeModel = 'linear' | 'logistic' | 'mlp';

/**
 * What the code view needs of the math module, passed in (useMath()) rather than imported: the
 * loss registry and initMlp live beside tfjs, which src/export never loads itself.
 */
export type CodeMath = Pick<
  MathBackend,
  'getLoss' | 'resolveParams' | 'initMlp' | 'OPTIMIZER_DEFAULTS'
>;

/** Every hyper-parameter of the optimizer, none left to a library default. */
export type FullOptimizer =
  | { name: 'sgd'; lr: number }
  | { name: 'momentum'; lr: number; momentum: number }
  | { name: 'rmsprop'; lr: number; decay: number; momentum: number; epsilon: number }
  | { name: 'adagrad'; lr: number; initialAccumulator: number; epsilon: number }
  | { name: 'adam'; lr: number; beta1: number; beta2: number; epsilon: number };

export interface MlpInit {
  /** [2][H], row-major as the app's θ. */
  w1: number[][];
  b1: number[];
  w2: number[];
  b2: number;
}

export interface CodeSetup {
  model: CodeModel;
  loss: LossId;
  /** What the loss reads as ŷ: 'value' losses get a sigmoid output in the classifiers. */
  yHatKind: YHatKind;
  /** The loss's parameters (δ, τ, γ, α), defaults filled in. */
  params: Record<string, number>;
  /** Inputs: numbers (linear, logistic) or [x₁, x₂] rows (MLP). */
  x: number[] | number[][];
  /** Labels as the loss reads them (margin losses: 0 → −1). */
  y: number[];
  labelsMapped: boolean;
  /** Points left out of training (the app's held-out split). */
  heldOut: number;
  init: { w: number; b: number } | MlpInit;
  mlp?: { hidden: number; activation: 'tanh' | 'relu' };
  optimizer: FullOptimizer;
  steps: number;
  epochs: number;
  stepsPerEpoch: number;
  /** null: the full batch every step. */
  batchSize: number | null;
  /** Seed of the mini-batch shuffle (mulberry32). */
  seed: number;
  l2: number;
}

export type CodeSetupResult =
  { ok: true; setup: CodeSetup } | { ok: false; reason: 'noGradient' | 'unsupported' };

/** tfjs's own defaults, as makeOptimizer applies them (ε: the float32 backend's 1e-7). */
export function fullOptimizer(o: OptimizerSpec, D: CodeMath['OPTIMIZER_DEFAULTS']): FullOptimizer {
  const eps = o.epsilon ?? 1e-7;
  switch (o.name) {
    case 'sgd':
      return { name: 'sgd', lr: o.lr };
    case 'momentum':
      return { name: 'momentum', lr: o.lr, momentum: o.momentum ?? D.momentum };
    case 'rmsprop':
      return {
        name: 'rmsprop',
        lr: o.lr,
        decay: o.decay ?? D.decay,
        momentum: o.momentum ?? D.rmspropMomentum,
        epsilon: eps,
      };
    case 'adagrad':
      // tfjs's Adagrad has no ε argument: it adds the backend's epsilon(), 1e-7 in float32.
      return {
        name: 'adagrad',
        lr: o.lr,
        initialAccumulator: o.initialAccumulator ?? D.initialAccumulator,
        epsilon: 1e-7,
      };
    case 'adam':
      return {
        name: 'adam',
        lr: o.lr,
        beta1: o.beta1 ?? D.beta1,
        beta2: o.beta2 ?? D.beta2,
        epsilon: eps,
      };
  }
}

function mlpInit(hidden: number, theta: number[]): MlpInit {
  const h = hidden;
  return {
    w1: [theta.slice(0, h), theta.slice(h, 2 * h)],
    b1: theta.slice(2 * h, 3 * h),
    w2: theta.slice(3 * h, 4 * h),
    b2: theta[4 * h],
  };
}

export function codeSetup(t: TrainState, math: CodeMath): CodeSetupResult {
  let def;
  try {
    def = math.getLoss(t.loss);
  } catch {
    return { ok: false, reason: 'unsupported' };
  }
  if (!def.differentiable) return { ok: false, reason: 'noGradient' };
  const mapped = def.yRule === 'sign';
  const mapY = (y: number[]) => (mapped ? y.map((v) => (v === 0 ? -1 : v)) : y);
  const params = math.resolveParams(def, undefined);
  const common = { loss: t.loss, yHatKind: def.yHatKind, params, labelsMapped: mapped, l2: t.l2 };
  if (t.model === 'mlp') {
    const plan = mlpPlan(t);
    if (!plan) return { ok: false, reason: 'unsupported' };
    const r = plan.request;
    const seed = r.seed ?? 1;
    return {
      ok: true,
      setup: {
        ...common,
        model: 'mlp',
        x: r.x,
        y: mapY(r.y),
        heldOut: plan.heldIdx.length,
        // trainMlp draws its start weights with initMlp(mlp, seed): written out here.
        init: mlpInit(r.mlp.hidden, math.initMlp(r.mlp, seed)),
        mlp: { ...r.mlp },
        optimizer: fullOptimizer(r.optimizer, math.OPTIMIZER_DEFAULTS),
        steps: r.steps,
        epochs: plan.epochs,
        stepsPerEpoch: plan.stepsPerEpoch,
        batchSize: r.batchSize ?? null,
        seed,
      },
    };
  }
  const plan = runPlan(t);
  if (!plan || (t.model === 'linear' && def.yHatKind === 'probability') || def.rowwise)
    return { ok: false, reason: 'unsupported' };
  if (def.id === 'poisson') return { ok: false, reason: 'unsupported' };
  const r = plan.request;
  return {
    ok: true,
    setup: {
      ...common,
      model: r.model,
      x: r.x,
      y: mapY(r.y),
      heldOut: plan.heldIdx.length,
      init: { ...r.init },
      optimizer: fullOptimizer(r.optimizer, math.OPTIMIZER_DEFAULTS),
      steps: r.steps,
      epochs: plan.epochs,
      stepsPerEpoch: plan.stepsPerEpoch,
      batchSize: r.batchSize ?? null,
      seed: r.seed ?? 1,
    },
  };
}

/**
 * A number as source text that reads back as the same double (JavaScript's shortest
 * round-trip form; valid in Python too).
 */
export function num(v: number): string {
  if (!Number.isFinite(v)) throw new RangeError(`not a finite number: ${v}`);
  return Object.is(v, -0) ? '0' : String(v);
}

/** Items of a list, each followed by a comma, wrapped to lines of about `width` characters. */
export function wrapItems(items: string[], indent: string, width = 88): string {
  const lines: string[] = [];
  let line = '';
  for (const item of items) {
    const s = item + ',';
    if (line && indent.length + line.length + 1 + s.length > width) {
      lines.push(indent + line);
      line = s;
    } else line = line ? `${line} ${s}` : s;
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
}

/** A list of numbers, wrapped. */
export const numList = (values: number[], indent: string) => wrapItems(values.map(num), indent);

/** Rows of numbers ([x₁, x₂] pairs), wrapped. */
export const rowList = (rows: number[][], indent: string) =>
  wrapItems(
    rows.map((r) => `[${r.map(num).join(', ')}]`),
    indent,
  );
