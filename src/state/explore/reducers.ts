// Pure reducers of the Explore state: (state, input) → state. The slice wraps them; the tests
// call them directly.
import type { LossId, ParamId } from '../../math/losses/types';
import { parseCell, parseShare, type CellError, type Field } from './cells';
import {
  DEFAULT_OVERLAY,
  DEFAULT_PARAMS,
  MAX_CLASSES,
  MAX_OVERLAY,
  MAX_ROWS,
  MIN_CLASSES,
  PRESET_SELECTED,
  TASK_LOSSES,
  TASK_VIEWS,
  classPreset,
  logit,
  newId,
  normalize,
  oneHot,
  resizeDist,
  round4,
  scalarPreset,
  seedRows,
  setShare,
  sigmoid,
  taskKey,
  type BinaryForm,
  type ClassRow,
  type Params,
  type PresetId,
  type Row,
  type ScalarKey,
  type Task,
  type TaskKey,
  type View,
} from './model';

export type Notice = 'lastRow' | 'maxRows' | 'maxOverlay' | 'minOverlay' | null;

/** The Explore settings a link or an undo step restores (state/url serialises these). */
export interface ExploreState {
  task: Task;
  form: BinaryForm;
  rows: Record<ScalarKey, Row[]>;
  classRows: ClassRow[];
  classes: number;
  /** The selected row's index, per task. */
  selected: Record<TaskKey, number>;
  /** The losses drawn together (at most 6), and the one the step-by-step panel computes. */
  overlay: Record<TaskKey, LossId[]>;
  active: Record<TaskKey, LossId>;
  params: Params;
  view: Record<TaskKey, View>;
  marginUnit: 'bits' | 'nats';
}

/** Explore's runtime state: never in a link, never an undo step. */
export interface ExploreRuntime {
  /** Cell text as typed, keyed `${rowId}.${field}`: kept while it is being typed or refused. */
  drafts: Record<string, string>;
  notice: Notice;
}

/** What the reducers read and write: the settings and the runtime state together. */
export type ExploreWork = ExploreState & ExploreRuntime;

const perTask = <T>(f: (k: TaskKey) => T): Record<TaskKey, T> => ({
  regression: f('regression'),
  binaryProb: f('binaryProb'),
  binaryLogit: f('binaryLogit'),
  margin: f('margin'),
  multiclass: f('multiclass'),
});

export const initialExploreRuntime = (): ExploreRuntime => ({ drafts: {}, notice: null });

/** Settings with fresh runtime state, for the reducers (the URL reader and tests use it). */
export const withRuntime = (s: ExploreState): ExploreWork => ({ ...s, ...initialExploreRuntime() });

/** The settings of a reducer's result, without the runtime state. */
export function settingsOf(w: ExploreWork): ExploreState {
  const settings: Partial<ExploreWork> = { ...w };
  delete settings.drafts;
  delete settings.notice;
  return settings as ExploreState;
}

export function initialExplore(): ExploreState {
  return {
    task: 'regression',
    form: 'probability',
    rows: {
      regression: seedRows(),
      binaryProb: scalarPreset('balanced', 'binaryProb').rows,
      binaryLogit: scalarPreset('balanced', 'binaryLogit').rows,
      margin: scalarPreset('balanced', 'margin').rows,
    },
    classRows: classPreset('balanced'),
    classes: 3,
    selected: perTask(() => 0),
    overlay: perTask((k) => [...DEFAULT_OVERLAY[k]]),
    active: perTask((k) => DEFAULT_OVERLAY[k][0]),
    params: { ...DEFAULT_PARAMS },
    view: perTask((k) => TASK_VIEWS[k][0]),
    marginUnit: 'bits',
  };
}

export const keyOf = (s: ExploreState): TaskKey => taskKey(s.task, s.form);
export const scalarKey = (s: ExploreState): ScalarKey | null => {
  const k = keyOf(s);
  return k === 'multiclass' ? null : k;
};
export const rowCount = (s: ExploreState) => {
  const k = scalarKey(s);
  return k ? s.rows[k].length : s.classRows.length;
};

