// The rows as a chart, index vs value: each true value y (hollow) and prediction ŷ (filled),
// joined by the error. Drag a prediction up or down (mouse, touch, pen), or focus it and use the
// arrow keys (Shift: ×10), and every chart follows. The value axis holds still during a drag.
import { scaleLinear } from 'd3-scale';
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Row, ScalarKey } from '../../state/explore/model';
import { ChartFrame } from '../charts/ChartFrame';
import { fmt } from '../charts/format';
import { usePointerDrag } from '../charts/usePointerDrag';
import { useSize } from '../charts/useSize';
import { useExploreActions } from './useExplore';
import { useCurveHeight } from './useCurveHeight';

const M = { top: 10, right: 12, bottom: 34, left: 44 };

function domainOf(rows: Row[], k: ScalarKey): [number, number] {
  if (k === 'binaryProb') return [0, 1];
  const vs = rows.flatMap((r) => [r.y, r.yHat]).filter(Number.isFinite);
  const lo = Math.min(...vs);
  const hi = Math.max(...vs);
  const pad = Math.max((hi - lo) * 0.15, 0.5);
  return [lo - pad, hi + pad];
}

/**
 * A prediction dragged up or down: mouse, pen or the first finger (usePointerDrag; a second
 * finger is ignored). The value axis holds still while it is held; past an end the value stops
 * there and `limit` says which.
 */
function useScatterDrag(
  live: [number, number],
  ih: number,
  set: (i: number, v: number) => void,
  select: (i: number) => void,
) {
  const [frozen, setFrozen] = useState<[number, number] | null>(null);
  const drag = useRef<number | null>(null);
  const domain = frozen ?? live;
  const y = useMemo(() => scaleLinear().domain(domain).range([ih, 0]), [domain, ih]);
  /** While a drag is held past the value axis: the end it stopped at. */
  const [limit, setLimit] = useState<{ i: number; v: number } | null>(null);
  const { handlers } = usePointerDrag<SVGCircleElement>({
    onStart: (e) => {
      const i = Number(e.currentTarget.dataset.index);
      drag.current = i;
      setFrozen(domain);
      select(i);
    },
    onDrag: (e) => {
      const i = drag.current;
      if (i === null) return;
      const box = (e.currentTarget.ownerSVGElement as SVGSVGElement).getBoundingClientRect();
      const v = y.invert(e.clientY - box.top - M.top);
      set(i, Math.max(domain[0], Math.min(domain[1], v)));
      const edge = v > domain[1] ? domain[1] : v < domain[0] ? domain[0] : null;
      setLimit(edge === null ? null : { i, v: edge });
    },
    onEnd: () => {
      drag.current = null;
      setFrozen(null);
      setLimit(null);
    },
  });
  return { domain, y, limit, handlers };
}

export function DataScatter({
  rows,
  k,
  selected,
}: {
  rows: Row[];
  k: ScalarKey;
  selected: number;
}) {
  const { t } = useTranslation();
  const a = useExploreActions();
  const [ref, size] = useSize<HTMLDivElement>({ width: 300, height: 180 });
  const width = Math.max(220, size.width);
  // Shorter beside the curves on a wide screen (issue 14.5), so the chart stays in view.
  const height = useCurveHeight() < 220 ? 140 : 180;
  const iw = width - M.left - M.right;
  const ih = height - M.top - M.bottom;
  const x = useMemo(
    () =>
      scaleLinear()
        .domain([0.5, rows.length + 0.5])
        .range([0, iw]),
    [rows.length, iw],
  );
  const set = (i: number, v: number) => a.setYHat(i, Number(v.toPrecision(4)));
  const live = useMemo(() => domainOf(rows, k), [rows, k]);
  const { domain, y, limit, handlers } = useScatterDrag(live, ih, set, a.selectRow);
  const step = (domain[1] - domain[0]) / 100;
  const right = limit !== null && limit.i + 1 > rows.length / 2;
  const onKey = (i: number, e: KeyboardEvent<SVGCircleElement>) => {
    const d = e.key === 'ArrowUp' ? 1 : e.key === 'ArrowDown' ? -1 : 0;
    if (!d) return;
    e.preventDefault();
    a.selectRow(i);
    set(i, rows[i].yHat + d * step * (e.shiftKey ? 10 : 1));
  };
  return (
    <div className="ex-scatter" ref={ref} data-export={t('explore.scatter.label')}>
      <ChartFrame
        width={width}
        height={height}
        margin={M}
        svg={{
          role: 'group',
          'aria-label': t('explore.scatter.label'),
          'data-testid': 'data-scatter',
        }}
        x={{
          scale: x,
          ticks: Math.min(rows.length, 10),
          tickFormat: (v) => (Number.isInteger(v) ? String(v) : ''),
          label: t('explore.scatter.row'),
        }}
        y={{ scale: y, ticks: 5, tickFormat: fmt }}
      >
        {/* Under every point: 44 px hit circles, so a fingertip finds a prediction. */}
        <g aria-hidden="true">
          {rows.map((r, i) => (
            <circle
              key={r.id}
              cx={x(i + 1)}
              cy={y(r.yHat)}
              r={22}
              className="ex-scatter-hit"
              data-testid={`scatter-hit-${i}`}
              data-index={i}
              {...handlers}
            />
          ))}
        </g>
        {rows.map((r, i) => {
          const cx = x(i + 1);
          const [yy, yh] = [y(r.y), y(r.yHat)];
          return (
            <g key={r.id} className={i === selected ? 'ex-scatter-row selected' : 'ex-scatter-row'}>
              <line x1={cx} x2={cx} y1={yy} y2={yh} className="ex-scatter-err" />
              <circle cx={cx} cy={yy} r={5} className="ex-scatter-y">
                <title>{`y${i + 1} = ${fmt(r.y)}`}</title>
              </circle>
              <circle
                cx={cx}
                cy={yh}
                r={7}
                className="ex-scatter-yhat"
                tabIndex={0}
                role="slider"
                aria-label={t('explore.scatter.point', { i: i + 1 })}
                aria-valuenow={r.yHat}
                aria-valuetext={fmt(r.yHat)}
                aria-valuemin={domain[0]}
                aria-valuemax={domain[1]}
                aria-orientation="vertical"
                data-testid={`scatter-yhat-${i}`}
                onKeyDown={(e) => onKey(i, e)}
                data-index={i}
                {...handlers}
              />
            </g>
          );
        })}
        {limit && (
          <text
            className="ex-scatter-limit"
            x={x(limit.i + 1) + (right ? -14 : 14)}
            textAnchor={right ? 'end' : 'start'}
            y={y(limit.v) + (limit.v === domain[1] ? 12 : -4)}
            data-testid="scatter-limit"
          >
            {t(limit.v === domain[1] ? 'classroom.limitMax' : 'classroom.limitMin', {
              value: fmt(limit.v),
            })}
          </text>
        )}
      </ChartFrame>
      <p className="ex-hint">{t('explore.scatter.hint')}</p>
    </div>
  );
}
