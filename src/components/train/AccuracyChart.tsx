// Accuracy vs epoch for the MLP: training accuracy at every state of the run (from trainMlp) and
// the held-out accuracy where it was sampled, with a marker at the replayed step. One use of
// EpochChart.
import { scaleLinear } from 'd3-scale';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EpochChart } from './EpochChart';
import type { Curve } from './useHeldOutCurve';

const M = { top: 10, right: 16, bottom: 40, left: 74 };
const pct = (v: number) => `${Math.round(v * 100)} %`;
const unitScale = (ih: number) => scaleLinear().domain([0, 1]).range([ih, 0]);

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
  const curves = useMemo(
    () => [
      { key: 'held', className: 'curve-acc-held', curve: held },
      { key: 'train', className: 'curve-acc', curve: train },
    ],
    [held, train],
  );
  const live = useCallback(
    (k: number) => (train && k < train.epochs.length ? { at: train.epochs[k] } : null),
    [train],
  );
  return (
    <EpochChart
      curves={curves}
      epochs={epochs}
      at={at}
      live={live}
      yScale={unitScale}
      yTicks={() => 4}
      yFormat={pct}
      yLabel={t('train.readout.accuracy')}
      label={t('train.mlp.accuracyChart')}
      testId="accuracy-chart"
      summary={summary}
      margin={M}
      height={() => 170}
      minFill={100}
      fill={fill}
    />
  );
}
