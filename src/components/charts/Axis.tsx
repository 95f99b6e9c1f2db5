// d3-axis owns one <g> and nothing else (d3's "D3 in React" guidance): React renders the group,
// the effect draws ticks into it whenever the scale changes.
import { axisBottom, axisLeft, type AxisScale } from 'd3-axis';
import { select } from 'd3-selection';
import { useEffect, useRef } from 'react';

export interface AxisProps {
  scale: AxisScale<number>;
  orient: 'bottom' | 'left';
  /** Translation of the axis group, e.g. [0, innerHeight] for a bottom axis. */
  at?: [number, number];
  ticks?: number;
  tickFormat?: (v: number) => string;
  label?: string;
}

export function Axis({ scale, orient, at = [0, 0], ticks = 6, tickFormat, label }: AxisProps) {
  const ref = useRef<SVGGElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const axis = (orient === 'bottom' ? axisBottom(scale) : axisLeft(scale)).ticks(ticks);
    if (tickFormat) axis.tickFormat((v) => tickFormat(Number(v)));
    select(ref.current).call(axis);
  }, [scale, orient, ticks, tickFormat]);
  const [r0, r1] = scale.range();
  const mid = (Number(r0) + Number(r1)) / 2;
  return (
    <g className={`axis axis-${orient}`} transform={`translate(${at[0]},${at[1]})`}>
      <g ref={ref} />
      {label &&
        (orient === 'bottom' ? (
          <text className="axis-label" x={mid} y={34} textAnchor="middle">
            {label}
          </text>
        ) : (
          <text
            className="axis-label"
            transform={`translate(${-40},${mid}) rotate(-90)`}
            textAnchor="middle"
          >
            {label}
          </text>
        ))}
    </g>
  );
}
