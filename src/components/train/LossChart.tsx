// Loss vs epoch: the training loss of the current run, the held-out loss (dashed), earlier runs
// as faded ghosts, a marker at the replayed step and, when the run diverged, a mark at that step.
import { scaleLinear, scaleLog } from 'd3-scale';
import { line } from 'd3-shape';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Axis } from '../charts/Axis';
import { fmt } from '../charts/format';
import { useSize } from '../charts/useSize';
import type { Ghost } from '../../state/train/slice';
import type { Curve } from './useHeldOutCurve';

const M = { top: 12, right: 16, bottom: 46, left: 74 };
const TINY = 1e-12;

/** Log axes label 1, 2 and 5 × 10ᵏ only (d3 ticks every mantissa in a short range). */
const logTick = (v: number) => {
  const m = Math.round(v / 10 ** Math.floor(Math.log10(v) + 1e-9));
  return m === 1 || m === 2 || m === 5 ? fmt(v) : '';
};

export interface LossChartProps {
  train: Curve | null;
  held: Curve | null;
  ghosts: Ghost[];
  epochs: number;
  /** Epoch of the replayed step. */
  at: number;
  atLoss: number;
  divergedAt: number | null;
  log: boolean;
  summary: string;
  /** Take the height of the box the layout gives (the Train workspace). */
  fill?: boolean;
}

export function LossChart({
  train,
  held,
  ghosts,
  epochs,
  at,
  atLoss,
  divergedAt,
  log,
  summary,
  fill = false,
}: LossChartProps) {
  const { t } = useTranslation();
  const [box, size] = useSize<HTMLDivElement>({ width: 560, height: 260 });
  const width = size.width;
  const height = fill
    ? Math.max(120, size.height)
    : Math.round(Math.min(320, Math.max(200, width * 0.45)));
  const iw = Math.max(10, width - M.left - M.right);
  const ih = height - M.top - M.bottom;

  const sx = useMemo(
    () =>
      scaleLinear()
        .domain([0, Math.max(1, epochs)])
        .range([0, iw]),
    [epochs, iw],
  );
  const sy = useMemo(() => {
    const all = [train, held, ...ghosts]
      .flatMap((c) => (c ? c.loss : []))
      .filter((v) => Number.isFinite(v));
    const max = Math.max(TINY * 10, ...all.slice(0, 50_000));
    if (log) {
      const min = Math.max(TINY, Math.min(max / 10, ...all.filter((v) => v > 0).slice(0, 50_000)));
      return scaleLog().domain([min, max]).range([ih, 0]).clamp(true);
    }
    return scaleLinear()
      .domain([0, max * 1.05])
      .range([ih, 0])
      .nice();
  }, [train, held, ghosts, log, ih]);

  const pathOf = useMemo(() => {
    const l = line<[number, number]>()
      .defined(([, v]) => Number.isFinite(v))
      .x(([e]) => sx(e))
      .y(([, v]) => sy(log ? Math.max(v, TINY) : v));
    return (c: Curve | null, maxPoints = 2 * iw) => {
      if (!c) return '';
      const stride = Math.max(1, Math.floor(c.loss.length / maxPoints));
      const pts: [number, number][] = [];
      for (let i = 0; i < c.loss.length; i += stride) pts.push([c.epochs[i], c.loss[i]]);
      const lastI = c.loss.length - 1;
      if (lastI >= 0 && pts[pts.length - 1]?.[0] !== c.epochs[lastI])
        pts.push([c.epochs[lastI], c.loss[lastI]]);
      return l(pts) ?? '';
    };
  }, [sx, sy, log, iw]);

  const atY = Number.isFinite(atLoss) ? sy(log ? Math.max(atLoss, TINY) : atLoss) : null;
  return (
    <div
      className={`train-chart${fill ? ' chart-fill' : ''}`}
      ref={box}
      data-export={t('train.lossChart.label')}
    >
      <svg
        width={width}
        height={height}
        role="img"
        aria-label={`${t('train.lossChart.label')}. ${summary}`}
        data-testid="loss-chart"
      >
        <g transform={`translate(${M.left},${M.top})`}>
          <rect className="plot-bg" width={iw} height={ih} />
          <Axis
            scale={sx}
            orient="bottom"
            at={[0, ih]}
            ticks={Math.max(2, Math.floor(iw / 80))}
            label={t('train.lossChart.epoch')}
          />
          <Axis
            scale={sy}
            orient="left"
            ticks={log ? 4 : Math.max(2, Math.floor(ih / 40))}
            tickFormat={log ? logTick : fmt}
          />
          {/* Own y label, left of the widest tick labels (“1.5e+12”). */}
          <text
            className="axis-label"
            transform={`translate(${-M.left + 14},${ih / 2}) rotate(-90)`}
            textAnchor="middle"
          >
            {t('train.lossChart.loss')}
          </text>
          {ghosts.map((g) => (
            <path key={g.id} className="ghost" d={pathOf(g)} />
          ))}
          <path className="curve-held" d={pathOf(held)} />
          <path className="curve-train" d={pathOf(train)} />
          {divergedAt !== null && (
            <g className="diverged-mark" transform={`translate(${sx(divergedAt)},0)`}>
              <line y1={0} y2={ih} />
              <text
                x={sx(divergedAt) < iw / 2 ? 6 : -6}
                y={14}
                textAnchor={sx(divergedAt) < iw / 2 ? 'start' : 'end'}
              >
                {t('train.lossChart.diverged')}
              </text>
            </g>
          )}
          <line className="now" x1={sx(at)} x2={sx(at)} y1={0} y2={ih} />
          {atY !== null && <circle className="now-dot" cx={sx(at)} cy={atY} r={4.5} />}
        </g>
      </svg>
    </div>
  );
}
