// A replay's frame drawn outside React (issue 15). While the replay plays, the figures of the step
// keep the React render of the step where it started (useHeldStep; the readouts and the log take
// a newer one at most every `throttleMs`), and what moves each step — the fit line and its pulls,
// the optimizer path's head, the epoch cursor — is painted by a store subscription straight onto
// the elements React rendered (useReplayPaint), as liveGrid.ts paints the heatmap. On pause, stop
// or a new run React renders the step again, through the same geometry functions, and the painter
// repaints React's picture once after that commit (so attributes only the painter sets, such as
// a hidden head, are put back).
import { createContext, useContext, useEffect, useLayoutEffect, useRef } from 'react';
import { useAppStore } from '../../state/StoreProvider';
import type { AppState, AppStore } from '../../state/store';

/** The line model's fit and pulls at a step of the current path (null: none at that step). */
export type LineAt = (step: number) => { fit: { w: number; b: number }; pull: number[] } | null;

/**
 * What the Train workspace (TrainLayout) shares with its figures: its presence says that they
 * show the store's replayed step, and `lineAt` (set by useLineStep) gives the data chart the fit
 * at any step without a React render.
 */
export interface ReplayChannel {
  /** The store whose replayed step the figures follow. */
  store: AppStore;
  lineAt: LineAt | null;
}

export const ReplayContext = createContext<ReplayChannel | null>(null);

/** Offers the line model's fit at any step to the workspace's data chart; returns the undo. */
export function offerLineAt(channel: ReplayChannel, at: LineAt): () => void {
  channel.lineAt = at;
  return () => {
    if (channel.lineAt === at) channel.lineAt = null;
  };
}

/**
 * True where the landscape's paths are those of the store's replay (the Train tab's run and its
 * comparisons: LandscapeSlot in the workspace); they then paint its frames (pathPaint).
 */
export const PathReplayContext = createContext<ReplayChannel | null>(null);

export function useReplayChannel(): ReplayChannel | null {
  return useContext(ReplayContext);
}

/**
 * The step React shows, clamped to the run (0 before one): the store's step, except while the
 * replay plays: then the step where it started (throttleMs = Infinity) or the store's step taken
 * at most every throttleMs. A replay's frame thus re-renders nothing that reads this. With
 * follow false, 0 (a holder that does not follow the step at all).
 */
export function useHeldStep(last: number, throttleMs = Infinity, follow = true): number {
  const held = useRef({ step: -1, t: 0 });
  const step = useAppStore((s: AppState) => {
    if (!follow) return 0;
    const { step: now, playing } = s.trainRuntime;
    const h = held.current;
    const t = performance.now();
    if (!playing || h.step < 0 || t - h.t >= throttleMs) {
      h.step = now;
      h.t = t;
    }
    return h.step;
  });
  return Math.max(0, Math.min(step, last));
}

/**
 * Paints `paint(step)` on each step the replay reaches while playing (inside the frame's
 * callback, before style and layout), and `again()` after each React commit that follows such a
 * paint (React's own picture, through the same geometry). Off without a channel (outside the
 * Train workspace: embeds, tests).
 */
export function useReplayPaint(
  channel: ReplayChannel | null | false,
  paint: (step: number) => void,
  again: () => void,
) {
  const store = channel ? channel.store : null;
  const painted = useRef(false);
  const latest = useRef({ paint, again });
  useLayoutEffect(() => {
    latest.current = { paint, again };
    if (!painted.current) return;
    painted.current = false;
    again();
  });
  useEffect(() => {
    if (!store) return;
    let prev = store.getState().trainRuntime.step;
    return store.subscribe((s) => {
      const { step, playing } = s.trainRuntime;
      if (!playing || step === prev) return;
      prev = step;
      painted.current = true;
      latest.current.paint(step);
    });
  }, [store]);
}
