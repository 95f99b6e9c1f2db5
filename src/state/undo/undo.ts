// Undo and redo for one app store (issue 10): a step is recorded where the URL history would
// make one (state/url/history.ts): a discrete change (tab, preset, loss, optimizer…) is a step
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

export interface UndoStatus {
  canUndo: boolean;
  canRedo: boolean;
}

export interface UndoController {
  /** Whether there is a step back or forward, for the buttons. */
  status: StoreApi<UndoStatus>;
  /** Starts recording the store's changes; returns the stop function. */
  attach(): () => void;
  /** A gesture (a pointer held down) is in progress: its edits wait for its end. */
  hold(on: boolean): void;
  undo(): boolean;
  redo(): boolean;
}

const hashOf = (s: AppState) => encodeHash(draftOf(s));

export function createUndo(store: AppStore, debounceMs = REPLACE_DEBOUNCE_MS): UndoController {
  let stack = emptyStack(hashOf(store.getState()));
  const status = createStore<UndoStatus>()(() => ({ canUndo: false, canRedo: false }));

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

const controllers = new WeakMap<AppStore, UndoController>();

/** The undo history of a store, created on first use. */
export function undoFor(store: AppStore): UndoController {
  let c = controllers.get(store);
  if (!c) controllers.set(store, (c = createUndo(store)));
  return c;
}
