// The undo history of each app store, as the header's buttons and the shortcuts see it. The
// history itself (./controller.ts, with the URL codec) loads after the first paint; until it is
// there nothing can be undone, and the changes made meanwhile become its first step.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AppStore } from '../appState';

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

/** A controller that loads the real one and forwards to it once it is there. */
function lazyUndo(store: AppStore): UndoController {
  const from = store.getState();
  const status = createStore<UndoStatus>()(() => ({ canUndo: false, canRedo: false }));
  let real: UndoController | null = null;
  let held = false;
  const ready = import('./controller').then(({ createUndo }) => {
    real = createUndo(store, undefined, from, status);
    if (held) real.hold(true);
    return real;
  });
  return {
    status,
    attach() {
      let stop: (() => void) | null = null;
      let gone = false;
      void ready.then((r) => {
        if (!gone) stop = r.attach();
      });
      return () => {
        gone = true;
        stop?.();
      };
    },
    hold(on) {
      held = on;
      real?.hold(on);
    },
    undo: () => real?.undo() ?? false,
    redo: () => real?.redo() ?? false,
  };
}

const controllers = new WeakMap<AppStore, UndoController>();

/** The undo history of a store, created on first use. */
export function undoFor(store: AppStore): UndoController {
  let c = controllers.get(store);
  if (!c) controllers.set(store, (c = lazyUndo(store)));
  return c;
}
