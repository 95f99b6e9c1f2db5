// The surface for a problem and a view window, from the surface engine (a worker; the latest
// request wins, stale ones are dropped). While a Train data point is dragged, the surface follows
// the hand: each frame is the last exact surface with one point's term replaced (math's
// startDragSurface, O(G²) on the main thread), asked for by the pointer's move itself
// (pointMoves), and the exact surface is recomputed on release.
// Derived data: never stored in the app state.
import { startTransition, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { DragSurface, ModelProblem } from '../../math';
import { selectDragging } from '../../state/selectors';
import { useAppStore, useAppStoreApi } from '../../state/StoreProvider';
import { useMath } from '../../state/useMath';
import { surfaceEngine } from '../../state/surfaceEngineLoader';
import { createLiveGrid, type LiveGrid } from './liveGrid';
import { pointMoves } from './pointMoves';
import { axis, type Grid, type Window } from './surfaceGeometry';

/** The problem a surface is drawn for: the math API's own (one declaration). */
export type LandscapeProblem = ModelProblem;

export interface SurfaceState {
  grid: Grid | null;
  pending: boolean;
  ms: number | null;
  error: string | null;
  /** The drag's live frames, pushed to the canvas before React renders them. */
  live: LiveGrid;
}

export function useSurface(
  problem: LandscapeProblem | null,
  view: Window | null,
  g: number,
  /** Views that share the engine at once (small multiples) each use their own channel. */
  channel = 'default',
): SurfaceState {
  const store = useAppStoreApi();
  const [live] = useState(createLiveGrid);
  const [state, setState] = useState<Omit<SurfaceState, 'live'>>({
    grid: null,
    pending: false,
    ms: null,
    error: null,
  });
  const req = useMemo(
    () => (problem && view ? { ...problem, w: axis(view.w, g), b: axis(view.b, g) } : null),
    [problem, view, g],
  );
  const dragging = useAppStore(selectDragging) !== null;
  const following = useDragFrames(req, dragging, state, setState, live);
  useEffect(() => {
    // During a drag the live frames draw; the exact surface follows on release.
    if (!req || following) return;
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
  }, [req, store, channel, following]);
  return useMemo(() => ({ ...state, live }), [state, live]);
}

type Req = LandscapeProblem & { w: number[]; b: number[] };

/** A drag frame asked for by the store's move, before React rendered it. */
interface Ahead {
  x: number;
  y: number;
  values: Promise<Float32Array>;
  painted: boolean;
}

/** The one data point in which `next` differs from `base` on the same grid, or −1 when not one. */
export function movedPoint(base: Req, next: Req): number {
  if (base.w !== next.w && base.w.join() !== next.w.join()) return -1;
  if (base.b !== next.b && base.b.join() !== next.b.join()) return -1;
  if (base.x.length !== next.x.length || base.loss !== next.loss || base.model !== next.model)
    return -1;
  if (
    JSON.stringify([base.params, base.regularization]) !==
    JSON.stringify([next.params, next.regularization])
  )
    return -1;
  let k = -1;
  for (let i = 0; i < base.x.length; i++) {
    if (base.x[i] === next.x[i] && base.y[i] === next.y[i]) continue;
    if (k >= 0) return -1;
    k = i;
  }
  return k;
}

/**
 * Live frames while a point is dragged: from the last exact surface (kept here), S₋ᵢ is taken
 * once per dragged point, and each new request draws (S₋ᵢ + ℓᵢ(new)) / M; the latest frame
 * wins. Returns whether the live path is drawing (the engine then waits for the release).
 */
function useDragFrames(
  req: Req | null,
  dragging: boolean,
  state: Omit<SurfaceState, 'live'>,
  setState: (s: Omit<SurfaceState, 'live'>) => void,
  live: LiveGrid,
): boolean {
  const math = useMath();
  const store = useAppStoreApi();
  const [base, setBase] = useState<{ req: Req; values: Float32Array } | null>(null);
  const drag = useRef<{ k: number; base: Req; surface: DragSurface } | null>(null);
  const seq = useRef(0);
  const ahead = useRef<Ahead | null>(null);
  /** The store's index of the dragged point, once it is known to be the request's k-th. */
  const held = useRef<number | null>(null);
  /** The grid's axes (frozen during the drag). */
  const axes = useRef<{ w: number[]; b: number[] } | null>(null);
  // The last exact surface is the one the engine drew while no drag was running.
  if (
    !dragging &&
    req &&
    state.grid &&
    !state.pending &&
    state.grid.w === req.w &&
    base?.values !== state.grid.values
  )
    setBase({ req, values: state.grid.values });
  const k = dragging && req && base && math ? movedPoint(base.req, req) : -1;
  const on = k >= 0;
  // A layout effect: the frame is asked for in the commit of the move, not a task later (the
  // frame's wasm work is short, and its canvas paint then lands in the move's own frame).
  useLayoutEffect(() => {
    if (!on || !req || !base || !math) return;
    let cur = drag.current;
    if (!cur || cur.k !== k || cur.base !== base.req) {
      cur?.surface.dispose();
      try {
        cur = { k, base: base.req, surface: math.startDragSurface(base.req, k, base.values) };
      } catch {
        return;
      }
      drag.current = cur;
    }
    const { trainRuntime, train } = store.getState();
    const dragging = trainRuntime.dragging;
    const p = dragging === null ? undefined : train.points[dragging];
    held.current = p && p.x === req.x[k] && p.y === req.y[k] ? dragging : null;
    axes.current = { w: req.w, b: req.b };
    const n = ++seq.current;
    const x = req.x[k];
    const y = req.y[k];
    // The store's move asked for this frame already (and may have painted it): not twice.
    const pre = ahead.current?.x === x && ahead.current.y === y ? ahead.current : null;
    ahead.current = null;
    (pre?.values ?? cur.surface.frame(x, y))
      .then((values) => {
        if (n !== seq.current) return;
        const grid = { w: req.w, b: req.b, values };
        // The canvas now; the rest of the view (contours, minimum) in an interruptible render.
        if (!pre?.painted) live.push(grid);
        startTransition(() => setState({ grid, pending: true, ms: null, error: null }));
      })
      .catch(() => undefined); // out of range: the exact surface on release says why
  }, [on, k, req, base, math, setState, live, store]);
  // Ahead of React: once the dragged point is known, each move of it asks for its frame at once
  // and paints it, so the surface does not wait for the render of the move. A pointer's move
  // comes straight from its handler (pointMoves), before the store hears of it; a key's move
  // (and any other) from the store.
  useEffect(() => {
    if (!on) return;
    const ask = (i: number, x: number, y: number) => {
      const cur = drag.current;
      const ax = axes.current;
      if (i !== held.current || !cur || !ax || store.getState().trainRuntime.dragging !== i) return;
      // The handler's move already asked for this very point.
      if (ahead.current?.x === x && ahead.current.y === y) return;
      const n = ++seq.current;
      const a: Ahead = { x, y, values: cur.surface.frame(x, y), painted: false };
      ahead.current = a;
      a.values
        .then((values) => {
          if (n !== seq.current) return;
          a.painted = true;
          live.push({ w: ax.w, b: ax.b, values });
        })
        .catch(() => undefined);
    };
    const fromStore = store.subscribe((s, prev) => {
      const i = held.current;
      if (i === null || s.train.points === prev.train.points) return;
      const p = s.train.points[i];
      if (p) ask(i, p.x, p.y);
    });
    const fromPointer = pointMoves(store).listen((m) => ask(m.i, m.x, m.y));
    return () => {
      fromStore();
      fromPointer();
    };
  }, [on, store, live]);
  // The drag ends (or the hook goes): S₋ᵢ is freed.
  useEffect(() => {
    if (on) return;
    drag.current?.surface.dispose();
    drag.current = null;
    held.current = null;
    ahead.current = null;
  }, [on]);
  useEffect(() => () => drag.current?.surface.dispose(), []);
  return on;
}
