// The Train data chart's behaviour: a point is dragged (usePointerDrag, the app's one drag
// mechanism), moved with the arrow keys (Shift: ×10), removed with Delete or Alt+click; a click
// on empty space adds one. While a point is held the axes stay put (else it would run from the
// pointer) and the store knows which point it is (the landscape follows it: useSurface's live
// frames from setDragging's start to its release). The handlers are stable and read the point's
// index from its data-index, so the memoised marks keep them across moves. A move paints at once
// what the hand holds (the circle, set on the element; the surface's live frame, through
// pointMoves) and hands the store the move in a task after the frame, latest wins (latestWins):
// React's render of the rest does not hold the move's frame. The release stores the last move.
import {
  useCallback,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
  type RefObject,
} from 'react';
import { useAppStoreApi } from '../../state/StoreProvider';
import type { Point } from '../../state/train/presets';
import { usePointerDrag } from '../charts/usePointerDrag';
import { pointMoves } from '../landscape/pointMoves';
import type { Domain } from './dataDomain';
import { keyMove, pointAt, type LineModel, type Plot } from './dataGeometry';
import { latestWins } from './latestWins';

/** What the handlers read at the time of an event (the component writes it each render). */
export interface EditView {
  plot: Plot;
  points: Point[];
  model: LineModel;
  /** The domain of the data now (frozen at a drag's start). */
  live: Domain;
  /** The domain on screen. */
  view: Domain;
}

/** The pointer's position in the plot group's coordinates (as d3's pointer() gives it). */
export function localXY(e: { clientX: number; clientY: number }, node: SVGGraphicsElement | null) {
  const m = node?.getScreenCTM();
  if (!m) return [e.clientX, e.clientY] as const;
  const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(m.inverse());
  return [p.x, p.y] as const;
}

const indexOf = (e: { currentTarget: Element }) =>
  Number((e.currentTarget as SVGElement).dataset.index);

/** Moves point i's marks (its circle, its touch hit circle) to (cx, cy) ahead of React's render. */
export function placeMarks(plot: Element | null, i: number, cx: number, cy: number) {
  plot?.querySelectorAll(`circle[data-index="${i}"]`).forEach((c) => {
    c.setAttribute('cx', String(cx));
    c.setAttribute('cy', String(cy));
  });
}

export function usePointEditing(
  plotRef: RefObject<SVGGElement | null>,
  latest: RefObject<EditView | null>,
) {
  const store = useAppStoreApi();
  const [frozen, setFrozen] = useState<Domain | null>(null);
  // The point held and its centre's offset from the pointer: grabbing the edge of a hit circle
  // moves the point with the finger instead of making it jump under it.
  const grab = useRef<{ i: number; dx: number; dy: number } | null>(null);
  // The store hears of a drag's moves once per task after the frame, the latest only.
  const [moves] = useState(() => ({
    live: pointMoves(store),
    store: latestWins<{ i: number; p: Point }>(({ i, p }) =>
      store.getState().trainActions.movePoint(i, p),
    ),
  }));
  const at = (e: PointerEvent<Element>) => localXY(e, plotRef.current);
  const { handlers } = usePointerDrag<SVGCircleElement>({
    accept: (e) => !e.altKey,
    touchScope: plotRef,
    onStart: (e) => {
      const v = latest.current;
      if (!v) return;
      const i = indexOf(e);
      const { plot, live } = v;
      const p = v.points[i];
      const [px, py] = at(e);
      moves.store.flush();
      grab.current = { i, dx: p ? plot.sx(p.x) - px : 0, dy: p ? plot.sy(p.y) - py : 0 };
      setFrozen(live);
      store.getState().trainActions.setDragging(i);
    },
    onDrag: (e) => {
      const g = grab.current;
      const v = latest.current;
      if (!g || !v) return;
      const { plot, points, model } = v;
      const [px, py] = at(e);
      const next = pointAt(px + g.dx, py + g.dy, plot, model, points[g.i]?.label);
      placeMarks(plotRef.current, g.i, plot.sx(next.x), plot.sy(next.y));
      moves.live.send({ i: g.i, x: next.x, y: next.y });
      moves.store.push({ i: g.i, p: next });
    },
    onEnd: () => {
      moves.store.flush();
      grab.current = null;
      setFrozen(null);
      store.getState().trainActions.setDragging(null);
    },
  });

  const onKeyDown = useCallback(
    (e: KeyboardEvent<SVGCircleElement>) => {
      const i = indexOf(e);
      const p = latest.current?.points[i];
      if (!p || !latest.current) return;
      const { view, model } = latest.current;
      const a = store.getState().trainActions;
      if (e.key === 'Delete' || e.key === 'Backspace') {
        e.preventDefault();
        const host = e.currentTarget.parentElement;
        a.removePoint(i);
        // Focus stays in the chart: on the next point, or the previous when the last went.
        requestAnimationFrame(() => {
          const circles = host?.querySelectorAll<SVGCircleElement>('circle.pt');
          circles?.[Math.min(i, circles.length - 1)]?.focus();
        });
        return;
      }
      const next = keyMove(p, e.key, e.shiftKey, view, model);
      if (next) {
        e.preventDefault();
        a.movePoint(i, next);
      }
    },
    [store, latest],
  );
  const onClick = useCallback(
    (e: MouseEvent<SVGCircleElement>) => {
      if (e.altKey) store.getState().trainActions.removePoint(indexOf(e));
    },
    [store],
  );
  // One stable object for every mark (memo compares it by identity).
  const pointer = useMemo(() => ({ ...handlers, onClick }), [handlers, onClick]);
  const marks = useMemo(() => ({ pointer, onKeyDown }), [pointer, onKeyDown]);

  /** A click on empty space adds a point there (Shift+click: the other class, for the MLP). */
  const addAt = (e: MouseEvent<SVGRectElement>, newClass: 0 | 1) => {
    const r = e.currentTarget.getBoundingClientRect();
    if (!latest.current) return;
    const { plot, model } = latest.current;
    const cls = e.shiftKey ? (newClass === 1 ? 0 : 1) : newClass;
    const p = pointAt(
      e.clientX - r.left,
      e.clientY - r.top,
      plot,
      model,
      model === 'mlp' ? cls : undefined,
    );
    store.getState().trainActions.addPoint(p);
  };
  return { frozen, marks, addAt };
}

export type MarkHandlers = ReturnType<typeof usePointEditing>['marks'];
