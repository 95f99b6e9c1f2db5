// A line chart for curves over a shared x grid: d3 computes scales and paths, React draws the
// SVG. Optional: a draggable marker (pointer and keyboard, role="slider"), dots, and a hover
// tooltip whose rows the caller computes at the hovered x (exact values, not interpolated).
import { extent } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import {
  useId,
  useMemo,
  useState,
  type KeyboardEvent,
  type PointerEvent,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import { Axis } from './Axis';
import { fmt } from './format';
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

const M = { top: 12, right: 16, bottom: 44, left: 54 };

export function snap(v: number, step: number, min: number, max: number): number {
  const clamped = Math.min(max, Math.max(min, v));
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  return Number((Math.round(clamped / step) * step).toFixed(decimals));
}

function autoY(series: LineSeries[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of series) {
    const [a, b] = extent(Array.from(s.y).filter(Number.isFinite));
    if (a !== undefined && b !== undefined) {
      lo = Math.min(lo, a);
      hi = Math.max(hi, b);
    }
  }
  if (!Number.isFinite(lo)) return [0, 1];
  if (lo >= 0) lo = 0;
  if (hi - lo < 1e-9) hi = lo + 1;
  return [lo, hi];
}

export function LineChart(props: LineChartProps) {
  const { series, xDomain, marker, dots, tooltip, height = 260 } = props;
  const { t } = useTranslation();
  const [ref, size] = useSize<HTMLDivElement>({ width: 420, height });
  const clipId = `clip${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const w = Math.max(120, size.width - M.left - M.right);
  const h = height - M.top - M.bottom;
  const x = useMemo(() => scaleLinear().domain(xDomain).range([0, w]), [xDomain, w]);
  const yDom = useMemo(() => props.yDomain ?? autoY(series), [props.yDomain, series]);
  const y = useMemo(() => scaleLinear().domain(yDom).range([h, 0]).nice(), [yDom, h]);
  const paths = useMemo(
    () =>
      series.map((s) => {
        const xs = s.x ?? props.x;
        const idx = Array.from({ length: s.y.length }, (_, i) => i);
        const gen = line<number>()
          .defined((i) => Number.isFinite(s.y[i]))
          .x((i) => x(xs[i]))
          // Far-off values are pinned just outside the plot, so the clip cuts a clean edge.
          .y((i) => Math.max(-h, Math.min(2 * h, y(s.y[i]))));
        return { s, d: gen(idx) ?? '' };
      }),
    [series, props.x, x, y, h],
  );

  const [hover, setHover] = useState<number | null>(null);
  const [dragging, setDragging] = useState(false);
  /** While a drag is held past an end of the marker's range: that end, shown on the chart. */
  const [limit, setLimit] = useState<number | null>(null);
  const toX = (e: PointerEvent<SVGElement>) => {
    const box = e.currentTarget.ownerSVGElement ?? (e.currentTarget as SVGSVGElement);
    const r = box.getBoundingClientRect();
    return x.invert(e.clientX - r.left - M.left);
  };
  const moveMarker = (v: number) =>
    marker?.onChange?.(snap(v, marker.step, marker.min, marker.max));
  const dragTo = (v: number) => {
    if (!marker) return;
    moveMarker(v);
    setLimit(v > marker.max ? marker.max : v < marker.min ? marker.min : null);
  };

  // One pointer drags (mouse, pen or the first finger); a second finger is ignored.
  const onDown = (e: PointerEvent<SVGRectElement | SVGGElement>) => {
    if (!marker?.onChange || e.button !== 0 || !e.isPrimary) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    setDragging(true);
    marker.onDragChange?.(true);
    dragTo(toX(e));
  };
  const onMove = (e: PointerEvent<SVGRectElement | SVGGElement>) => {
    if (!e.isPrimary) return;
    const v = toX(e);
    if (dragging) dragTo(v);
    setHover(
      Math.min(
        xDomain[1],
        Math.max(xDomain[0], dragging && marker ? snap(v, marker.step, marker.min, marker.max) : v),
      ),
    );
  };
  const onUp = (e: PointerEvent) => {
    if (!e.isPrimary || !dragging) return;
    setDragging(false);
    setLimit(null);
    marker?.onDragChange?.(false);
  };
  const onKey = (e: KeyboardEvent<SVGGElement>) => {
    if (!marker?.onChange) return;
    const big = (marker.max - marker.min) / 10;
    const moves: Record<string, number> = {
      ArrowLeft: marker.x - marker.step,
      ArrowDown: marker.x - marker.step,
      ArrowRight: marker.x + marker.step,
      ArrowUp: marker.x + marker.step,
      PageDown: marker.x - big,
      PageUp: marker.x + big,
      Home: marker.min,
      End: marker.max,
    };
    if (!(e.key in moves)) return;
    e.preventDefault();
    moveMarker(moves[e.key]);
  };

  const tip = hover !== null && tooltip ? tooltip(hover) : null;
  const hx = hover !== null ? x(hover) : 0;
  const pointerProps = {
    onPointerDown: onDown,
    onPointerMove: onMove,
    onPointerUp: onUp,
    onPointerCancel: onUp,
    onPointerLeave: () => !dragging && setHover(null),
  };
  return (
    <div
      className="chart"
      ref={ref}
      role="figure"
      aria-label={props.label}
      data-testid={props.testId}
      data-export=""
    >
      <svg width={w + M.left + M.right} height={height} className="chart-svg">
        <defs>
          <clipPath id={clipId}>
            <rect x={0} y={-2} width={w} height={h + 4} />
          </clipPath>
        </defs>
        <g transform={`translate(${M.left},${M.top})`}>
          <Axis
            scale={x}
            orient="bottom"
            at={[0, h]}
            ticks={Math.max(3, Math.round(w / 70))}
            tickFormat={fmt}
            label={props.xLabel}
          />
          <Axis scale={y} orient="left" ticks={5} tickFormat={fmt} label={props.yLabel} />
          {y.domain()[0] < 0 && y.domain()[1] > 0 && (
            <line className="grid-zero" x1={0} x2={w} y1={y(0)} y2={y(0)} />
          )}
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
          {dots?.map((p, i) => (
            <circle
              key={i}
              className="marker-dot"
              cx={x(p.x)}
              cy={Math.max(0, Math.min(h, y(p.y)))}
              r={5}
              fill={p.hollow ? 'var(--surface)' : p.color}
              stroke={p.color}
              strokeWidth={2}
            >
              <title>{p.label}</title>
            </circle>
          ))}
          {hover !== null && <line className="hover-line" x1={hx} x2={hx} y1={0} y2={h} />}
          {marker && (
            <g
              className="marker"
              role="slider"
              tabIndex={marker.onChange ? 0 : -1}
              aria-label={marker.label}
              aria-valuemin={marker.min}
              aria-valuemax={marker.max}
              aria-valuenow={marker.x}
              aria-valuetext={marker.valueText}
              data-testid={props.testId ? `${props.testId}-marker` : undefined}
              onKeyDown={onKey}
              {...pointerProps}
            >
              <line className="marker-line" x1={x(marker.x)} x2={x(marker.x)} y1={0} y2={h} />
              {/* 44 px wide: a finger's hit target (WCAG 2.5.5). */}
              <rect className="marker-hit" x={x(marker.x) - 22} y={0} width={44} height={h} />
              {marker.points?.map((p, i) =>
                Number.isFinite(p.y) ? (
                  <circle
                    key={i}
                    className="marker-dot"
                    cx={x(marker.x)}
                    cy={Math.max(0, Math.min(h, y(p.y)))}
                    r={4.5}
                    fill={p.color}
                  />
                ) : null,
              )}
              <circle className="marker-handle" cx={x(marker.x)} cy={h} r={8} />
              {dragging && limit !== null && (
                <text
                  className="marker-limit"
                  x={x(marker.x)}
                  y={-2}
                  textAnchor={limit === marker.max ? 'end' : 'start'}
                  data-testid={props.testId ? `${props.testId}-limit` : undefined}
                >
                  {t(limit === marker.max ? 'classroom.limitMax' : 'classroom.limitMin', {
                    value: fmt(limit),
                  })}
                </text>
              )}
            </g>
          )}
        </g>
      </svg>
      {tip && (
        <div
          className="chart-tooltip"
          role="status"
          data-testid={props.testId ? `${props.testId}-tooltip` : undefined}
          style={
            hx > w / 2
              ? { right: w + M.right - hx + 12, top: M.top + 4 }
              : { left: M.left + hx + 12, top: M.top + 4 }
          }
        >
          <div className="tt-title">{tip.title}</div>
          {tip.rows.map((r) => (
            <div className="tt-row" key={r.label} data-label={r.label}>
              <span>
                {r.color && <span className="tt-swatch" style={{ background: r.color }} />}
                {r.label}
              </span>
              <strong>{r.value}</strong>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