export const setTask = (s: ExploreWork, task: Task): ExploreWork => ({
  ...s,
  task,
  notice: null,
});

/** Switching probability ↔ logit converts the rows, so the same predictions are shown. */
export function setForm(s: ExploreWork, form: BinaryForm): ExploreWork {
  if (form === s.form) return s;
  const from = s.rows[form === 'logit' ? 'binaryProb' : 'binaryLogit'];
  const conv = form === 'logit' ? (p: number) => logit(p) : sigmoid;
  const rows = from.map((r) => ({ ...r, id: newId(), yHat: round4(conv(r.yHat)) }));
  const key = form === 'logit' ? 'binaryLogit' : 'binaryProb';
  return {
    ...s,
    form,
    rows: { ...s.rows, [key]: rows },
    selected: { ...s.selected, [key]: s.selected[keyOf(s)] },
    notice: null,
  };
}

export function selectRow(s: ExploreWork, index: number): ExploreWork {
  const n = rowCount(s);
  const i = Math.max(0, Math.min(n - 1, index));
  return { ...s, selected: { ...s.selected, [keyOf(s)]: i } };
}

function withSelected(s: ExploreWork, i: number): Record<TaskKey, number> {
  return { ...s.selected, [keyOf(s)]: i };
}

export function addRow(s: ExploreWork): ExploreWork {
  const n = rowCount(s);
  if (n >= MAX_ROWS) return { ...s, notice: 'maxRows' };
  const k = scalarKey(s);
  if (!k) {
    const last = s.classRows[n - 1];
    const row: ClassRow = { id: newId(), y: [...last.y], yHat: [...last.yHat] };
    return { ...s, classRows: [...s.classRows, row], selected: withSelected(s, n), notice: null };
  }
  const last = s.rows[k][n - 1];
  // A new row continues the data: the next value of an evenly spaced regression set.
  const prev = s.rows[k][n - 2];
  const y = k === 'regression' && prev ? round4(2 * last.y - prev.y) : last.y;
  const yHat = k === 'regression' && prev ? round4(2 * last.yHat - prev.yHat) : last.yHat;
  const clampY = Math.max(-1e6, Math.min(1e6, y));
  const clampYHat = Math.max(-1e6, Math.min(1e6, yHat));
  const rows = [...s.rows[k], { id: newId(), y: clampY, yHat: clampYHat }];
  return { ...s, rows: { ...s.rows, [k]: rows }, selected: withSelected(s, n), notice: null };
}

/** Deletes a row; the last one is refused (a loss needs at least one pair). */
export function deleteRow(s: ExploreWork, index: number): ExploreWork {
  const n = rowCount(s);
  if (n <= 1) return { ...s, notice: 'lastRow' };
  const k = scalarKey(s);
  const sel = s.selected[keyOf(s)];
  const selected = withSelected(s, index < sel || sel === n - 1 ? Math.max(0, sel - 1) : sel);
  const gone = k ? s.rows[k][index].id : s.classRows[index].id;
  const drafts = Object.fromEntries(
    Object.entries(s.drafts).filter(([key]) => !key.startsWith(`${gone}.`)),
  );
  if (!k) {
    const classRows = s.classRows.filter((_, i) => i !== index);
    return { ...s, classRows, selected, drafts, notice: null };
  }
  const rows = { ...s.rows, [k]: s.rows[k].filter((_, i) => i !== index) };
  return { ...s, rows, selected, drafts, notice: null };
}

export interface CellEdit {
  rowId: number;
  field: Field;
  text: string;
}

