// The optimizers' paths on the heatmap, in the current scales: each path's replayed prefix, its
// start square and its current point. A diverged path is cut where it leaves the frame for good
// and marked there ("diverges" and an arrowhead pointing the way it went), so a run that blows
// up no longer covers the surface with lines crossing it back and forth.
import type { ScaleLinear } from 'd3-scale';
import { useContext, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Box } from '../charts/clip';
import { PathReplayContext, useReplayPaint } from '../train/replayPaint';
import { paintPath } from './pathPaint';
import { exitLabel, pathAtStep, pointInFrame } from './pathGeometry';
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
  // In pixels once per path and view: a replay's frame only cuts the prefix.
  const all = useMemo(
    () => p.w.map((w, k) => [x(w), y(p.b[k])] as [number, number]),
    [p.w, p.b, x, y],
  );
  const diverged = p.divergedAt !== undefined;
  const at = pathAtStep(all, step, diverged, frame);
  const { n, d, points, exit, head } = at;
  const g = useRef<SVGGElement>(null);
  useReplayPaint(
    useContext(PathReplayContext),
    (k) => paintPath(g.current, pathAtStep(all, k, diverged, frame)),
    () => paintPath(g.current, at),
  );
  const start = all[0];
  const label = exit ? exitLabel(exit, frame) : null;
  return (
    <g
      ref={g}
      className="path"
      style={{ color: p.color }}
      data-testid={`path-${p.id}`}
      data-points={n}
      data-exit={exit ? points.length - 2 : undefined}
    >
      <path className="path-halo" d={d} />
      <path className="path-line" d={d} strokeDasharray={p.dash || undefined} />
      {pointInFrame(start, frame) && (
        <rect className="path-start" x={start[0] - 4} y={start[1] - 4} width={8} height={8} />
      )}
      {head && <circle className="path-now" cx={head[0]} cy={head[1]} r={6} />}
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
