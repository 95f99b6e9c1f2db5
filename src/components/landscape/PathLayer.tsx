// The optimizers' paths on the heatmap, in the current scales: each path's replayed prefix, its
// start square and its current point. A diverged path is cut where it leaves the frame for good
// and marked there ("diverges" and an arrowhead pointing the way it went), so a run that blows
// up no longer covers the surface with lines crossing it back and forth.
import type { ScaleLinear } from 'd3-scale';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { clippedPath, plotBox, type Box } from '../charts/clip';
import { exitLabel, pathInFrame } from './pathGeometry';
import type { LandscapePath } from './SurfaceHeatmap';

export interface PathLayerProps {
  paths: LandscapePath[];
  step: number;
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  iw: number;
  ih: number;
}

export function PathLayer({ paths, step, x, y, iw, ih }: PathLayerProps) {
  const frame: Box = { x0: 0, x1: iw, y0: 0, y1: ih };
  return (
    <>
      {paths.map((p) => (
        <OnePath key={p.id} path={p} step={step} x={x} y={y} frame={frame} />
      ))}
    </>
  );
}

function OnePath({
  path: p,
  step,
  x,
  y,
  frame,
}: {
  path: LandscapePath;
  step: number;
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  frame: Box;
}) {
  const { t } = useTranslation();
  const n = Math.min(step + 1, p.w.length);
  // In pixels once per path and view: a replay's frame only cuts the prefix.
  const all = useMemo(
    () => p.w.map((w, k) => [x(w), y(p.b[k])] as [number, number]),
    [p.w, p.b, x, y],
  );
  const { points, exit } = pathInFrame(all, n, p.divergedAt !== undefined, frame);
  // Clipped near the view: far points would otherwise put coordinates in the millions into the
  // layout.
  const d = clippedPath(
    points.length === 1 ? [points[0], points[0]] : points,
    plotBox(frame.x1, frame.y1),
  );
  const inFrame = (q: [number, number] | undefined) =>
    !!q && q[0] >= frame.x0 && q[0] <= frame.x1 && q[1] >= frame.y0 && q[1] <= frame.y1;
  const start = all[0];
  const now = all[n - 1];
  const label = exit ? exitLabel(exit, frame) : null;
  return (
    <g
      className="path"
      style={{ color: p.color }}
      data-testid={`path-${p.id}`}
      data-points={n}
      data-exit={exit ? points.length - 2 : undefined}
    >
      <path className="path-halo" d={d} />
      <path className="path-line" d={d} strokeDasharray={p.dash || undefined} />
      {inFrame(start) && (
        <rect className="path-start" x={start[0] - 4} y={start[1] - 4} width={8} height={8} />
      )}
      {!exit && inFrame(now) && <circle className="path-now" cx={now[0]} cy={now[1]} r={6} />}
      {exit && label && (
        <g className="path-exit" data-testid={`diverges-${p.id}`}>
          <title>
            {t('landscape.frame.divergesTitle', {
              run: p.label,
              step: points.length - 2,
              at: p.divergedAt ?? p.w.length - 1,
            })}
          </title>
          <path
            className="path-exit-arrow"
            transform={`translate(${exit.x},${exit.y}) rotate(${(exit.angle * 180) / Math.PI})`}
            d="M0,0L-12,-6L-8,0L-12,6Z"
          />
          <text className="path-exit-label" x={label.x} y={label.y} textAnchor={label.anchor}>
            {t('landscape.frame.diverges')}
          </text>
        </g>
      )}
    </g>
  );
}
