// Loss vs epoch: the training loss of the current run, the held-out loss (dashed), earlier runs
// as faded ghosts, a marker at the replayed step and, when the run diverged, a mark at that step.
// One use of EpochChart.
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { fmt } from '../charts/format';
import type { Ghost } from '../../state/train/slice';
import { EpochChart } from './EpochChart';
import { logTick, lossScale, TINY } from './epochGeometry';
import type { Curve } from './useHeldOutCurve';

const M = { top: 12, right: 16, bottom: 46, left: 74 };

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

const heightFor = (width: number) => Math.round(Math.min(320, Math.max(200, width * 0.45)));
const floorTiny = (v: number) => Math.max(v, TINY);

export function LossChart(props: LossChartProps) {
  const { train, held, ghosts, epochs, at, atLoss, divergedAt, log, summary, fill = false } = props;
  const { t } = useTranslation();
  const yScale = useCallback(
    (ih: number) => lossScale([train, held, ...ghosts], log, ih),
    [train, held, ghosts, log],
  );
  const curves = useMemo(
    () => [
      ...ghosts.map((g) => ({ key: `ghost-${g.id}`, className: 'ghost', curve: g })),
      { key: 'held', className: 'curve-held', curve: held },
      { key: 'train', className: 'curve-train', curve: train },
    ],
    [ghosts, held, train],
  );
  const live = useCallback(
    (k: number) =>
      train && k < train.loss.length ? { at: train.epochs[k], value: train.loss[k] } : null,
    [train],
  );
  return (
    <EpochChart
      curves={curves}
      epochs={epochs}
      at={at}
      atValue={atLoss}
      live={live}
      yScale={yScale}
      yValue={log ? floorTiny : undefined}
      yTicks={(ih) => (log ? 4 : Math.max(2, Math.floor(ih / 40)))}
      yFormat={log ? logTick : fmt}
      yLabel={t('train.lossChart.loss')}
      label={t('train.lossChart.label')}
      testId="loss-chart"
      summary={summary}
      margin={M}
      height={heightFor}
      minFill={120}
      fill={fill}
      marks={(sx, iw, ih) =>
        divergedAt !== null && (
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
        )
      }
    />
  );
}
