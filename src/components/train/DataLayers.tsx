// The Train data chart's layers, each drawing what dataGeometry computes: the MLP's decision
// heatmap (a canvas under the SVG, through ImageData as TensorFlow Playground paints it), the fit
// with residuals and pulls (clipped to the plot), and the points with their touch hit circles.
import { useEffect, useMemo, useRef, type Ref } from 'react';
import type { Point } from '../../state/train/presets';
import { decisionPixels } from './decisionGrid';
import { HitMark, PointMark, PullMark } from './DataPoints';
import {
  DATA_MARGIN,
  heatRect,
  heatValid,
  type Heat,
  type Plot,
  type PullGeom,
} from './dataGeometry';
import type { MarkHandlers } from './usePointEditing';

/** The MLP's p = σ(z) painted under the plot (the grid may lag the axes during a drag). */
export function DecisionCanvas({ heat, plot }: { heat: Heat | null; plot: Plot }) {
  const { iw, ih } = plot;
  const ref = useRef<HTMLCanvasElement>(null);
  const rect = useMemo(() => (heatValid(heat) ? heatRect(heat, plot) : null), [heat, plot]);
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    ctx.clearRect(0, 0, iw, ih);
    if (!heatValid(heat) || !rect) return;
    const img = document.createElement('canvas');
    img.width = img.height = heat.g;
    img.getContext('2d')?.putImageData(new ImageData(decisionPixels(heat.p, heat.g), heat.g), 0, 0);
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(img, rect.x, rect.y, rect.w, rect.h);
  }, [heat, rect, iw, ih]);
  return (
    <canvas
      ref={ref}
      width={iw}
      height={ih}
      className="decision-canvas"
      style={{ left: DATA_MARGIN.left, top: DATA_MARGIN.top, width: iw, height: ih }}
      aria-hidden="true"
      data-testid="decision-canvas"
    />
  );
}

/** The fit (and the one under the pointer on the landscape), boundary, threshold and pulls. */
export function FitLayer({
  layerRef,
  ...p
}: {
  clipId: string;
  arrow: string;
  plot: Plot;
  /** The logistic model's p = 0.5 line. */
  threshold: boolean;
  boundary: string;
  fit: string;
  hover: string;
  pulls: PullGeom[];
  /** The clipped group of the fit and pulls (the replay paints its frames there). */
  layerRef?: Ref<SVGGElement>;
}) {
  const { iw, ih, sy } = p.plot;
  return (
    <>
      <clipPath id={p.clipId}>
        <rect width={iw} height={ih} />
      </clipPath>
      <g clipPath={`url(#${p.clipId})`} pointerEvents="none" ref={layerRef}>
        {p.threshold && <line className="threshold" x1={0} x2={iw} y1={sy(0.5)} y2={sy(0.5)} />}
        {p.boundary && <path className="boundary" d={p.boundary} data-testid="decision-boundary" />}
        {p.hover && <path className="fit-hover" d={p.hover} data-testid="fit-hover" />}
        {p.fit && <path className="fit" d={p.fit} data-testid="fit-line" />}
        {p.pulls.map((g) => (
          <PullMark key={g.i} x={g.x} y0={g.y0} y1={g.y1} pull={g.pull} marker={p.arrow} />
        ))}
      </g>
    </>
  );
}

/** The points (focusable, named) and, on touch screens, 44 px hit circles under them. */
export function PointLayer(p: {
  points: Point[];
  held: boolean[];
  plot: Plot;
  coarse: boolean;
  marks: MarkHandlers;
  labelOf: (n: number, x: number, y: number, held: boolean) => string;
}) {
  const { sx, sy } = p.plot;
  const { onKeyDown, pointer } = p.marks;
  return (
    <g>
      {/* With a mouse the hit circles would only hide empty space from the click that adds. */}
      {p.coarse &&
        p.points.map((pt, i) => (
          <HitMark key={`hit${i}`} index={i} cx={sx(pt.x)} cy={sy(pt.y)} pointer={pointer} />
        ))}
      {p.points.map((pt, i) => (
        <PointMark
          key={i}
          index={i}
          cx={sx(pt.x)}
          cy={sy(pt.y)}
          x={pt.x}
          y={pt.y}
          held={!!p.held[i]}
          cls={pt.label}
          labelOf={p.labelOf}
          onKeyDown={onKeyDown}
          pointer={pointer}
        />
      ))}
    </g>
  );
}
