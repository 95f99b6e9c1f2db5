// The state machine that the URL history (history.ts) and undo (undo/undo.ts) share: it tells a
// discrete change (the tab or a discrete field's value moved: a step of its own, at once) from a
// continuous one (dragging, typing, sliders: pending until the edits pause, or until the gesture
// holding them ends), and it ignores the store changes that its owner applies itself (a followed
// link, an undo step), which must not be recorded again.
import type { AppState, AppStore } from '../appState';
import { FIELDS, draftOf } from './urlState';

export const REPLACE_DEBOUNCE_MS = 300;
const DISCRETE = FIELDS.filter((f) => f.discrete);

/** What makes a change discrete: the tab and the discrete fields' values. */
export function signature(s: AppState): string {
  const d = draftOf(s);
  return [d.tab, ...DISCRETE.map((f) => f.write(f.get(d)))].join('|');
}

/** Whether a store change touches what a link carries. */
export const watched = (s: AppState, p: AppState) =>
  s.tab !== p.tab ||
  s.lang !== p.lang ||
  s.theme !== p.theme ||
  s.explore !== p.explore ||
  s.train !== p.train ||
  s.applications !== p.applications ||
  s.lesson !== p.lesson;

export interface EditHandlers {
  /**
   * A discrete change from `prev` to `s`. `settled` says whether continuous edits were pending
   * just before it: they ended at `prev` (they are settled now, without onSettle).
   */
  onDiscrete(s: AppState, prev: AppState, settled: boolean): void;
  /** The pending continuous edits paused long enough: the state now is theirs. */
  onSettle(): void;
  debounceMs: number;
  /** The longest continuous edits stay pending while they go on (no limit when omitted). */
  maxWaitMs?: number;
}

export interface EditTracker {
  /**
   * Starts following the store's changes; returns the stop function. With `from` (an earlier
   * state), the change from it to the state now is followed first, as one edit.
   */
  listen(from?: AppState): () => void;
  /** Ends the pending continuous edits now: true when there were some (onSettle is not called). */
  settle(): boolean;
  /** Whether continuous edits are pending. */
  readonly pending: boolean;
  /** A gesture (a pointer held down) is in progress: its edits stay pending until it ends. */
  hold(on: boolean): void;
  /** Runs a store change of the owner's own (not an edit): nothing is recorded for it. */
  applying(change: () => void): void;
}

export function createEditTracker(store: AppStore, handlers: EditHandlers): EditTracker {
  const { debounceMs, maxWaitMs = Infinity } = handlers;
  let lastSig = signature(store.getState());
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstPending = 0;
  let pending = false;
  let holding = false;
  let applying = false;

  const settle = (): boolean => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    firstPending = 0;
    const was = pending;
    pending = false;
    return was;
  };

  const schedule = () => {
    pending = true;
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (holding) return;
    const now = Date.now();
    if (!firstPending) firstPending = now;
    const wait = Math.max(0, Math.min(debounceMs, firstPending + maxWaitMs - now));
    timer = setTimeout(() => {
      if (settle()) handlers.onSettle();
    }, wait);
  };

  const onChange = (s: AppState, prev: AppState) => {
    if (applying || !watched(s, prev)) return;
    const sig = signature(s);
    if (sig === lastSig) return schedule();
    lastSig = sig;
    handlers.onDiscrete(s, prev, settle());
  };

  return {
    listen(from) {
      const now = store.getState();
      lastSig = signature(from ?? now);
      const stop = store.subscribe(onChange);
      if (from && from !== now) onChange(now, from);
      return stop;
    },
    settle,
    get pending() {
      return pending;
    },
    hold(on) {
      if (holding === on) return;
      holding = on;
      if (on) {
        if (timer !== null) clearTimeout(timer);
        timer = null;
      } else if (pending) schedule();
    },
    applying(change) {
      applying = true;
      try {
        change();
      } finally {
        applying = false;
      }
      lastSig = signature(store.getState());
    },
  };
}
