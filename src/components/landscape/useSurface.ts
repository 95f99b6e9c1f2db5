// The surface for a problem and a view window, from the surface engine (a worker; the latest
// request wins, stale ones are dropped). Derived data: never stored in the app state.
import { useEffect, useMemo, useState } from 'react';
import type { LossId, LossParams, ModelKind, Regularization } from '../../math';
import { useAppStoreApi } from '../../state/StoreProvider';
import { surfaceEngine } from '../../state/surfaceEngineLoader';
import { axis, type Grid, type Window } from './surfaceGeometry';

export interface LandscapeProblem {
  model: ModelKind;
  x: number[];
  y: number[];
  loss: LossId;
  params?: LossParams;
  regularization?: Regularization;
}

export interface SurfaceState {
  grid: Grid | null;
  pending: boolean;
  ms: number | null;
  error: string | null;
}

export function useSurface(
  problem: LandscapeProblem | null,
  view: Window | null,
  g: number,
  /** Views that share the engine at once (small multiples) each use their own channel. */
  channel = 'default',
): SurfaceState {
  const store = useAppStoreApi();
  const [state, setState] = useState<SurfaceState>({
    grid: null,
    pending: false,
    ms: null,
    error: null,
  });
  const req = useMemo(
    () => (problem && view ? { ...problem, w: axis(view.w, g), b: axis(view.b, g) } : null),
    [problem, view, g],
  );
  useEffect(() => {
    if (!req) return;
    let live = true;
    setState((s) => ({ ...s, pending: true }));
    void surfaceEngine(store).then(async (engine) => {
      if (!engine || !live) return;
      try {
        const r = await engine.compute(req, channel);
        if (live)
          setState({
            grid: { w: req.w, b: req.b, values: r.values },
            pending: false,
            ms: r.ms,
            error: null,
          });
      } catch (err) {
        if ((err as Error).name === 'AbortError' || !live) return;
        setState((s) => ({ ...s, pending: false, error: (err as Error).message }));
      }
    });
    return () => {
      live = false;
    };
  }, [req, store, channel]);
  return state;
}
