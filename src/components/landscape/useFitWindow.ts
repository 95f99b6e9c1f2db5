// The landscape's fitted window and when it may change. It is frozen while a data point is
// dragged and while a run replays; it re-fits on release, on a new data set (or model), when a
// comparison's paths arrive (so every path's start and end are in frame), and on Fit. A new
// learning rate or loss keeps the frame, so the minimum's move (MSE → MAE) is seen in place.
import { useCallback, useState } from 'react';
import { fitWindow, type PathPoints } from './pathGeometry';
import type { Window } from './surfaceGeometry';

export interface FitState {
  base: Window;
  /** The data key and the comparison the window was fitted to. */
  key: string;
  compare: string;
}

/**
 * Whether the window fitted for `prev` must be re-fitted for (key, compare): never while frozen;
 * on a new key; on a new comparison once its paths are there (`ready`), or when it is turned off.
 */
export function needsRefit(
  prev: Pick<FitState, 'key' | 'compare'>,
  next: { key: string; compare: string; ready: boolean; frozen: boolean },
): boolean {
  if (next.frozen) return false;
  if (prev.key !== next.key) return true;
  return prev.compare !== next.compare && (next.compare === '' || next.ready);
}

export function useFitWindow(
  paths: PathPoints[],
  key: string,
  /** The comparison shown ('' for none); its paths are ready when there is more than one path. */
  compare: string,
  frozen: boolean,
): { base: Window; fit(): void } {
  const ready = paths.length > 1;
  // A comparison whose paths are still computing is not fitted yet: it re-fits when they come.
  const [state, setState] = useState<FitState>(() => ({
    base: fitWindow(paths),
    key,
    compare: ready ? compare : '',
  }));
  // React's "adjust state while rendering" pattern: the refit lands in the same render.
  if (needsRefit(state, { key, compare, ready, frozen }))
    setState({ base: fitWindow(paths), key, compare });
  const fit = useCallback(
    () => setState({ base: fitWindow(paths), key, compare }),
    [paths, key, compare],
  );
  return { base: state.base, fit };
}
