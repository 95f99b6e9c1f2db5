// The drag behaviour of a chart element with React pointer events: one pointer drags (mouse,
// pen or the first finger; a second finger is ignored), the element captures it, so the drag
// goes on outside the element. Hover (moves without a press) is reported too, for crosshairs.
import { useRef, useState, type PointerEvent } from 'react';

export interface PointerDragOptions<E extends Element> {
  /** False: a press does not start a drag (hover is still reported). */
  enabled: boolean;
  onStart(e: PointerEvent<E>): void;
  onDrag(e: PointerEvent<E>): void;
  onEnd(): void;
  /** Every primary move, dragging or not. */
  onHover?(e: PointerEvent<E>, dragging: boolean): void;
}

export interface PointerDragHandlers<E extends Element> {
  onPointerDown(e: PointerEvent<E>): void;
  onPointerMove(e: PointerEvent<E>): void;
  onPointerUp(e: PointerEvent<E>): void;
  onPointerCancel(e: PointerEvent<E>): void;
}

export function usePointerDrag<E extends Element>(o: PointerDragOptions<E>) {
  const [dragging, setDragging] = useState(false);
  // The handlers read the ref, so a move right after the press already counts as a drag.
  const held = useRef(false);
  const end = (e: PointerEvent<E>) => {
    if (!e.isPrimary || !held.current) return;
    held.current = false;
    setDragging(false);
    o.onEnd();
  };
  const handlers: PointerDragHandlers<E> = {
    onPointerDown: (e) => {
      if (!o.enabled || e.button !== 0 || !e.isPrimary) return;
      e.currentTarget.setPointerCapture(e.pointerId);
      held.current = true;
      setDragging(true);
      o.onStart(e);
    },
    onPointerMove: (e) => {
      if (!e.isPrimary) return;
      if (held.current) o.onDrag(e);
      o.onHover?.(e, held.current);
    },
    onPointerUp: end,
    onPointerCancel: end,
  };
  return { dragging, handlers };
}
