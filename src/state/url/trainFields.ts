// The Train tab's URL keys (prefix `t`). The data are written only when they differ from what
// the preset and its seed draw, so a preset link stays short.
import { z } from 'zod/mini';
import type { LossId, OptimizerName } from '../../math';
import { MAX_POINTS } from '../train/csv';
import { MLP_LOSSES } from '../train/mlpPlan';
import { PRESET_IDS, presetPoints, type Point, type PresetId } from '../train/presets';
import {
  EPOCHS_MAX,
  HIDDEN_MAX,
  HIDDEN_MIN,
  defaultOptimizer,
  presetState,
  type OptimizerSettings,
} from '../train/slice';
import { fmt, fmtList, fmtRows, num, numList, numRows } from './codec';
import { field, type Draft, type Field } from './field';
import { flag, intIn, numIn, oneOf, readFlag, seed, value } from './schemas';

const CLASSIFY: readonly LossId[] = [
  'bce',
  'bce_logits',
  'focal',
  'hinge',
  'squared_hinge',
  'exponential',
];
const TRAINABLE: readonly LossId[] = ['mse', 'mae', 'huber', 'logcosh', 'quantile', 'poisson'];

/** The losses a model can train on with these points (labels in each loss's domain). */
export function trainLosses(model: Draft['train']['model'], points: Point[]): readonly LossId[] {
  if (model === 'mlp') return MLP_LOSSES;
  const binary = points.every((p) => p.y === 0 || p.y === 1);
  const nonneg = points.every((p) => p.y >= 0);
  const regression = TRAINABLE.filter((id) => id !== 'poisson' || nonneg);
  return binary ? [...regression, ...CLASSIFY] : regression;
}

const label = z.union([z.literal(0), z.literal(1)]);
const points = z
  .union([z.array(z.tuple([value, value])), z.array(z.tuple([value, value, label]))])
  .check(z.minLength(1), z.maxLength(MAX_POINTS));

const opt = <K extends keyof OptimizerSettings>(
  key: string,
  name: K,
  schema: z.ZodMiniType<OptimizerSettings[K]>,
  discrete = false,
): Field =>
  field<OptimizerSettings[K]>({
    key,
    read: name === 'name' ? (s) => s : num,
    schema: () => schema,
    write: (v) => (typeof v === 'number' ? fmt(v) : String(v)),
    get: (d) => d.train.optimizer[name],
    set: (d, v) => {
      d.train.optimizer =
        name === 'name'
          ? defaultOptimizer(v as OptimizerName, d.train.optimizer.lr)
          : { ...d.train.optimizer, [name]: v };
    },
    discrete,
  });

const is2d = (d: Draft) => d.train.points.some((p) => p.label !== undefined);

