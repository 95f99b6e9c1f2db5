// The Train data chart's per-point marks, one memoised component each (issue 15): a drag moves
// one point, so a move re-renders that point's circle and label alone, not the 1,000 others.
// Props are primitives (pixels, data, held) and stable functions, which read the point's index
// from its data-index, so React.memo's shallow compare holds for every point the move left.
import { memo, type KeyboardEvent, type MouseEvent, type PointerEvent } from 'react';

/** The drag handlers (usePointerDrag's) and the Alt+click that removes: one stable object. */
export interface MarkPointer {
  onPointerDown(e: PointerEvent<SVGCircleElement>): void;
  onPointerMove(e: PointerEvent<SVGCircleElement>): void;
  onPointerUp(e: PointerEvent<SVGCircleElement>): void;
  onPointerCancel(e: PointerEvent<SVGCircleElement>): void;
  onClick(e: MouseEvent<SVGCircleElement>): void;
}

export interface PointMarkProps {
  index: number;
  /** The point's centre in pixels. */
  cx: number;
  cy: number;
  /** The point's data coordinates (for its name). */
  x: number;
  y: number;
  held: boolean;
  /** The MLP's class, if any. */
  cls?: 0 | 1;
  /** The point's accessible name; called only when this point re-renders. */
  labelOf: (n: number, x: number, y: number, held: boolean) => string;
  onKeyDown: (e: KeyboardEvent<SVGCircleElement>) => void;
  pointer: MarkPointer;
}

/** A data point: focusable, keyboard-movable, named for a screen reader. */
export const PointMark = memo(function PointMark(p: PointMarkProps) {
  return (
    <circle
      data-index={p.index}
      className={`pt${p.held ? ' held' : ''}${p.cls !== undefined ? ` cls${p.cls}` : ''}`}
      cx={p.cx}
      cy={p.cy}
      r={7}
      tabIndex={0}
      role="button"
      aria-label={p.labelOf(p.index + 1, p.x, p.y, p.held)}
      onKeyDown={p.onKeyDown}
      {...p.pointer}
    />
  );
});

/** The 44 px hit circle under a point on touch screens. */
export const HitMark = memo(function HitMark(p: {
  index: number;
  cx: number;
  cy: number;
  pointer: MarkPointer;
}) {
  return (
    <circle
      data-index={p.index}
      className="pt-hit"
      cx={p.cx}
      cy={p.cy}
      r={22}
      aria-hidden="true"
      {...p.pointer}
    />
  );
});

/** A training point's residual (fit → point) and, when longer than 1.5 px, its pull arrow. */
export const PullMark = memo(function PullMark(p: {
  x: number;
  y0: number;
  y1: number;
  /** The arrow's signed length in pixels (0: none). */
  pull: number;
  marker: string;
}) {
  return (
    <g>
      <line className="residual" x1={p.x} x2={p.x} y1={p.y0} y2={p.y1} />
      {p.pull !== 0 && (
        <line
          className="pull"
          x1={p.x}
          x2={p.x}
          y1={p.y0}
          y2={p.y0 + p.pull}
          markerEnd={p.marker}
        />
      )}
    </g>
  );
});
