// The Explore tab's URL keys (prefix `e`). Per-task settings carry the task key's code:
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
  type View,
} from '../explore/model';
import { setClasses } from '../explore/reducers';
import { field, type Draft, type Field } from './field';
import { fmt, fmtList, fmtRows, num, numList, numRows } from './codec';
import { intIn, numIn, oneOf, openUnit, unit, value } from './schemas';

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

const rowsField = (k: ScalarKey) =>
  field<[number, number][]>({
    key: `ed${TASK_CODES[k]}`,
    read: numRows,
    schema: () => rowSchema(k),
    write: fmtRows,
    get: (d) => d.explore.rows[k].map((r) => [r.y, r.yHat]),
    set: (d, rows) => {
      d.explore.rows[k] = rows.map(([y, yHat]) => ({ id: newId(), y, yHat }));
    },
  });

/** A distribution over the current number of classes, summing to 1 (within rounding). */
const dist = (classes: number) =>
  z.array(unit).check(
    z.length(classes),
    z.refine((v) => Math.abs(v.reduce((a, b) => a + b, 0) - 1) < 2e-3),
  );

const classRowsField = field<[number[], number[]][]>({
  key: 'ec',
  read: (s) => (s === '' ? [] : s.split(';').map((r) => r.split(':').map(numList))),
  schema: (d) =>
    z
      .array(z.tuple([dist(d.explore.classes), dist(d.explore.classes)]))
      .check(z.minLength(1), z.maxLength(MAX_ROWS)),
  write: (rows) => rows.map(([y, p]) => `${fmtList(y)}:${fmtList(p)}`).join(';'),
  get: (d) => d.explore.classRows.map((r) => [r.y, r.yHat]),
  set: (d, rows) => {
    d.explore.classRows = rows.map(([y, yHat]) => ({ id: newId(), y, yHat }));
  },
});

const rowCountOf = (d: Draft, k: TaskKey) =>
  k === 'multiclass' ? d.explore.classRows.length : d.explore.rows[k].length;

function perTaskFields(k: TaskKey): Field[] {
  const c = TASK_CODES[k];
  const losses = TASK_LOSSES[k] as readonly LossId[];
  return [
    field<LossId[]>({
      key: `eo${c}`,
      read: (s) => s.split(','),
      schema: () =>
        z.array(oneOf(losses)).check(
          z.minLength(1),
          z.maxLength(MAX_OVERLAY),
          z.refine((v) => new Set(v).size === v.length),
        ),
      write: (v) => v.join(','),
      get: (d) => d.explore.overlay[k],
      // Kept in the task's order, as toggling does, so colours stay put.
      set: (d, v) => {
        d.explore.overlay[k] = losses.filter((id) => v.includes(id));
        if (!v.includes(d.explore.active[k])) d.explore.active[k] = d.explore.overlay[k][0];
      },
      discrete: true,
    }),
    field<LossId>({
      key: `ea${c}`,
      read: (s) => s,
      schema: (d) => oneOf(d.explore.overlay[k]),
      write: (v) => v,
      get: (d) => d.explore.active[k],
      set: (d, v) => {
        d.explore.active[k] = v;
      },
      discrete: true,
    }),
    field<number>({
      key: `es${c}`,
      read: num,
      schema: (d) => intIn(0, rowCountOf(d, k) - 1),
      write: fmt,
      get: (d) => d.explore.selected[k],
      set: (d, v) => {
        d.explore.selected[k] = v;
      },
      discrete: true,
    }),
    field<View>({
      key: `ev${c}`,
      read: (s) => s,
      schema: () => oneOf(TASK_VIEWS[k]),
      write: (v) => v,
      get: (d) => d.explore.view[k],
      set: (d, v) => {
        d.explore.view[k] = v;
      },
      discrete: true,
    }),
  ];
}

export const EXPLORE_FIELDS: Field[] = [
  field({
    key: 'et',
    read: (s) => s,
    schema: () => oneOf(['regression', 'binary', 'margin', 'multiclass'] as const),
    write: (v) => v,
    get: (d) => d.explore.task,
    set: (d, v) => {
      d.explore.task = v;
    },
    discrete: true,
  }),
  field({
    key: 'ef',
    read: (s) => s,
    schema: () => oneOf(['probability', 'logit'] as const),
    write: (v) => v,
    get: (d) => d.explore.form,
    set: (d, v) => {
      d.explore.form = v;
    },
    discrete: true,
  }),
  field<number>({
    key: 'ek',
    read: num,
    schema: () => intIn(MIN_CLASSES, MAX_CLASSES),
    write: fmt,
    get: (d) => d.explore.classes,
    // The rows are resized as the class-count control does (the `ec` key, if any, follows).
    set: (d, v) => {
      d.explore = setClasses(d.explore, v);
    },
    discrete: true,
  }),
  ...SCALAR_KEYS.map(rowsField),
  classRowsField,
  ...TASK_KEYS.flatMap(perTaskFields),
  field<number[]>({
    key: 'ep',
    read: numList,
    // Huber δ > 0, quantile τ and focal α in (0, 1), focal γ in [0, 10] (the losses' domains).
    schema: () => z.tuple([numIn(1e-6, 1e6), openUnit, numIn(0, 10), openUnit]),
    write: fmtList,
    get: (d) => {
      const p = d.explore.params;
      return [p.delta, p.tau, p.gamma, p.alpha];
    },
    set: (d, [delta, tau, gamma, alpha]) => {
      d.explore.params = { delta, tau, gamma, alpha };
    },
  }),
  field({
    key: 'eu',
    read: (s) => s,
    schema: () => oneOf(['bits', 'nats'] as const),
    write: (v) => v,
    get: (d) => d.explore.marginUnit,
    set: (d, v) => {
      d.explore.marginUnit = v;
    },
    discrete: true,
  }),
];