export const TRAIN_FIELDS: Field[] = [
  field<PresetId | 'custom'>({
    key: 'tp',
    read: (s) => s,
    schema: () => oneOf([...PRESET_IDS, 'custom'] as const),
    write: (v) => v,
    get: (d) => d.train.preset,
    // A preset brings its model, loss, optimizer and start weights, as loading it does.
    set: (d, v) => {
      d.train = v === 'custom' ? { ...d.train, preset: v } : { ...d.train, ...presetState(v) };
    },
    discrete: true,
  }),
  field<number>({
    key: 'ts',
    read: num,
    schema: () => seed,
    write: fmt,
    get: (d) => d.train.dataSeed,
    set: (d, v) => {
      const p = d.train.preset;
      d.train = {
        ...d.train,
        dataSeed: v,
        points: p === 'custom' ? d.train.points : presetPoints(p, v),
      };
    },
    discrete: true,
  }),
  field<number[][]>({
    key: 'td',
    read: numRows,
    schema: () => points,
    write: fmtRows,
    get: (d) =>
      d.train.points.map((p) => (p.label === undefined ? [p.x, p.y] : [p.x, p.y, p.label])),
    set: (d, rows) => {
      d.train.points = rows.map(([x, y, l]) =>
        l === undefined ? { x, y } : { x, y, label: l as 0 | 1 },
      );
    },
  }),
  field({
    key: 'tm',
    read: (s) => s,
    // The MLP reads 2-D points, the linear and logistic models 1-D ones; logistic wants 0/1 labels.
    schema: (d) =>
      oneOf(
        is2d(d)
          ? (['mlp'] as const)
          : d.train.points.every((p) => p.y === 0 || p.y === 1)
            ? (['linear', 'logistic'] as const)
            : (['linear'] as const),
      ),
    write: (v) => v,
    get: (d) => d.train.model,
    set: (d, v) => {
      d.train.model = v;
    },
    discrete: true,
  }),
  field<LossId>({
    key: 'tl',
    read: (s) => s,
    schema: (d) => oneOf(trainLosses(d.train.model, d.train.points)),
    write: (v) => v,
    get: (d) => d.train.loss,
    set: (d, v) => {
      d.train.loss = v;
    },
    discrete: true,
  }),
  field<number[]>({
    key: 'ti',
    read: numList,
    schema: () => z.tuple([numIn(-1e3, 1e3), numIn(-1e3, 1e3)]),
    write: fmtList,
    get: (d) => [d.train.init.w, d.train.init.b],
    set: (d, [w, b]) => {
      d.train.init = { w, b };
    },
  }),
  field<number>({
    key: 'tis',
    read: num,
    schema: () => seed,
    write: fmt,
    get: (d) => d.train.initSeed,
    set: (d, v) => {
      d.train.initSeed = v;
    },
  }),
  field<number>({
    key: 'thu',
    read: num,
    schema: () => intIn(HIDDEN_MIN, HIDDEN_MAX),
    write: fmt,
    get: (d) => d.train.mlp.hidden,
    set: (d, v) => {
      d.train.mlp = { ...d.train.mlp, hidden: v };
    },
  }),
  field({
    key: 'tac',
    read: (s) => s,
    schema: () => oneOf(['tanh', 'relu'] as const),
    write: (v) => v,
    get: (d) => d.train.mlp.activation,
    set: (d, v) => {
      d.train.mlp = { ...d.train.mlp, activation: v };
    },
    discrete: true,
  }),
  field<number>({
    key: 'tds',
    read: num,
    schema: () => seed,
    write: fmt,
    get: (d) => d.train.dirSeed,
    set: (d, v) => {
      d.train.dirSeed = v;
    },
  }),
  opt('to', 'name', oneOf(['sgd', 'momentum', 'rmsprop', 'adagrad', 'adam'] as const), true),
  opt('tlr', 'lr', z.number().check(z.gt(0), z.lte(100))),
  opt('tmo', 'momentum', z.number().check(z.gte(0), z.lt(1))),
  opt('tde', 'decay', z.number().check(z.gt(0), z.lt(1))),
  opt('tb1', 'beta1', z.number().check(z.gte(0), z.lt(1))),
  opt('tb2', 'beta2', z.number().check(z.gte(0), z.lt(1))),
  opt('te', 'epsilon', z.number().check(z.gt(0), z.lte(1))),
  opt('tia', 'initialAccumulator', z.number().check(z.gte(0), z.lte(100))),
  field({
    key: 'tb',
    read: (s) => s,
    schema: () => oneOf(['full', 'mini', 'one'] as const),
    write: (v) => v,
    get: (d) => d.train.batch,
    set: (d, v) => {
      d.train.batch = v;
    },
    discrete: true,
  }),
  field<number>({
    key: 'tmb',
    read: num,
    schema: () => intIn(1, 1000),
    write: fmt,
    get: (d) => d.train.miniBatch,
    set: (d, v) => {
      d.train.miniBatch = v;
    },
  }),
  field<number>({
    key: 'tl2',
    read: num,
    schema: () => numIn(0, 100),
    write: fmt,
    get: (d) => d.train.l2,
    set: (d, v) => {
      d.train.l2 = v;
    },
  }),
  field<number>({
    key: 'tep',
    read: num,
    schema: () => intIn(1, EPOCHS_MAX),
    write: fmt,
    get: (d) => d.train.epochs,
    set: (d, v) => {
      d.train.epochs = v;
    },
  }),
  field<number>({
    key: 'tsp',
    read: num,
    schema: () => intIn(1, 1000),
    write: fmt,
    get: (d) => d.train.speed,
    set: (d, v) => {
      d.train.speed = v;
    },
  }),
  field<boolean>({
    key: 'tlg',
    read: readFlag,
    schema: () => flag,
    write: (v) => (v ? '1' : '0'),
    get: (d) => d.train.logScale,
    set: (d, v) => {
      d.train.logScale = v;
    },
    discrete: true,
  }),
];