/** Typing into a cell: the text is kept; a valid number also becomes the row's value. */
export function editCell(s: ExploreWork, { rowId, field, text }: CellEdit): ExploreWork {
  const k = scalarKey(s);
  if (!k) return s;
  const drafts = { ...s.drafts, [`${rowId}.${field}`]: text };
  const r = parseCell(text, k, field);
  if (!r.ok) return { ...s, drafts };
  const rows = s.rows[k].map((row) => (row.id === rowId ? { ...row, [field]: r.value } : row));
  return { ...s, rows: { ...s.rows, [k]: rows }, drafts };
}

/** Leaving a cell: a valid text is dropped (the value shows); a refused one stays, marked. */
export function blurCell(s: ExploreWork, draftKey: string, valid: boolean): ExploreWork {
  if (!(draftKey in s.drafts) || !valid) return s;
  const drafts = { ...s.drafts };
  delete drafts[draftKey];
  return { ...s, drafts };
}

/** The refused cells of the current task: draft key → reason. */
export function cellErrors(
  s: ExploreState,
  drafts: Record<string, string>,
): Record<string, CellError> {
  const k = scalarKey(s);
  const out: Record<string, CellError> = {};
  for (const [key, text] of Object.entries(drafts)) {
    const [id, field] = key.split('.');
    if (k && (field === 'y' || field === 'yHat')) {
      if (!s.rows[k].some((r) => String(r.id) === id)) continue;
      const r = parseCell(text, k, field);
      if (!r.ok) out[key] = r.error;
    } else if (!k && /^(y|yHat)\d+$/.test(field)) {
      if (!s.classRows.some((r) => String(r.id) === id)) continue;
      const r = parseShare(text);
      if (!r.ok) out[key] = r.error;
    }
  }
  return out;
}

/** The drafts without `key`: the same object when it has none (a drag's moves then leave the
 * runtime slice, and every component that reads the drafts, as they were). */
function withoutDraft(drafts: Record<string, string>, key: string): Record<string, string> {
  if (!(key in drafts)) return drafts;
  const out = { ...drafts };
  delete out[key];
  return out;
}

/** Dragging the marker: the selected row's ŷ (probabilities kept in [0, 1]). */
export function setYHat(s: ExploreWork, index: number, value: number): ExploreWork {
  const k = scalarKey(s);
  if (!k || !Number.isFinite(value)) return s;
  const v = k === 'binaryProb' ? Math.min(1, Math.max(0, value)) : value;
  const id = s.rows[k][index]?.id;
  // A move that lands on the same (snapped) value changes nothing: no store change, no render.
  if (s.rows[k][index]?.yHat === v && !(`${id}.yHat` in s.drafts)) return s;
  const rows = s.rows[k].map((r, i) => (i === index ? { ...r, yHat: v } : r));
  return { ...s, rows: { ...s.rows, [k]: rows }, drafts: withoutDraft(s.drafts, `${id}.yHat`) };
}

/** Sets the selected row's label (classification tasks: clicking a label button). */
export function setLabel(s: ExploreWork, index: number, y: number): ExploreWork {
  const k = scalarKey(s);
  if (!k) return s;
  const rows = s.rows[k].map((r, i) => (i === index ? { ...r, y } : r));
  const drafts = withoutDraft(s.drafts, `${s.rows[k][index]?.id}.y`);
  return { ...s, rows: { ...s.rows, [k]: rows }, drafts };
}

export function toggleLoss(s: ExploreWork, id: LossId): ExploreWork {
  const k = keyOf(s);
  const cur = s.overlay[k];
  if (!TASK_LOSSES[k].includes(id)) return s;
  if (cur.includes(id)) {
    if (cur.length <= 1) return { ...s, notice: 'minOverlay' };
    const overlay = cur.filter((x) => x !== id);
    const active = s.active[k] === id ? overlay[0] : s.active[k];
    return {
      ...s,
      overlay: { ...s.overlay, [k]: overlay },
      active: { ...s.active, [k]: active },
      notice: null,
    };
  }
  if (cur.length >= MAX_OVERLAY) return { ...s, notice: 'maxOverlay' };
  // Kept in the task's order, so colours and dashes stay put when a loss is toggled.
  const overlay = TASK_LOSSES[k].filter((x) => x === id || cur.includes(x));
  return { ...s, overlay: { ...s.overlay, [k]: overlay }, notice: null };
}

