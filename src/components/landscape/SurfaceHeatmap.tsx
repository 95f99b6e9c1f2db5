// The loss surface over (w, b): a canvas heatmap (ImageData, as TensorFlow Playground does) under
// an SVG overlay with d3 contours, axes, the grid minimum, the optimizers' paths and the current
// points. d3-zoom owns zoom/pan/pinch on the overlay; the view window goes up to the parent,
// which recomputes the grid for it. Click restarts a run from that point.
import type { ScaleLinear } from 'd3-scale';
import type { ParseKeys } from 'i18next';
import { memo, useId, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Axis } from '../charts/Axis';
import { fmt } from '../charts/format';
import { PathLayer } from './PathLayer';
import type { LiveGrid } from './liveGrid';
import {
  coarseGrid,
  contourLevels,
  contourPaths,
  gridMinimum,
  valueTransform,
  type Grid,
  type Window,
} from './surfaceGeometry';
import { useHeatmapCanvas, useSurfaceCursor, useZoomWindow } from './useHeatmapView';

export interface LandscapePath {
  id: string;
  label: string;
  color: string;
  /** SVG stroke-dasharray ('' = solid): colour is never the only cue between paths. */
  dash?: string;
  w: number[];
  b: number[];
  /** The loss at each step, where the caller has it (for the data table). */
  loss?: number[];
  divergedAt?: number;
}

export interface SurfaceHeatmapProps {
  grid: Grid | null;
  /** The window the parent asked for; zoom and pan start from it. */
  base: Window;
  paths: LandscapePath[];
  step: number;
  width: number;
  height: number;
  labels: { w: string; b: string; loss: string; minimum: string; summary: string };
  /** Short names of the two axes in the tooltip (default w and b; α and β on an MLP slice). */
  symbols?: { w: string; b: string };
  onView(win: Window): void;
  onPick?(w: number, b: number): void;
  onHover?(p: { w: number; b: number; loss: number } | null): void;
  /** Extra geometry drawn under the paths in the current scales (regularisation, batch). */
  layers?(x: ScaleLinear<number, number>, y: ScaleLinear<number, number>): ReactNode;
  /** The grid minimum's cross (off when a layer marks refined minima instead). */
  showMinimum?: boolean;
  /** A drag's live frames: painted on the canvas as they arrive. */
  live?: LiveGrid | null;
  /** During a drag: contours from a coarser grid (≤ COARSE_G a side), exact on release. */
  coarse?: boolean;
}

/** The side of the grid the contours are traced on during a drag. */
export const COARSE_G = 64;

/** The i18n keys of a surface's axis, value and minimum labels: w, b, loss, minimum. */
export type SurfaceLabelKeys = readonly [ParseKeys, ParseKeys, ParseKeys, ParseKeys];

/** A surface's labels (the heatmap's and the 3-D view's), translated once per language. */
export function useSurfaceLabels([w, b, loss, minimum]: SurfaceLabelKeys) {
  const { t } = useTranslation();
  return useMemo(
    () => ({ w: t(w), b: t(b), loss: t(loss), minimum: t(minimum) }),
    [t, w, b, loss, minimum],
  );
}

const M = { top: 10, right: 12, bottom: 42, left: 52 };

/** The window as a data attribute (4 significant digits): tests read it to see the frame hold. */
const windowAttr = (x: ScaleLinear<number, number>, y: ScaleLinear<number, number>) =>
  [...x.domain(), ...y.domain()].map((v) => Number(v.toPrecision(4))).join(',');

/** Memoised: a parent's re-render with the same surface, paths and sizes draws nothing again. */
export const SurfaceHeatmap = memo(function SurfaceHeatmap(props: SurfaceHeatmapProps) {
  const { grid, base, paths, step, width, height, labels, symbols = { w: 'w', b: 'b' } } = props;
  const clipId = `heatmap-clip-${useId().replace(/:/g, '')}`;
  const iw = Math.max(50, width - M.left - M.right);
  const ih = Math.max(50, height - M.top - M.bottom);
  const { x, y, overlayRef } = useZoomWindow(base, iw, ih, props.onView);
  const tr = useMemo(() => (grid ? valueTransform(grid.values) : null), [grid]);
  const canvasRef = useHeatmapCanvas(grid, tr, x, y, iw, ih, props.live);
  const { hover, cursor, handlers } = useSurfaceCursor(
    grid,
    x,
    y,
    overlayRef,
    props.onHover,
    props.onPick,
  );
  const coarse = !!props.coarse;
  const contours = useMemo(
    () =>
      grid && tr
        ? contourPaths(coarse ? coarseGrid(grid, COARSE_G) : grid, contourLevels(tr, 16), x, y)
        : [],
    [grid, tr, x, y, coarse],
  );
  const minimum = useMemo(() => (grid ? gridMinimum(grid) : null), [grid]);

  return (
    <div
      className="heatmap"
      style={{ width, height }}
      data-export=""
      data-window={windowAttr(x, y)}
      data-testid="heatmap"
    >
      <canvas
        ref={canvasRef}
        width={iw}
        height={ih}
        style={{ left: M.left, top: M.top, width: iw, height: ih }}
        aria-hidden="true"
      />
      <svg width={width} height={height} role="group" aria-label={labels.summary}>
        <defs>
          <clipPath id={clipId}>
            <rect width={iw} height={ih} />
          </clipPath>
        </defs>
        <g transform={`translate(${M.left},${M.top})`}>
          <g clipPath={`url(#${clipId})`}>
            {contours.map((c) => (
              <path key={c.level} d={c.d} className="contour" />
            ))}
            {props.layers?.(x, y)}
            {minimum && props.showMinimum !== false && (
              <g className="minimum" transform={`translate(${x(minimum.w)},${y(minimum.b)})`}>
                <title>{`${labels.minimum}: w = ${fmt(minimum.w)}, b = ${fmt(minimum.b)}, ${labels.loss} = ${fmt(minimum.value)}`}</title>
                <path d="M-7,0L7,0M0,-7L0,7" />
                <circle r={9} />
              </g>
            )}
            <PathLayer paths={paths} step={step} x={x} y={y} iw={iw} ih={ih} />
            {cursor && <circle className="cursor" cx={x(cursor.w)} cy={y(cursor.b)} r={7} />}
          </g>
          <Axis scale={x} orient="bottom" at={[0, ih]} label={labels.w} tickFormat={fmt} />
          <Axis scale={y} orient="left" label={labels.b} tickFormat={fmt} />
          <rect
            ref={overlayRef}
            className="heatmap-overlay"
            width={iw}
            height={ih}
            tabIndex={0}
            role="application"
            aria-roledescription="loss surface"
            aria-label={labels.summary}
            data-testid="surface-overlay"
            {...handlers}
          />
        </g>
      </svg>
      {hover && (
        <div
          className="heatmap-tip"
          data-testid="surface-tip"
          style={{ left: M.left + x(hover.w) + 12, top: M.top + y(hover.b) + 12 }}
        >
          {symbols.w} = {fmt(hover.w)}, {symbols.b} = {fmt(hover.b)}
          <br />
          {labels.loss} ≈ {fmt(hover.loss)}
        </div>
      )}
    </div>
  );
});
