// LineChart's behaviour: the marker follows a pointer drag (snapped to its step) and the slider
// keys; the hover line follows the pointer. The marker's value lives with the caller (onChange);
// this hook holds only what the drag shows meanwhile: the hover x and the end it is held past.
import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { keyTarget, limitOf, snap, type SliderRange } from './lineGeometry';
import { usePointerDrag, type PointerDragHandlers } from './usePointerDrag';

export type MarkerPointerProps = PointerDragHandlers<SVGElement> & { onPointerLeave(): void };

export interface MarkerBehaviour extends SliderRange {
  onChange?(x: number): void;
  onDragChange?(dragging: boolean): void;
}

/** The left edge of the <svg> an event's target sits in, in client pixels (reads layout). */
function svgLeft(e: PointerEvent<SVGElement>): number {
  const svg = e.currentTarget.ownerSVGElement ?? (e.currentTarget as unknown as SVGSVGElement);
  return svg.getBoundingClientRect().left;
}

/**
 * `toX` turns a pixel x from the <svg>'s left edge into a data x; `xDomain` bounds the hover
 * line. Returns the hover x (null when the pointer is away), the limit shown while a drag is
 * held past an end of the marker's range, and the handlers for the plot and the marker.
 * The <svg>'s position is read at the press and kept while the drag is held: a move then reads
 * no layout (a read after the last frame's DOM changes would force a layout first, issue 15).
 */
export function useMarker(
  marker: MarkerBehaviour | undefined,
  toX: (px: number) => number,
  xDomain: [number, number],
) {
  const [hover, setHover] = useState<number | null>(null);
  /** While a drag is held past an end of the marker's range: that end, shown on the chart. */
  const [limit, setLimit] = useState<number | null>(null);
  /** The <svg>'s left edge, measured at the press; null when no drag is held. */
  const left = useRef<number | null>(null);
  const xOf = (e: PointerEvent<SVGElement>) => toX(e.clientX - (left.current ?? svgLeft(e)));
  const moveMarker = (v: number) =>
    marker?.onChange?.(snap(v, marker.step, marker.min, marker.max));
  const dragTo = (v: number) => {
    if (!marker) return;
    moveMarker(v);
    setLimit(limitOf(v, marker.min, marker.max));
  };
  const { dragging, handlers } = usePointerDrag<SVGElement>({
    enabled: !!marker?.onChange,
    onStart: (e) => {
      left.current = svgLeft(e);
      marker?.onDragChange?.(true);
      dragTo(xOf(e));
    },
    onDrag: (e) => dragTo(xOf(e)),
    onEnd: () => {
      left.current = null;
      setLimit(null);
      marker?.onDragChange?.(false);
    },
    onHover: (e, held) => {
      const v = xOf(e);
      const at = held && marker ? snap(v, marker.step, marker.min, marker.max) : v;
      setHover(Math.min(xDomain[1], Math.max(xDomain[0], at)));
    },
  });
  const onKeyDown = (e: KeyboardEvent<SVGElement>) => {
    if (!marker?.onChange) return;
    const to = keyTarget(e.key, marker);
    if (to === null) return;
    e.preventDefault();
    moveMarker(to);
  };
  const pointerProps: MarkerPointerProps = {
    ...handlers,
    onPointerLeave: () => {
      if (!dragging) setHover(null);
    },
  };
  return { hover, limit: dragging ? limit : null, pointerProps, onKeyDown };
}
