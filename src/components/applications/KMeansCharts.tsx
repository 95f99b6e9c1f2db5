// k-means' two line charts: the inertia of each iteration assigned so far, and the elbow (the
// final inertia against k) with the current k marked.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { fmt } from '../charts/format';
import { LineChart, type ChartDot, type LineSeries } from '../charts/LineChart';
import { colorAt, dashAt } from '../charts/palette';
import type { KMeansFrame } from './kmeansView';

export interface Elbow {
  k: number[];
  inertia: number[];
}

export interface KMeansChartsProps {
  frame: KMeansFrame | null;
  /** Iterations of the whole run (sets the x range once past 10). */
  iterations: number;
  elbow: Elbow | null;
  k: number;
}

/** The elbow chart's dot at the chosen k (none while k is past the computed range). */
export function elbowDot(elbow: Elbow | null, k: number): ChartDot[] | undefined {
  if (!elbow || k > elbow.k.length) return undefined;
  const y = elbow.inertia[k - 1];
  return [{ x: k, y, color: colorAt(4), label: `k = ${k}: ${fmt(y)}` }];
}

export function KMeansCharts({ frame, iterations, elbow, k }: KMeansChartsProps) {
  const { t } = useTranslation();
  const inertia = t('applications.kmeans.inertia');
  const history = frame?.history;
  const iterX = useMemo(() => history?.map((_, i) => i + 1) ?? [], [history]);
  const iterSeries: LineSeries[] = useMemo(
    () =>
      history?.length
        ? [{ id: 'inertia', label: inertia, y: history, color: colorAt(0), dash: dashAt(0) }]
        : [],
    [history, inertia],
  );
  const elbowSeries: LineSeries[] = useMemo(
    () =>
      elbow
        ? [{ id: 'elbow', label: inertia, y: elbow.inertia, color: colorAt(4), dash: dashAt(0) }]
        : [],
    [elbow, inertia],
  );
  return (
    <div className="ap-charts">
      <LineChart
        label={t('applications.kmeans.inertiaSummary', {
          values: history?.map((v) => fmt(v)).join(', ') || '—',
        })}
        x={iterX}
        xDomain={[0, Math.max(10, iterations)]}
        series={iterSeries}
        dots={history?.map((v, i) => ({
          x: i + 1,
          y: v,
          color: colorAt(0),
          label: `${i + 1}: ${fmt(v)}`,
        }))}
        xLabel={t('applications.kmeans.iteration')}
        yLabel={inertia}
        height={200}
        testId="kmeans-inertia-chart"
      />
      <LineChart
        label={t('applications.kmeans.elbowSummary', {
          values: elbow?.inertia.map((v, i) => `k=${i + 1}: ${fmt(v)}`).join(', ') ?? '—',
        })}
        x={elbow?.k ?? []}
        xDomain={[0, 10]}
        series={elbowSeries}
        dots={elbowDot(elbow, k)}
        xLabel="k"
        yLabel={t('applications.kmeans.finalInertia')}
        height={200}
        testId="kmeans-elbow-chart"
      />
    </div>
  );
}
