// The Explore tab's URL table (prefix `e`). Per-task settings carry the task key's code:
// r regression, p binary probabilities, l binary logits, m margin, c multi-class.
import { z } from 'zod/mini';
import type { LossId } from '../../math/losses/types';
import {
  MAX_CLASSES,
  MAX_OVERLAY,
  MAX_ROWS,
  MIN_CLASSES,
  TASK_LOSSES,
  TASK_VIEWS,
  newId,
  type ScalarKey,
  type TaskKey,
} from '../explore/model';
import { setClasses } from '../explore/reducers';
import type { Draft } from './field';
import { fmtList, numList } from './codec';
import { intIn, numIn, oneOf, openUnit, unit, value } from './schemas';
import { discrete, fields, number, numbers, rows, row, type Row } from './table';

export const TASK_CODES: Record<TaskKey, string> = {
  regression: 'r',
  binaryProb: 'p',
  binaryLogit: 'l',
  margin: 'm',
  multiclass: 'c',
};
const SCALAR_KEYS: ScalarKey[] = ['regression', 'binaryProb', 'binaryLogit', 'margin'];
const TASK_KEYS: TaskKey[] = [...SCALAR_KEYS, 'multiclass'];

const label01 = z.union([z.literal(0), z.literal(1)]);
const labelPm1 = z.union([z.literal(-1), z.literal(1)]);

function rowSchema(k: ScalarKey) {
  const y = k === 'regression' ? value : k === 'margin' ? labelPm1 : label01;
  const yHat = k === 'binaryProb' ? unit : value;
  return z.array(z.tuple([y, yHat])).check(z.minLength(1), z.maxLength(MAX_ROWS));
}

/** A distribution over the current number of classes, summing to 1 (within rounding). */
const dist = (classes: number) =>
  z.array(unit).check(
    z.length(classes),
    z.refine((v) => Math.abs(v.reduce((a, b) => a + b, 0) - 1) < 2e-3),
  );

/** Scalar rows as `y,ŷ;y,ŷ` (the ids are fresh on every read). */
const scalarRows = (k: ScalarKey) =>
  row<number[][]>({
    key: `ed${TASK_CODES[k]}`,
    at: {
      get: (d) => d.explore.rows[k].map((r) => [r.y, r.yHat]),
      set: (d, v) => {
        d.explore.rows = {
          ...d.explore.rows,
          [k]: v.map(([y, yHat]) => ({ id: newId(), y, yHat })),
        };
      },
    },
    schema: () => rowSchema(k),
    codec: rows,
  });

/** Multi-class rows as `y₁,y₂,…:p₁,p₂,…;…`. */
const classRows = row<[number[], number[]][]>({
  key: 'ec',
  at: {
    get: (d) => d.explore.classRows.map((r) => [r.y, r.yHat]),
    set: (d, v) => {
      d.explore.classRows = v.map(([y, yHat]) => ({ id: newId(), y, yHat }));
    },
  },
  schema: (d) =>
    z
      .array(z.tuple([dist(d.explore.classes), dist(d.explore.classes)]))
      .check(z.minLength(1), z.maxLength(MAX_ROWS)),
  codec: {
    read: (s) => (s === '' ? [] : s.split(';').map((r) => r.split(':').map(numList))),
    write: (v) => v.map(([y, p]) => `${fmtList(y)}:${fmtList(p)}`).join(';'),
  },
});

const rowCount = (d: Draft, k: TaskKey) =>
  k === 'multiclass' ? d.explore.classRows.length : d.explore.rows[k].length;

function perTask(k: TaskKey): Row[] {
  const c = TASK_CODES[k];
  const losses = TASK_LOSSES[k];
  return [
    row<LossId[]>({
      key: `eo${c}`,
      at: {
        get: (d) => d.explore.overlay[k],
        // Kept in the task's order, as toggling does, so colours stay put.
        set: (d, v) => {
          const e = d.explore;
          const overlay = losses.filter((id) => v.includes(id));
          e.overlay = { ...e.overlay, [k]: overlay };
          if (!v.includes(e.active[k])) e.active = { ...e.active, [k]: overlay[0] };
        },
      },
      schema: z.array(oneOf(losses)).check(
        z.minLength(1),
        z.maxLength(MAX_OVERLAY),
        z.refine((v) => new Set(v).size === v.length),
      ),
      codec: { read: (s) => s.split(','), write: (v) => v.join(',') },
      discrete: true,
    }),
    discrete(`ea${c}`, `explore.active.${k}`, (d) => oneOf(d.explore.overlay[k])),
    discrete(`es${c}`, `explore.selected.${k}`, (d) => intIn(0, rowCount(d, k) - 1), number),
    discrete(`ev${c}`, `explore.view.${k}`, oneOf(TASK_VIEWS[k])),
  ];
}

export const EXPLORE_TABLE: Row[] = [
  discrete('et', 'explore.task', oneOf(['regression', 'binary', 'margin', 'multiclass'] as const)),
  discrete('ef', 'explore.form', oneOf(['probability', 'logit'] as const)),
  // The rows are resized as the class-count control does (the `ec` key, if any, follows).
  row<number>({
    key: 'ek',
    at: {
      get: (d) => d.explore.classes,
      set: (d, v) => void (d.explore = setClasses(d.explore, v)),
    },
    schema: intIn(MIN_CLASSES, MAX_CLASSES),
    codec: number,
    discrete: true,
  }),
  ...SCALAR_KEYS.map(scalarRows),
  classRows,
  ...TASK_KEYS.flatMap(perTask),
  // Huber δ > 0, quantile τ and focal α in (0, 1), focal γ in [0, 10] (the losses' domains).
  row<number[]>({
    key: 'ep',
    at: {
      get: ({ explore: { params: p } }) => [p.delta, p.tau, p.gamma, p.alpha],
      set: (d, [delta, tau, gamma, alpha]) =>
        void (d.explore.params = { delta, tau, gamma, alpha }),
    },
    schema: z.tuple([numIn(1e-6, 1e6), openUnit, numIn(0, 10), openUnit]),
    codec: numbers,
  }),
  discrete('eu', 'explore.marginUnit', oneOf(['bits', 'nats'] as const)),
];

export const EXPLORE_FIELDS = fields(EXPLORE_TABLE);
