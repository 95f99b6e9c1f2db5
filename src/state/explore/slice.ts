// The Explore tab's state: plain serializable inputs and settings (never tensors, never
// derived curves) in `explore`, what a link or an undo step restores; the typed drafts and the
// notice in `exploreRuntime`, which neither the URL nor undo listens to. Owned by the Explore
// feature; combined into the app store in ../store.ts. The logic is in ./reducers.ts (pure,
// tested, over both parts together); each action applies one reducer and writes back only the
// parts it changed, so a draft keystroke never wakes the URL sync.
import type { StateCreator } from 'zustand/vanilla';
import type { LossId, ParamId } from '../../math/losses/types';
import type { Field } from './cells';
import type { BinaryForm, PresetId, Task, View } from './model';
import * as R from './reducers';
import { pasteRows } from './paste';

export type { ExploreRuntime, ExploreState } from './reducers';
export { initialExplore, initialExploreRuntime } from './reducers';

export interface ExploreActions {
  setTask(task: Task): void;
  setForm(form: BinaryForm): void;
  selectRow(index: number): void;
  addRow(): void;
  deleteRow(index: number): void;
  editCell(rowId: number, field: Field, text: string): void;
  blurCell(draftKey: string, valid: boolean): void;
  setYHat(index: number, value: number): void;
  setLabel(index: number, y: number): void;
  toggleLoss(id: LossId): void;
  setActive(id: LossId): void;
  setParam(id: ParamId, value: number): void;
  setView(view: View): void;
  setMarginUnit(unit: 'bits' | 'nats'): void;
  applyPreset(preset: PresetId): void;
  setClasses(classes: number): void;
  setShare(index: number, which: 'y' | 'yHat', k: number, v: number): void;
  editShare(index: number, which: 'y' | 'yHat', k: number, text: string): void;
  setTrueClass(index: number, k: number): void;
  clearNotice(): void;
  pasteRows(index: number, pairs: [number, number][]): void;
}

export interface ExploreSlice {
  explore: R.ExploreState;
  exploreRuntime: R.ExploreRuntime;
  exploreActions: ExploreActions;
}

/** The serialised part of a reducer's result; the old object when no field of it changed. */
function settingsOf(w: R.ExploreWork, old: R.ExploreState): R.ExploreState {
  const next = R.settingsOf(w);
  const keys = Object.keys(next) as (keyof R.ExploreState)[];
  return keys.every((k) => next[k] === old[k]) ? old : next;
}

/** Splits a reducer's result back into the two parts, keeping each unchanged one as it was. */
export function splitWork(
  w: R.ExploreWork,
  st: Pick<ExploreSlice, 'explore' | 'exploreRuntime'>,
): Pick<ExploreSlice, 'explore' | 'exploreRuntime'> {
  const rt = st.exploreRuntime;
  return {
    explore: settingsOf(w, st.explore),
    exploreRuntime:
      w.drafts === rt.drafts && w.notice === rt.notice ? rt : { drafts: w.drafts, notice: w.notice },
  };
}

export const createExploreSlice: StateCreator<ExploreSlice, [], [], ExploreSlice> = (set) => {
  const on =
    <A extends unknown[]>(f: (s: R.ExploreWork, ...a: A) => R.ExploreWork) =>
    (...a: A) =>
      set((st) => splitWork(f({ ...st.explore, ...st.exploreRuntime }, ...a), st));
  return {
    explore: R.initialExplore(),
    exploreRuntime: R.initialExploreRuntime(),
    exploreActions: {
      setTask: on(R.setTask),
      setForm: on(R.setForm),
      selectRow: on(R.selectRow),
      addRow: on(R.addRow),
      deleteRow: on(R.deleteRow),
      editCell: on((s, rowId: number, field: Field, text: string) =>
        R.editCell(s, { rowId, field, text }),
      ),
      blurCell: on(R.blurCell),
      setYHat: on(R.setYHat),
      setLabel: on(R.setLabel),
      toggleLoss: on(R.toggleLoss),
      setActive: on(R.setActive),
      setParam: on(R.setParam),
      setView: on(R.setView),
      setMarginUnit: on((s, marginUnit: 'bits' | 'nats') => ({ ...s, marginUnit })),
      applyPreset: on(R.applyPreset),
      setClasses: on(R.setClasses),
      setShare: on(R.setShareOf),
      editShare: on(R.editShare),
      setTrueClass: on(R.setTrueClass),
      clearNotice: on(R.clearNotice),
      pasteRows: on(pasteRows),
    },
  };
};