/** The loss of the step-by-step and explain panels; it joins the overlay if needed. */
export function setActive(s: ExploreWork, id: LossId): ExploreWork {
  const k = keyOf(s);
  if (!TASK_LOSSES[k].includes(id)) return s;
  const withIt = s.overlay[k].includes(id) ? s : toggleLoss(s, id);
  if (!withIt.overlay[k].includes(id)) return withIt; // overlay full
  return { ...withIt, active: { ...withIt.active, [k]: id } };
}

export function setParam<S extends ExploreState>(s: S, id: ParamId, value: number): S {
  if (!Number.isFinite(value)) return s;
  return { ...s, params: { ...s.params, [id]: value } };
}

export function setView<S extends ExploreState>(s: S, view: View): S {
  const k = keyOf(s);
  if (!TASK_VIEWS[k].includes(view)) return s;
  return { ...s, view: { ...s.view, [k]: view } };
}

/** A preset replaces the data of its task (and switches to it); drafts of old rows go. */
export function applyPreset(s: ExploreWork, preset: PresetId): ExploreWork {
  if (s.task === 'multiclass' && (preset === 'balanced' || preset === 'confidentWrong')) {
    const classRows = classPreset(preset, s.classes);
    const sel = preset === 'confidentWrong' ? 2 : 0;
    return { ...s, classRows, selected: { ...s.selected, multiclass: sel }, notice: null };
  }
  const { key, rows } = scalarPreset(preset, scalarKey(s) ?? 'binaryProb');
  const task: Task = key === 'regression' || key === 'margin' ? key : 'binary';
  const form: BinaryForm =
    key === 'binaryLogit' ? 'logit' : key === 'binaryProb' ? 'probability' : s.form;
  return {
    ...s,
    task,
    form,
    rows: { ...s.rows, [key]: rows },
    selected: { ...s.selected, [key]: PRESET_SELECTED[preset] },
    notice: null,
  };
}

export function setClasses<S extends ExploreState>(s: S, classes: number): S {
  const c = Math.max(MIN_CLASSES, Math.min(MAX_CLASSES, Math.round(classes)));
  if (c === s.classes) return s;
  const classRows = s.classRows.map((r) => ({
    id: r.id,
    y: resizeDist(r.y, c, true),
    yHat: resizeDist(r.yHat, c, false),
  }));
  return { ...s, classes: c, classRows };
}

/** Sets one class probability of P (`y`) or Q (`yHat`); the row is renormalised around it. */
export function setShareOf<S extends ExploreState>(
  s: S,
  index: number,
  which: 'y' | 'yHat',
  k: number,
  v: number,
): S {
  const classRows = s.classRows.map((r, i) =>
    i === index ? { ...r, [which]: setShare(r[which], k, v) } : r,
  );
  return { ...s, classRows };
}

/** Typing a class probability: kept as text; a valid one renormalises the row. */
export function editShare(
  s: ExploreWork,
  index: number,
  which: 'y' | 'yHat',
  k: number,
  text: string,
): ExploreWork {
  const row = s.classRows[index];
  if (!row) return s;
  const drafts = { ...s.drafts, [`${row.id}.${which}${k}`]: text };
  const r = parseShare(text);
  if (!r.ok) return { ...s, drafts };
  return { ...setShareOf(s, index, which, k, r.value), drafts };
}

export function setTrueClass<S extends ExploreState>(s: S, index: number, k: number): S {
  const classRows = s.classRows.map((r, i) =>
    i === index ? { ...r, y: oneHot(k, s.classes) } : r,
  );
  return { ...s, classRows };
}

export const clearNotice = (s: ExploreWork): ExploreWork => ({ ...s, notice: null });

export { normalize };
