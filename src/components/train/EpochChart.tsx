// One chart of a value by epoch (the loss, the accuracy): the curves, the current run's marker
// at the replayed step and, when the run diverged, a mark at that step. LossChart and
// AccuracyChart are its two uses.
import { scaleLinear, type ScaleContinuousNumeric } from 'd3-scale';
import { line } from 'd3-shape';
import { useMemo, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../charts/ChartFrame';
import { useSize } from '../charts/useSize';
import { epochCursor, thinCurve } from './epochGeometry';
import { useReplayChannel, useReplayPaint } from './replayPaint';
import { paintCursor } from './svgPaint';
import type { Curve } from './useHeldOutCurve';

export interface EpochCurve {
  key: string;
  className: string;
  curve: Curve | null;
}

export interface EpochChartProps {
  /** Drawn in order (the last on top); memoise the array: its paths are traced when it changes. */
  curves: EpochCurve[];
  epochs: number;
  at: number;
  /** The value at the replayed step, marked with a dot (none when not finite or absent). */
  atValue?: number;
  /** The y scale for the plot height ih. */
  yScale: (ih: number) => ScaleContinuousNumeric<number, number>;
  /** Maps a value into the scale's domain (the log axis floors at a tiny positive value). */
  yValue?: (v: number) => number;
  yTicks: (ih: number) => number;
  yFormat: (v: number) => string;
  yLabel: string;
  /** The chart's name (accessible name, export name) and its test id. */
  label: string;
  testId: string;
  summary: string;
  margin: { top: number; right: number; bottom: number; left: number };
  /** Height when not filling the layout's box, for the width. */
  height: (width: number) => number;
  minFill: number;
  fill: boolean;
  /**
   * The marker at any step (the epoch and the value there; null: none): in the Train workspace a
   * replay's frame moves the marker with it, outside React (replayPaint).
   */
  live?: (step: number) => { at: number; value?: number } | null;
  /** Extra marks over the curves, given the x scale and the plot size (the divergence mark). */
  marks?: (sx: (e: number) => number, iw: number, ih: number) => ReactNode;
}

const id = (v: number) => v;

export function EpochChart(p: EpochChartProps) {
  const { t } = useTranslation();
  const { margin: M, fill, yValue = id } = p;
  const [box, size] = useSize<HTMLDivElement>({ width: 560, height: 260 });
  const width = size.width;
  const height = fill ? Math.max(p.minFill, size.height) : p.height(width);
  const iw = Math.max(10, width - M.left - M.right);
  const ih = height - M.top - M.bottom;
  const { epochs, yScale } = p;
  const sx = useMemo(
    () =>
      scaleLinear()
        .domain([0, Math.max(1, epochs)])
        .range([0, iw]),
    [epochs, iw],
  );
  const sy = useMemo(() => yScale(ih), [yScale, ih]);
  // The curves only change with a run (the replayed step moves the marker alone): traced once.
  const { curves } = p;
  const ds = useMemo(() => {
    const draw = line<[number, number]>()
      .defined(([, v]) => Number.isFinite(v))
      .x(([e]) => sx(e))
      .y(([, v]) => sy(yValue(v)));
    return curves.map((c) => (c.curve ? (draw(thinCurve(c.curve, 2 * iw)) ?? '') : ''));
  }, [curves, sx, sy, yValue, iw]);
  const cursor = (at: number, value: number | undefined) => epochCursor(sx, sy, yValue, at, value);
  const now = cursor(p.at, p.atValue);
  const nowRef = useRef<SVGLineElement>(null);
  const { live } = p;
  const channel = useReplayChannel();
  useReplayPaint(
    !!live && channel,
    (step) => {
      const m = live?.(step);
      if (m) paintCursor(nowRef.current, cursor(m.at, m.value));
    },
    () => paintCursor(nowRef.current, now),
  );
  return (
    <div className={`train-chart${fill ? ' chart-fill' : ''}`} ref={box} data-export={p.label}>
      <ChartFrame
        width={width}
        height={height}
        margin={M}
        svg={{ role: 'img', 'aria-label': `${p.label}. ${p.summary}`, 'data-testid': p.testId }}
        background={<rect className="plot-bg" width={iw} height={ih} />}
        x={{
          scale: sx,
          ticks: Math.max(2, Math.floor(iw / 80)),
          label: t('train.lossChart.epoch'),
        }}
        y={{ scale: sy, ticks: p.yTicks(ih), tickFormat: p.yFormat }}
      >
        {/* Own y label, left of the widest tick labels (“1.5e+12”). */}
        <text
          className="axis-label"
          transform={`translate(${-M.left + 14},${ih / 2}) rotate(-90)`}
          textAnchor="middle"
        >
          {p.yLabel}
        </text>
        {curves.map((c, i) => (
          <path key={c.key} className={c.className} d={ds[i]} />
        ))}
        {p.marks?.(sx, iw, ih)}
        <line className="now" x1={now.x} x2={now.x} y1={0} y2={ih} ref={nowRef} />
        {now.y !== null && <circle className="now-dot" cx={now.x} cy={now.y} r={4.5} />}
      </ChartFrame>
    </div>
  );
}
