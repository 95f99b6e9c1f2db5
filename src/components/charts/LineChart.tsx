// A line chart for curves over a shared x grid: d3 computes scales and paths, React draws the
// SVG. Optional: a draggable marker (pointer and keyboard, role="slider"), dots, and a hover
// tooltip whose rows the caller computes at the hovered x (exact values, not interpolated).
// Geometry: lineGeometry.ts; behaviour: useMarker.ts; layers: lineLayers.tsx.
import { scaleLinear } from 'd3-scale';
import { useId, useMemo, type ReactNode } from 'react';
import { ChartFrame } from './ChartFrame';
import { chartHeight, useChartFill } from './chartFill';
import { fmt } from './format';
import { autoY, curvePath, LINE_MARGIN as M } from './lineGeometry';
import { ChartTooltip, Dots, MarkerLayer } from './lineLayers';
import { useMarker } from './useMarker';
import { useSize } from './useSize';
import './charts.css';

export interface LineSeries {
  id: string;
  label: string;
  y: ArrayLike<number>;
  color: string;
  dash: string;
  /** Its own x values; the chart's `x` when absent. */
  x?: ArrayLike<number>;
}
export interface ChartDot {
  x: number;
  y: number;
  color: string;
  label: string;
  /** Hollow dots read as "on the other side" (e.g. misclassified). */
  hollow?: boolean;
}
export interface ChartMarker {
  x: number;
  /** The slider's accessible name and value text. */
  label: string;
  valueText: string;
  min: number;
  max: number;
  step: number;
  onChange?(x: number): void;
  /** Told when a pointer drag starts and ends (e.g. to hold the axis still meanwhile). */
  onDragChange?(dragging: boolean): void;
  /** Points on the curves at the marker, drawn as dots. */
  points?: { y: number; color: string }[];
}
export interface TooltipRow {
  label: string;
  value: string;
  color?: string;
}

export interface LineChartProps {
  /** The text alternative: what the chart shows, with its key numbers. */
  label: string;
  x: ArrayLike<number>;
  series: LineSeries[];
  xDomain: [number, number];
  /** Fixed y range (curves are clipped to it); from the data when absent. */
  yDomain?: [number, number];
  xLabel: string;
  yLabel: string;
  height?: number;
  marker?: ChartMarker;
  dots?: ChartDot[];
  tooltip?: (x: number) => { title: string; rows: TooltipRow[] } | null;
  testId?: string;
  children?: ReactNode;
}

export function LineChart(props: LineChartProps) {
  const { series, xDomain, marker, dots, tooltip, testId } = props;
  const fill = useChartFill();
  const [ref, size] = useSize<HTMLDivElement>({ width: 420, height: props.height ?? 260 });
  // In a one-figure embed the chart takes its box's height (the frame's), else its own.
  const height = chartHeight(fill, size.height, props.height ?? 260);
  const clipId = `clip${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const w = Math.max(120, size.width - M.left - M.right);
  const h = height - M.top - M.bottom;
  const x = useMemo(() => scaleLinear().domain(xDomain).range([0, w]), [xDomain, w]);
  const yDom = useMemo(() => props.yDomain ?? autoY(series), [props.yDomain, series]);
  const y = useMemo(() => scaleLinear().domain(yDom).range([h, 0]).nice(), [yDom, h]);
  const paths = useMemo(
    () => series.map((s) => ({ s, d: curvePath(s, props.x, x, y, h) })),
    [series, props.x, x, y, h],
  );
  const toX = (px: number) => x.invert(px - M.left);
  const { hover, limit, pointerProps, onKeyDown } = useMarker(marker, toX, xDomain);
  const tip = hover !== null && tooltip ? tooltip(hover) : null;
  const hx = hover !== null ? x(hover) : 0;
  const [y0, y1] = y.domain();
  return (
    <div
      className={fill ? 'chart is-fill' : 'chart'}
      ref={ref}
      role="figure"
      aria-label={props.label}
      data-testid={testId}
      data-export=""
    >
      <ChartFrame
        width={w + M.left + M.right}
        height={height}
        margin={M}
        svg={{ className: 'chart-svg' }}
        head={
          <defs>
            <clipPath id={clipId}>
              <rect x={0} y={-2} width={w} height={h + 4} />
            </clipPath>
          </defs>
        }
        x={{
          scale: x,
          ticks: Math.max(3, Math.round(w / 70)),
          tickFormat: fmt,
          label: props.xLabel,
        }}
        y={{ scale: y, ticks: 5, tickFormat: fmt, label: props.yLabel }}
      >
        {y0 < 0 && y1 > 0 && <line className="grid-zero" x1={0} x2={w} y1={y(0)} y2={y(0)} />}
        <rect className="plot-bg" width={w} height={h} {...pointerProps} />
        <g clipPath={`url(#${clipId})`} pointerEvents="none">
          {paths.map(({ s, d }) => (
            <path
              key={s.id}
              className="curve"
              d={d}
              stroke={s.color}
              strokeDasharray={s.dash || undefined}
              data-series={s.id}
            />
          ))}
        </g>
        {props.children}
        {dots && <Dots dots={dots} x={x} y={y} h={h} />}
        {hover !== null && <line className="hover-line" x1={hx} x2={hx} y1={0} y2={h} />}
        {marker && (
          <MarkerLayer
            marker={marker}
            x={x}
            y={y}
            h={h}
            limit={limit}
            testId={testId}
            onKeyDown={onKeyDown}
            pointerProps={pointerProps}
          />
        )}
      </ChartFrame>
      {tip && <ChartTooltip tip={tip} hx={hx} w={w} testId={testId} />}
    </div>
  );
}
