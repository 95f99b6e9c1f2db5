// k-means clustering: Lloyd's algorithm on tfjs, stepped live (assignment, update), the inertia
// per iteration and the elbow of the final inertia against k.
import { ChartTable } from '../charts/ChartTable';
import { useCallback, useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MathBackend } from '../../state/backendLoader';
import { useAppStore, useAppStoreApi } from '../../state/StoreProvider';
import { selectKMeansRun } from '../../state/selectors';
import { K_PRESETS, type KPresetId } from '../../state/applications/presets';
import { K_MAX_POINTS, type KMeansState } from '../../state/applications/slice';
import { fmt } from '../charts/format';
import { LineChart } from '../charts/LineChart';
import { colorAt, dashAt } from '../charts/palette';
import { parseFinite } from '../../state/explore/cells';
import { NumberField } from '../controls/NumberField';
import { Choice } from './Choice';
import { frameAt, lastStep } from './kmeansView';
import { KMeansPlot } from './KMeansPlot';
import { useAsync } from './useAsync';

const select = (s: { applications: { kmeans: KMeansState } }) => s.applications.kmeans;
const PLAY_MS = 700;

export function KMeansDemo({ math }: { math: MathBackend | null }) {
  const { t } = useTranslation();
  const s = useAppStore(select);
  const { step: shown, playing } = useAppStore(selectKMeansRun);
  const a = useAppStoreApi().getState().applicationsActions;
  const { points, k, init, seed } = s;
  const enough = points.length >= k;

  const runJob = useMemo(
    () => (math && enough ? () => math.kmeansRun({ points, k, init, seed }) : null),
    [math, points, k, init, seed, enough],
  );
  const elbowJob = useMemo(
    () => (math && points.length > 0 ? () => math.kmeansElbow({ points, init, seed }) : null),
    [math, points, init, seed],
  );
  const run = useAsync(runJob);
  const elbow = useAsync(elbowJob);
  const r = enough ? run.value : null;
  const last = r ? lastStep(r) : 0;
  const step = Math.min(shown, last);
  const frame = useMemo(() => (r ? frameAt(r, step) : null), [r, step]);

  // Playback: one half-step every PLAY_MS until the end.
  useEffect(() => {
    if (!playing || !r) return;
    if (step >= last) {
      a.setKPlaying(false);
      return;
    }
    const id = setTimeout(() => a.setKStep(step + 1), PLAY_MS);
    return () => clearTimeout(id);
  }, [playing, r, step, last, a]);

  const phase = !frame
    ? ''
    : frame.phase === 'init'
      ? t('applications.kmeans.phaseInit')
      : t(
          frame.phase === 'assign'
            ? 'applications.kmeans.phaseAssign'
            : 'applications.kmeans.phaseUpdate',
          { it: frame.iteration + 1 },
        );
  const done = r && step >= last;
  const inertiaText = frame?.inertia != null ? fmt(frame.inertia) : '—';

  const iterX = useMemo(() => frame?.history.map((_, i) => i + 1) ?? [], [frame]);
  const iterSeries = useMemo(
    () =>
      frame && frame.history.length
        ? [
            {
              id: 'inertia',
              label: t('applications.kmeans.inertia'),
              y: frame.history,
              color: colorAt(0),
              dash: dashAt(0),
            },
          ]
        : [],
    [frame, t],
  );
  const elbowSeries = useMemo(
    () =>
      elbow.value
        ? [
            {
              id: 'elbow',
              label: t('applications.kmeans.inertia'),
              y: elbow.value.inertia,
              color: colorAt(4),
              dash: dashAt(0),
            },
          ]
        : [],
    [elbow.value, t],
  );

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
          <div className="ap-controls">
            <label className="ap-field">
              <span>{t('applications.kmeans.preset')}</span>
              <select
                value={s.preset}
                onChange={(e) => a.loadKPreset(e.target.value as KPresetId, s.dataSeed)}
                data-testid="kmeans-preset"
              >
                {K_PRESETS.map((id) => (
                  <option key={id} value={id}>
                    {t(`applications.kmeans.presets.${id}`)}
                  </option>
                ))}
                {s.preset === 'custom' && (
                  <option value="custom" disabled>
                    {t('applications.kmeans.presets.custom')}
                  </option>
                )}
              </select>
            </label>
            <label className="ap-field ap-k">
              <span>
                {t('applications.kmeans.k')} = <strong data-testid="kmeans-k">{k}</strong>
              </span>
              <input
                type="range"
                min={1}
                max={10}
                step={1}
                value={k}
                onChange={(e) => a.setK(Number(e.target.value))}
                data-testid="kmeans-k-slider"
              />
            </label>
            <Choice
              label={t('applications.kmeans.init')}
              value={init}
              options={[
                { value: 'kmeans++', label: t('applications.kmeans.inits.kmeans++') },
                { value: 'random', label: t('applications.kmeans.inits.random') },
              ]}
              onChange={a.setKInit}
              testId="kmeans-init"
            />
            <NumberField
              label={t('applications.kmeans.seed')}
              value={seed}
              min={0}
              max={2 ** 31 - 1}
              integer
              onCommit={a.setKSeed}
              className="ap-field"
              testId="kmeans-seed"
            />
          </div>
          <div
            className="ap-transport"
            role="group"
            aria-label={t('applications.kmeans.transport')}
          >
            <button
              type="button"
              className="ap-button primary"
              disabled={!r || !!done}
              onClick={() => a.setKStep(step + 1)}
              data-testid="kmeans-step"
            >
              {t('applications.kmeans.step')}
            </button>
            <button
              type="button"
              className="ap-button"
              disabled={!r || (!!done && !playing)}
              onClick={() => a.setKPlaying(!playing)}
              data-testid="kmeans-run"
            >
              {playing ? t('applications.kmeans.pause') : t('applications.kmeans.run')}
            </button>
            <button
              type="button"
              className="ap-button"
              onClick={() => {
                a.setKPlaying(false);
                a.setKStep(0);
              }}
              data-testid="kmeans-reset"
            >
              {t('applications.kmeans.reset')}
            </button>
            <button type="button" className="ap-button" onClick={a.clearKPoints}>
              {t('applications.kmeans.clear')}
            </button>
          </div>
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
          {run.error && enough && (
            <p className="ap-message" role="alert">
              {run.error}
            </p>
          )}
        </div>
      </div>
      <div className="ap-charts">
        <LineChart
          label={t('applications.kmeans.inertiaSummary', {
            values: frame?.history.map((v) => fmt(v)).join(', ') || '—',
          })}
          x={iterX}
          xDomain={[0, Math.max(10, r?.iterations.length ?? 10)]}
          series={iterSeries}
          dots={frame?.history.map((v, i) => ({
            x: i + 1,
            y: v,
            color: colorAt(0),
            label: `${i + 1}: ${fmt(v)}`,
          }))}
          xLabel={t('applications.kmeans.iteration')}
          yLabel={t('applications.kmeans.inertia')}
          height={200}
          testId="kmeans-inertia-chart"
        />
        <LineChart
          label={t('applications.kmeans.elbowSummary', {
            values: elbow.value?.inertia.map((v, i) => `k=${i + 1}: ${fmt(v)}`).join(', ') ?? '—',
          })}
          x={elbow.value?.k ?? []}
          xDomain={[0, 10]}
          series={elbowSeries}
          dots={
            elbow.value && k <= elbow.value.k.length
              ? [
                  {
                    x: k,
                    y: elbow.value.inertia[k - 1],
                    color: colorAt(4),
                    label: `k = ${k}: ${fmt(elbow.value.inertia[k - 1])}`,
                  },
                ]
              : undefined
          }
          xLabel="k"
          yLabel={t('applications.kmeans.finalInertia')}
          height={200}
          testId="kmeans-elbow-chart"
        />
      </div>
    </section>
  );
}

