// The one drag mechanism of the app's charts, with React pointer events: one pointer drags (mouse,
// pen or the first finger; a second finger is ignored), the element captures it, so the drag goes
// on outside the element. Hover (moves without a press) is reported too, for crosshairs.
// The handlers are stable (they read the latest options from a ref), so they can be passed to
// memoised marks: a chart of many points spreads the same four handlers on every point and tells
// them apart by the event's currentTarget.
import {
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type PointerEvent,
  type RefObject,
} from 'react';

export interface PointerDragOptions<E extends Element> {
  /** False: a press does not start a drag (hover is still reported). Default true. */
  enabled?: boolean;
  /** A further test of the press (e.g. not with Alt, which removes a point instead). */
  accept?(e: PointerEvent<E>): boolean;
  onStart(e: PointerEvent<E>): void;
  onDrag(e: PointerEvent<E>): void;
  onEnd(): void;
  /** Every primary move, dragging or not. */
  onHover?(e: PointerEvent<E>, dragging: boolean): void;
  /**
   * Where touch-action cannot stop the page from panning under a finger (Chromium ignores it on
   * SVG shapes): while a drag is held, touchmoves inside this element are cancelled instead.
   */
  touchScope?: RefObject<Element | null>;
}

export interface PointerDragHandlers<E extends Element> {
  onPointerDown(e: PointerEvent<E>): void;
  onPointerMove(e: PointerEvent<E>): void;
  onPointerUp(e: PointerEvent<E>): void;
  onPointerCancel(e: PointerEvent<E>): void;
}

/** Whether a press may start a drag: the primary pointer's main button, when enabled. */
export const startsDrag = (
  e: { button: number; isPrimary: boolean },
  enabled = true,
  accepted = true,
) => enabled && e.button === 0 && e.isPrimary && accepted;

export function usePointerDrag<E extends Element>(o: PointerDragOptions<E>) {
  const [dragging, setDragging] = useState(false);
  // The handlers read the ref, so a move right after the press already counts as a drag.
  const held = useRef(false);
  const opts = useRef(o);
  useLayoutEffect(() => {
    opts.current = o;
  });
  const handlers = useMemo<PointerDragHandlers<E>>(() => {
    const end = (e: PointerEvent<E>) => {
      if (!e.isPrimary || !held.current) return;
      held.current = false;
      setDragging(false);
      opts.current.onEnd();
    };
    return {
      onPointerDown: (e) => {
        const c = opts.current;
        if (!startsDrag(e, c.enabled, c.accept?.(e) ?? true)) return;
        e.currentTarget.setPointerCapture(e.pointerId);
        held.current = true;
        setDragging(true);
        c.onStart(e);
      },
      onPointerMove: (e) => {
        if (!e.isPrimary) return;
        if (held.current) opts.current.onDrag(e);
        opts.current.onHover?.(e, held.current);
      },
      onPointerUp: end,
      onPointerCancel: end,
    };
  }, []);
  const scope = o.touchScope;
  useEffect(() => {
    const el = scope?.current;
    if (!el) return;
    const stop = (e: Event) => {
      if (held.current && e.cancelable) e.preventDefault();
    };
    el.addEventListener('touchmove', stop, { passive: false });
    return () => el.removeEventListener('touchmove', stop);
  }, [scope]);
  return { dragging, handlers };
}
