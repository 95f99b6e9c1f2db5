// Mini-batch noise on the heatmap (issue 5, part 5): the loss of the batch that the current step
// descends on, as faint dashed contours with its own minimum. The step follows this surface's
// gradient, not the full-data one's: that is the jitter of SGD.
import type { ScaleLinear } from 'd3-scale';
import { useMemo } from 'react';
import { fmt } from '../charts/format';
import {
  contourLevels,
  contourPaths,
  gridMinimum,
  valueTransform,
  type Grid,
} from './surfaceGeometry';

export function BatchLayer({
  grid,
  x,
  y,
  minLabel,
}: {
  grid: Grid;
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  minLabel: string;
}) {
  const contours = useMemo(
    () => contourPaths(grid, contourLevels(valueTransform(grid.values), 9), x, y),
    [grid, x, y],
  );
  const min = useMemo(() => gridMinimum(grid), [grid]);
  return (
    <g className="batch-layer" data-testid="batch-layer" data-contours={contours.length}>
      {contours.map((c) => (
        <path key={c.level} d={c.d} className="batch-contour" />
      ))}
      {min && (
        <g
          className="batch-min"
          data-testid="batch-min"
          transform={`translate(${x(min.w)},${y(min.b)})`}
        >
          <title>{`${minLabel}: w = ${fmt(min.w)}, b = ${fmt(min.b)}`}</title>
          <path d="M-5,-5L5,5M-5,5L5,-5" />
        </g>
      )}
    </g>
  );
}
