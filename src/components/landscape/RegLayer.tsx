// Regularisation geometry on the heatmap (issue 5, part 6). The penalty is on w only, so its
// level sets are vertical lines w = ±c; the regularised minimum is where a data-loss contour
// touches one of them. Drawn: faint penalty lines, the tangent pair through the regularised
// minimum with the data-loss contour that touches it, both minima, and the trajectory of the
// regularised minimum as λ runs from 0 to 16× its value.
import type { ScaleLinear } from 'd3-scale';
import { useMemo } from 'react';
import type { Regularization } from '../../math';
import { fmt } from '../charts/format';
import { minimumTrajectory, penaltyAt } from './regGeometry';
import { contourPaths, type Grid } from './surfaceGeometry';

export interface RegLayerLabels {
  dataMin: string;
  regMin: string;
  trajectory: string;
  penaltyLine: string;
}

export function RegLayer({
  data,
  reg,
  x,
  y,
  labels,
}: {
  /** The data-loss surface (no penalty) on the same window as the heatmap. */
  data: Grid;
  reg: Regularization;
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  labels: RegLayerLabels;
}) {
  const path = useMemo(() => minimumTrajectory(data, reg), [data, reg]);
  const dataMin = path.find((p) => p.s === 0)?.at ?? null;
  const regMin = path.find((p) => p.s === 1)?.at ?? null;
  const [top, bottom] = [y.range()[1], y.range()[0]];
  const touching = useMemo(
    () => (regMin ? contourPaths(data, [regMin.value - penaltyAt(reg, regMin.w)], x, y) : []),
    [data, reg, regMin, x, y],
  );
  const vline = (w: number, cls: string, key: string) => (
    <line key={key} className={cls} x1={x(w)} x2={x(w)} y1={top} y2={bottom} />
  );
  const ticks = x.ticks(8).filter((w) => w !== 0);
  const line = path.map((p) => `${x(p.at.w).toFixed(1)},${y(p.at.b).toFixed(1)}`).join('L');
  return (
    <g className="reg-layer" data-testid="reg-layer">
      {ticks.map((w) => vline(w, 'penalty-line', `t${w}`))}
      {regMin && regMin.w !== 0 && (
        <g className="penalty-tangent">
          <title>{`${labels.penaltyLine}: ${fmt(penaltyAt(reg, regMin.w))}`}</title>
          {vline(regMin.w, 'penalty-line strong', 'a')}
          {vline(-regMin.w, 'penalty-line strong', 'b')}
        </g>
      )}
      {touching.map((c) => (
        <path key={c.level} d={c.d} className="touching-contour" />
      ))}
      <path className="reg-trajectory" d={`M${line}`}>
        <title>{labels.trajectory}</title>
      </path>
      {path.map((p) => (
        <circle
          key={p.s}
          className="reg-trajectory-dot"
          cx={x(p.at.w)}
          cy={y(p.at.b)}
          r={p.s === 0 || p.s === 1 ? 0 : 2}
        />
      ))}
      {dataMin && (
        <g
          className="data-min"
          data-testid="data-min"
          data-w={dataMin.w}
          data-b={dataMin.b}
          transform={`translate(${x(dataMin.w)},${y(dataMin.b)})`}
        >
          <title>{`${labels.dataMin}: w = ${fmt(dataMin.w)}, b = ${fmt(dataMin.b)}`}</title>
          <circle r={7} />
        </g>
      )}
      {regMin && (
        <g
          className="reg-min"
          data-testid="reg-min"
          data-w={regMin.w}
          data-b={regMin.b}
          transform={`translate(${x(regMin.w)},${y(regMin.b)})`}
        >
          <title>{`${labels.regMin}: w = ${fmt(regMin.w)}, b = ${fmt(regMin.b)}`}</title>
          <path d="M0,-8L8,0L0,8L-8,0Z" />
        </g>
      )}
    </g>
  );
}
