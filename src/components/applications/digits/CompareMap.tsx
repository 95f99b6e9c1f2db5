// One run's 2-D slice in the batch-size comparison, painted with a colour scale and contour
// levels shared by all four runs (the caller passes one ValueTransform computed over all of
// them), so equal colours and rings mean equal losses from one picture to the next.
import { scaleLinear } from 'd3-scale';
import { useMemo } from 'react';
import { Axis } from '../../charts/Axis';
import { fmt } from '../../charts/format';
import { useHeatmapCanvas } from '../../landscape/useHeatmapView';
import {
  contourPaths,
  gridMinimum,
  type Grid,
  type ValueTransform,
} from '../../landscape/surfaceGeometry';

// Room for the axes' labels, which Axis places 34 px below and 40 px left of the plot.
const M = { top: 6, right: 10, bottom: 46, left: 52 };

export interface CompareMapProps {
  grid: Grid;
  tr: ValueTransform;
  levels: number[];
  size: number;
  label: string;
  axisLabels: { x: string; y: string };
  testId?: string;
}

export function CompareMap({ grid, tr, levels, size, label, axisLabels, testId }: CompareMapProps) {
  const iw = size - M.left - M.right;
  const ih = size - M.top - M.bottom;
  const x = useMemo(
    () =>
      scaleLinear()
        .domain([grid.w[0], grid.w[grid.w.length - 1]])
        .range([0, iw]),
    [grid, iw],
  );
  const y = useMemo(
    () =>
      scaleLinear()
        .domain([grid.b[0], grid.b[grid.b.length - 1]])
        .range([ih, 0]),
    [grid, ih],
  );
  const canvasRef = useHeatmapCanvas(grid, tr, x, y, iw, ih);
  const rings = useMemo(() => contourPaths(grid, levels, x, y), [grid, levels, x, y]);
  const min = useMemo(() => gridMinimum(grid), [grid]);
  return (
    <div
      className="heatmap"
      style={{ width: size, height: size }}
      data-testid={testId}
      data-min={min?.value ?? ''}
      data-export=""
    >
      <canvas
        ref={canvasRef}
        width={iw}
        height={ih}
        style={{ left: M.left, top: M.top, width: iw, height: ih }}
        aria-hidden="true"
      />
      <svg width={size} height={size} role="img" aria-label={label}>
        <g transform={`translate(${M.left},${M.top})`}>
          {rings.map((c) => (
            <path key={c.level} d={c.d} className="contour" />
          ))}
          {min && (
            <g className="minimum" transform={`translate(${x(min.w)},${y(min.b)})`}>
              <path d="M-5,0L5,0M0,-5L0,5" />
            </g>
          )}
          <Axis
            scale={x}
            orient="bottom"
            at={[0, ih]}
            label={axisLabels.x}
            ticks={4}
            tickFormat={fmt}
          />
          <Axis scale={y} orient="left" label={axisLabels.y} ticks={4} tickFormat={fmt} />
        </g>
      </svg>
    </div>
  );
}
