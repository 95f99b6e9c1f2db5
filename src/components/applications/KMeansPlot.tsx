// The k-means plane: d3 scales and symbols, React draws the SVG. A click on the plane adds a
// point; points take their cluster's colour and shape (colour is never the only cue); centroids
// are large crosses, with an arrow from where they were on an update step.
import { scaleLinear } from 'd3-scale';
import {
  symbol,
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  symbolWye,
} from 'd3-shape';
import { useMemo, type PointerEvent } from 'react';
import type { Point2 } from '../../math';
import { ChartFrame } from '../charts/ChartFrame';
import { fmt } from '../charts/format';
import { colorAt } from '../charts/palette';
import { useSize } from '../charts/useSize';
import { K_DOMAIN } from '../../state/applications/presets';
import type { KMeansFrame } from './kmeansView';

const SHAPES = [
  symbolCircle,
  symbolSquare,
  symbolTriangle,
  symbolDiamond,
  symbolStar,
  symbolWye,
  symbolCross,
];
const M = { top: 10, right: 12, bottom: 40, left: 44 };
/** Colour of cluster c; with its shape (c mod 7) the pair is distinct for c < 56. */
export const clusterColor = (c: number) => colorAt(c);
const shapePath = (c: number, size: number) => symbol(SHAPES[c % SHAPES.length], size)() ?? '';

export interface KMeansPlotProps {
  points: Point2[];
  frame: KMeansFrame | null;
  label: string;
  onAdd(p: Point2): void;
  xLabel: string;
  yLabel: string;
}

export function KMeansPlot({ points, frame, label, onAdd, xLabel, yLabel }: KMeansPlotProps) {
  const [ref, size] = useSize<HTMLDivElement>({ width: 420, height: 360 });
  const side = Math.max(200, Math.min(size.width, 520) - M.left - M.right);
  const x = useMemo(() => scaleLinear().domain(K_DOMAIN).range([0, side]), [side]);
  const y = useMemo(() => scaleLinear().domain(K_DOMAIN).range([side, 0]), [side]);
  const onDown = (e: PointerEvent<SVGRectElement>) => {
    if (e.button !== 0) return;
    const r = e.currentTarget.getBoundingClientRect();
    onAdd([x.invert(e.clientX - r.left), y.invert(e.clientY - r.top)]);
  };
  const labels = frame?.labels;
  return (
    <div className="chart ap-kplot" ref={ref} role="figure" aria-label={label} data-export="">
      <ChartFrame
        width={side + M.left + M.right}
        height={side + M.top + M.bottom}
        margin={M}
        svg={{ 'data-testid': 'kmeans-plot' }}
        head={
          <defs>
            <marker
              id="ap-arrow"
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="6"
              markerHeight="6"
              orient="auto-start-reverse"
            >
              <path d="M0,0L10,5L0,10z" className="ap-arrowhead" />
            </marker>
          </defs>
        }
        x={{ scale: x, ticks: 5, tickFormat: fmt, label: xLabel }}
        y={{ scale: y, ticks: 5, tickFormat: fmt, label: yLabel }}
      >
        <rect
          className="ap-kplot-bg"
          width={side}
          height={side}
          onPointerDown={onDown}
          data-testid="kmeans-plane"
        />
        <g pointerEvents="none">
          {points.map((p, i) => {
            const c = labels?.[i];
            return c === undefined ? (
              <circle key={i} className="ap-kpoint-raw" cx={x(p[0])} cy={y(p[1])} r={3.5} />
            ) : (
              <path
                key={i}
                className="ap-kpoint"
                d={shapePath(c, 42)}
                transform={`translate(${x(p[0])},${y(p[1])})`}
                fill={clusterColor(c)}
              />
            );
          })}
          {frame?.from?.map((f, c) => {
            const to = frame.centroids[c];
            const moved = Math.hypot(to[0] - f[0], to[1] - f[1]) > 1e-6;
            return moved ? (
              <line
                key={`a${c}`}
                className="ap-kmove"
                x1={x(f[0])}
                y1={y(f[1])}
                x2={x(to[0])}
                y2={y(to[1])}
                markerEnd="url(#ap-arrow)"
              />
            ) : null;
          })}
          {frame?.centroids.map((c, i) => (
            <g
              key={`c${i}`}
              className="ap-centroid"
              transform={`translate(${x(c[0])},${y(c[1])})`}
              data-testid="kmeans-centroid"
            >
              <path d={symbol(symbolCross, 260)() ?? ''} className="ap-centroid-halo" />
              <path d={symbol(symbolCross, 200)() ?? ''} fill={clusterColor(i)} />
            </g>
          ))}
        </g>
      </ChartFrame>
    </div>
  );
}
