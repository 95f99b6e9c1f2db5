// Undo and redo for one app store (issue 10), loaded after the first paint (./undo.ts). A step
// is recorded where the URL history would make one (state/url/history.ts): a discrete change (tab, preset, loss, optimizer…) is a step
// at once; continuous ones (dragging, typing, sliders) become one step per gesture, once the
// pointer is up and the edits pause. Undo applies a recorded state as a followed link would
// (urlPatch), and that is not recorded again. Embedded views have their own store, so their own
// history.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AppState, AppStore } from '../appState';
import { urlPatch } from '../url/apply';
import { createEditTracker, REPLACE_DEBOUNCE_MS } from '../url/editTracker';
import { decodeHash, draftOf, encodeHash } from '../url/urlState';
import { commit, emptyStack, redo, undo, withPresent, type UndoStack } from './stack';
import type { UndoController, UndoStatus } from './undo';

export type { UndoController, UndoStatus } from './undo';

const hashOf = (s: AppState) => encodeHash(draftOf(s));

/**
 * The undo history of a store. `from`: the state it started with, when the history is made
 * later (after the first paint); the changes since then are the first step. `status`: the
 * buttons' store, when they already have one.
 */
export function createUndo(
  store: AppStore,
  debounceMs = REPLACE_DEBOUNCE_MS,
  from: AppState = store.getState(),
  status: StoreApi<UndoStatus> = createStore<UndoStatus>()(() => ({
    canUndo: false,
    canRedo: false,
  })),
): UndoController {
  let stack = emptyStack(hashOf(from));

  const set = (next: UndoStack) => {
    stack = next;
    const canUndo = next.past.length > 0;
    const canRedo = next.future.length > 0;
    const now = status.getState();
    if (now.canUndo !== canUndo || now.canRedo !== canRedo) status.setState({ canUndo, canRedo });
  };
  const edits = createEditTracker(store, {
    debounceMs,
    // A gesture still pending ended just before this change: it is a step of its own.
    onDiscrete: (s, prev, settled) => {
      if (settled) set(commit(stack, hashOf(prev)));
      set(commit(stack, hashOf(s)));
    },
    onSettle: () => set(commit(stack, hashOf(store.getState()))),
  });
  /** Ends the gesture in progress: the state now is a step (when it differs). */
  const flush = () => {
    if (edits.settle()) set(commit(stack, hashOf(store.getState())));
  };

  const apply = (next: UndoStack | null): boolean => {
    if (!next) return false;
    edits.applying(() =>
      store.setState(urlPatch(store.getState(), decodeHash(next.present), false)),
    );
    set(withPresent(next, hashOf(store.getState())));
    return true;
  };

  return {
    status,
    attach() {
      // Changes made while detached (none, normally) are one step.
      set(commit(stack, hashOf(store.getState())));
      const unsubscribe = edits.listen();
      return () => {
        unsubscribe();
        flush();
      };
    },
    hold: (on) => edits.hold(on),
    undo() {
      flush();
      return apply(undo(stack));
    },
    redo() {
      flush();
      return apply(redo(stack));
    },
  };
}
