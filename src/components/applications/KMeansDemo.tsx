// k-means clustering: Lloyd's algorithm on tfjs, stepped live (assignment, update), the inertia
// per iteration and the elbow of the final inertia against k. Behaviour: useKMeans.ts; the
// plane: KMeansPlot.tsx; controls: KMeansControls.tsx; charts: KMeansCharts.tsx.
import { useTranslation } from 'react-i18next';
import type { MathBackend } from '../../state/backendLoader';
import { K_MAX_POINTS } from '../../state/applications/slice';
import { ChartTable } from '../charts/ChartTable';
import { fmt } from '../charts/format';
import { AddPointForm } from './AddPointForm';
import { KMeansCharts } from './KMeansCharts';
import { KMeansSettings, KMeansTransport } from './KMeansControls';
import { KMeansPlot } from './KMeansPlot';
import { useKMeans } from './useKMeans';
import type { KMeansFrame } from './kmeansView';

/** "Assignment, iteration 2", as the readout and the plot's summary say it. */
function usePhaseText(frame: KMeansFrame | null): string {
  const { t } = useTranslation();
  if (!frame) return '';
  if (frame.phase === 'init') return t('applications.kmeans.phaseInit');
  const it = frame.iteration + 1;
  return frame.phase === 'assign'
    ? t('applications.kmeans.phaseAssign', { it })
    : t('applications.kmeans.phaseUpdate', { it });
}

export function KMeansDemo({ math }: { math: MathBackend | null }) {
  const { t } = useTranslation();
  const { s, playing, a, enough, r, runError, elbow, step, frame, done } = useKMeans(math);
  const { points, k } = s;
  const phase = usePhaseText(frame);
  const inertiaText = frame?.inertia != null ? fmt(frame.inertia) : '—';
  return (
    <section className="ap-card ap-kmeans" aria-labelledby="ap-kmeans-title">
      <h2 id="ap-kmeans-title">{t('applications.kmeans.title')}</h2>
      <p className="ap-intro">{t('applications.kmeans.intro')}</p>
      <div className="ap-kmeans-grid">
        <div className="ap-kmeans-main">
          <KMeansPlot
            points={points}
            frame={frame}
            onAdd={a.addKPoint}
            xLabel="x₁"
            yLabel="x₂"
            label={t('applications.kmeans.plotSummary', {
              n: points.length,
              k,
              phase,
              inertia: inertiaText,
            })}
          />
          <ChartTable
            title={t('applications.kmeans.title')}
            columns={[t('a11y.table.point'), 'x₁', 'x₂', t('a11y.table.cluster')]}
            count={points.length}
            row={(i) => [
              i + 1,
              points[i][0],
              points[i][1],
              frame?.labels ? frame.labels[i] + 1 : '—',
            ]}
            testId="kmeans-table"
          />
          <AddPointForm full={points.length >= K_MAX_POINTS} onAdd={a.addKPoint} />
        </div>
        <div className="ap-kmeans-side">
          <KMeansSettings s={s} a={a} />
          <KMeansTransport a={a} playing={playing} step={step} ready={!!r} done={done} />
          <div className="ap-readout" aria-live="polite">
            <p data-testid="kmeans-phase">{enough ? phase : ''}</p>
            <p>
              {t('applications.kmeans.inertia')}:{' '}
              <strong data-testid="kmeans-inertia" title={frame?.inertia?.toString()}>
                {inertiaText}
              </strong>
            </p>
            {done && r?.converged && (
              <p>{t('applications.kmeans.converged', { it: r.iterations.length })}</p>
            )}
          </div>
          {!enough && (
            <p className="ap-message" role="status" data-testid="kmeans-message">
              {t('applications.kmeans.tooFew', { k, n: points.length })}
            </p>
          )}
          {runError && enough && (
            <p className="ap-message" role="alert">
              {runError}
            </p>
          )}
        </div>
      </div>
      <KMeansCharts frame={frame} iterations={r?.iterations.length ?? 10} elbow={elbow} k={k} />
    </section>
  );
}
