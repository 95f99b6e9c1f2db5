// The Train tab's URL table (prefix `t`), the loss landscape's settings included. The data are
// written only when they differ from what the preset and its seed draw, so a preset link stays
// short. A link without the landscape keys opens the landscape's defaults.
import { z } from 'zod/mini';
import type { LossId, OptimizerName } from '../../math';
import { MAX_POINTS } from '../train/csv';
import { MLP_LOSSES } from '../train/mlpPlan';
import { PRESET_IDS, presetPoints, type Point, type PresetId } from '../train/presets';
import { EPOCHS_MAX, HIDDEN_MAX, HIDDEN_MIN, defaultOptimizer, presetState } from '../train/slice';
import { CAMERA_LIMITS, COMPARE_IDS, GRID_SIZES } from '../train/landscape';
import type { Draft } from './field';
import { flag as bool, intIn, numIn, oneOf, seed, value } from './schemas';
import { continuous, discrete, fields, flag, number, numbers, rows, row, type Row } from './table';

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

const is2d = (d: Draft) => d.train.points.some((p) => p.label !== undefined);
/** The MLP reads 2-D points, the linear and logistic models 1-D ones; logistic wants 0/1 labels. */
const models = (d: Draft) =>
  oneOf(
    is2d(d)
      ? (['mlp'] as const)
      : d.train.points.every((p) => p.y === 0 || p.y === 1)
        ? (['linear', 'logistic'] as const)
        : (['linear'] as const),
  );
const OPTIMIZERS = oneOf(['sgd', 'momentum', 'rmsprop', 'adagrad', 'adam'] as const);
const beta = z.number().check(z.gte(0), z.lt(1));
const camera = z.tuple([
  numIn(-Math.PI, Math.PI),
  numIn(...CAMERA_LIMITS.el),
  numIn(...CAMERA_LIMITS.zoom),
]);

export const TRAIN_TABLE: Row[] = [
  // A preset brings its model, loss, optimizer and start weights, as loading it does.
  row<PresetId | 'custom'>({
    key: 'tp',
    at: {
      get: (d) => d.train.preset,
      set: (d, v) =>
        void (d.train =
          v === 'custom' ? { ...d.train, preset: v } : { ...d.train, ...presetState(v) }),
    },
    schema: oneOf([...PRESET_IDS, 'custom'] as const),
    discrete: true,
  }),
  row<number>({
    key: 'ts',
    at: {
      get: (d) => d.train.dataSeed,
      set: (d, v) => {
        const p = d.train.preset;
        const pts = p === 'custom' ? d.train.points : presetPoints(p, v);
        d.train = { ...d.train, dataSeed: v, points: pts };
      },
    },
    schema: seed,
    codec: number,
    discrete: true,
  }),
  row<number[][]>({
    key: 'td',
    at: {
      get: (d) =>
        d.train.points.map((p) => (p.label === undefined ? [p.x, p.y] : [p.x, p.y, p.label])),
      set: (d, v) =>
        void (d.train.points = v.map(([x, y, l]) =>
          l === undefined ? { x, y } : { x, y, label: l as 0 | 1 },
        )),
    },
    schema: points,
    codec: rows,
  }),
  discrete('tm', 'train.model', models),
  discrete('tl', 'train.loss', (d) => oneOf(trainLosses(d.train.model, d.train.points))),
  row<number[]>({
    key: 'ti',
    at: {
      get: (d) => [d.train.init.w, d.train.init.b],
      set: (d, [w, b]) => void (d.train.init = { w, b }),
    },
    schema: z.tuple([numIn(-1e3, 1e3), numIn(-1e3, 1e3)]),
    codec: numbers,
  }),
  continuous('tis', 'train.initSeed', seed),
  continuous('thu', 'train.mlp.hidden', intIn(HIDDEN_MIN, HIDDEN_MAX)),
  discrete('tac', 'train.mlp.activation', oneOf(['tanh', 'relu'] as const)),
  continuous('tds', 'train.dirSeed', seed),
  // A new optimizer brings its own defaults, keeping the learning rate.
  row<OptimizerName>({
    key: 'to',
    at: {
      get: (d) => d.train.optimizer.name,
      set: (d, v) => void (d.train.optimizer = defaultOptimizer(v, d.train.optimizer.lr)),
    },
    schema: OPTIMIZERS,
    discrete: true,
  }),
  continuous('tlr', 'train.optimizer.lr', z.number().check(z.gt(0), z.lte(100))),
  continuous('tmo', 'train.optimizer.momentum', beta),
  continuous('tde', 'train.optimizer.decay', z.number().check(z.gt(0), z.lt(1))),
  continuous('tb1', 'train.optimizer.beta1', beta),
  continuous('tb2', 'train.optimizer.beta2', beta),
  continuous('te', 'train.optimizer.epsilon', z.number().check(z.gt(0), z.lte(1))),
  continuous('tia', 'train.optimizer.initialAccumulator', numIn(0, 100)),
  discrete('tb', 'train.batch', oneOf(['full', 'mini', 'one'] as const)),
  continuous('tmb', 'train.miniBatch', intIn(1, 1000)),
  continuous('tl2', 'train.l2', numIn(0, 100)),
  continuous('tep', 'train.epochs', intIn(1, EPOCHS_MAX)),
  continuous('tsp', 'train.speed', intIn(1, 1000)),
  discrete('tlg', 'train.logScale', bool, flag),
  // The user picked the scale (until then a loss spanning > 3 decades is shown on a log axis).
  discrete('tlp', 'train.logPicked', bool, flag),
  // The loss landscape.
  discrete('tg', 'train.landscape.grid', z.union(GRID_SIZES.map((g) => z.literal(g))), number),
  discrete('tv', 'train.landscape.mode', oneOf(['2d', '3d'] as const)),
  discrete('tc', 'train.landscape.compare', oneOf(COMPARE_IDS)),
  discrete('tcl', 'train.landscape.losses', bool, flag),
  // The camera changes on every drag frame: replaced in place, not a history step.
  row<number[]>({
    key: 'tcam',
    at: {
      get: ({ train: { landscape: l } }) => [l.camera.az, l.camera.el, l.camera.zoom],
      set: (d, [az, el, zoom]) => setCamera(d, { az, el, zoom }),
    },
    schema: camera,
    codec: numbers,
  }),
];

function setCamera(d: Draft, camera: Draft['train']['landscape']['camera']) {
  d.train = { ...d.train, landscape: { ...d.train.landscape, camera } };
}

export const TRAIN_FIELDS = fields(TRAIN_TABLE);
