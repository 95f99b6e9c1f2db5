// LineChart's layers: each draws one thing from scales and data it is given (no state, no
// behaviour), so each reads top to bottom and renders in Node for the snapshot tests.
import type { ScaleLinear } from 'd3-scale';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fmt } from './format';
import { inPlot, tooltipPlace } from './lineGeometry';
import type { ChartDot, ChartMarker, TooltipRow } from './LineChart';
import type { MarkerPointerProps } from './useMarker';

type Scale = ScaleLinear<number, number>;

export function Dots({ dots, x, y, h }: { dots: ChartDot[]; x: Scale; y: Scale; h: number }) {
  return dots.map((p, i) => (
    <circle
      key={i}
      className="marker-dot"
      cx={x(p.x)}
      cy={inPlot(y(p.y), h)}
      r={5}
      fill={p.hollow ? 'var(--surface)' : p.color}
      stroke={p.color}
      strokeWidth={2}
    >
      <title>{p.label}</title>
    </circle>
  ));
}

export interface MarkerLayerProps {
  marker: ChartMarker;
  x: Scale;
  y: Scale;
  h: number;
  /** The end of the range a drag is held past (shown as a note), or null. */
  limit: number | null;
  testId?: string;
  onKeyDown(e: KeyboardEvent<SVGElement>): void;
  pointerProps: MarkerPointerProps;
}

/** The draggable marker: a line, a finger-sized hit area, dots on the curves and a handle. */
export function MarkerLayer({
  marker,
  x,
  y,
  h,
  limit,
  testId,
  onKeyDown,
  pointerProps,
}: MarkerLayerProps) {
  const { t } = useTranslation();
  const mx = x(marker.x);
  return (
    <g
      className="marker"
      role="slider"
      tabIndex={marker.onChange ? 0 : -1}
      aria-label={marker.label}
      aria-valuemin={marker.min}
      aria-valuemax={marker.max}
      aria-valuenow={marker.x}
      aria-valuetext={marker.valueText}
      data-testid={testId ? `${testId}-marker` : undefined}
      onKeyDown={onKeyDown}
      {...pointerProps}
    >
      <line className="marker-line" x1={mx} x2={mx} y1={0} y2={h} />
      {/* 44 px wide: a finger's hit target (WCAG 2.5.5). */}
      <rect className="marker-hit" x={mx - 22} y={0} width={44} height={h} />
      {marker.points?.map((p, i) =>
        Number.isFinite(p.y) ? (
          <circle
            key={i}
            className="marker-dot"
            cx={mx}
            cy={inPlot(y(p.y), h)}
            r={4.5}
            fill={p.color}
          />
        ) : null,
      )}
      <circle className="marker-handle" cx={mx} cy={h} r={8} />
      {limit !== null && (
        <text
          className="marker-limit"
          x={mx}
          y={-2}
          textAnchor={limit === marker.max ? 'end' : 'start'}
          data-testid={testId ? `${testId}-limit` : undefined}
        >
          {t(limit === marker.max ? 'classroom.limitMax' : 'classroom.limitMin', {
            value: fmt(limit),
          })}
        </text>
      )}
    </g>
  );
}

export interface TooltipProps {
  tip: { title: string; rows: TooltipRow[] };
  /** The hover line's x in the plot, and the plot's width. */
  hx: number;
  w: number;
  testId?: string;
}

/** The values at the hovered x, beside the hover line (HTML over the SVG). */
export function ChartTooltip({ tip, hx, w, testId }: TooltipProps) {
  return (
    <div
      className="chart-tooltip"
      role="status"
      data-testid={testId ? `${testId}-tooltip` : undefined}
      style={tooltipPlace(hx, w)}
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
  );
}
