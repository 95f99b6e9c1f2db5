// Accuracy vs epoch for the MLP: training accuracy at every state of the run (from trainMlp) and
// the held-out accuracy where it was sampled, with a marker at the replayed step.
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Axis } from '../charts/Axis';
import { useSize } from '../charts/useSize';
import type { Curve } from './useHeldOutCurve';

const M = { top: 10, right: 16, bottom: 40, left: 74 };
const pct = (v: number) => `${Math.round(v * 100)} %`;

export interface AccuracyChartProps {
  train: Curve | null;
  held: Curve | null;
  epochs: number;
  at: number;
  summary: string;
  fill?: boolean;
}

export function AccuracyChart({
  train,
  held,
  epochs,
  at,
  summary,
  fill = false,
}: AccuracyChartProps) {
  const { t } = useTranslation();
  const [box, size] = useSize<HTMLDivElement>({ width: 560, height: 180 });
  const width = size.width;
  const height = fill ? Math.max(100, size.height) : 170;
  const iw = Math.max(10, width - M.left - M.right);
  const ih = height - M.top - M.bottom;
  const sx = useMemo(
    () =>
      scaleLinear()
        .domain([0, Math.max(1, epochs)])
        .range([0, iw]),
    [epochs, iw],
  );
  const sy = useMemo(() => scaleLinear().domain([0, 1]).range([ih, 0]), [ih]);
  const pathOf = (c: Curve | null) => {
    if (!c) return '';
    const stride = Math.max(1, Math.floor(c.loss.length / (2 * iw)));
    const pts: [number, number][] = [];
    for (let i = 0; i < c.loss.length; i += stride) pts.push([c.epochs[i], c.loss[i]]);
    const lastI = c.loss.length - 1;
    if (lastI >= 0 && lastI % stride !== 0) pts.push([c.epochs[lastI], c.loss[lastI]]);
    return (
      line<[number, number]>()
        .defined(([, v]) => Number.isFinite(v))
        .x(([e]) => sx(e))
        .y(([, v]) => sy(v))(pts) ?? ''
    );
  };
  return (
    <div
      className={`train-chart${fill ? ' chart-fill' : ''}`}
      ref={box}
      data-export={t('train.mlp.accuracyChart')}
    >
      <svg
        width={width}
        height={height}
        role="img"
        aria-label={`${t('train.mlp.accuracyChart')}. ${summary}`}
        data-testid="accuracy-chart"
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
          <Axis scale={sy} orient="left" ticks={4} tickFormat={pct} />
          <text
            className="axis-label"
            transform={`translate(${-M.left + 14},${ih / 2}) rotate(-90)`}
            textAnchor="middle"
          >
            {t('train.readout.accuracy')}
          </text>
          <path className="curve-acc-held" d={pathOf(held)} />
          <path className="curve-acc" d={pathOf(train)} />
          <line className="now" x1={sx(at)} x2={sx(at)} y1={0} y2={ih} />
        </g>
      </svg>
    </div>
  );
}