function AddPointForm({ full, onAdd }: { full: boolean; onAdd(p: [number, number]): void }) {
  const { t } = useTranslation();
  const [x, setX] = useState('5');
  const [y, setY] = useState('5');
  const [error, setError] = useState<string | null>(null);
  const errId = useId();
  const submit = useCallback(
    (e: FormEvent) => {
      e.preventDefault();
      // The number rules of every field (NumberField's): trimmed, one decimal comma, no hex.
      const px = parseFinite(x);
      const py = parseFinite(y);
      const ok = (r: typeof px) => r.ok && r.value >= 0 && r.value <= 10;
      if (full) return setError(t('applications.kmeans.full', { max: K_MAX_POINTS }));
      if (!ok(px) || !ok(py)) return setError(t('applications.kmeans.addError'));
      setError(null);
      if (px.ok && py.ok) onAdd([px.value, py.value]);
    },
    [x, y, full, onAdd, t],
  );
  return (
    <form className="ap-addpoint" onSubmit={submit} noValidate>
      <label>
        x₁{' '}
        <input
          value={x}
          onChange={(e) => setX(e.target.value)}
          inputMode="decimal"
          size={5}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errId : undefined}
          data-testid="kmeans-add-x"
        />
      </label>
      <label>
        x₂{' '}
        <input
          value={y}
          onChange={(e) => setY(e.target.value)}
          inputMode="decimal"
          size={5}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errId : undefined}
          data-testid="kmeans-add-y"
        />
      </label>
      <button type="submit" className="ap-button" data-testid="kmeans-add">
        {t('applications.kmeans.add')}
      </button>
      <span className="ap-hint">{t('applications.kmeans.clickHint')}</span>
      {error && (
        <span id={errId} className="ap-message" role="alert" data-testid="kmeans-add-error">
          {error}
        </span>
      )}
    </form>
  );
}
