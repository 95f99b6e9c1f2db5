// The loss landscape of a 1-D model: heatmap with contours or a 3-D mesh, the optimizers' paths,
// the grid size, and why a learning rate diverges. Takes the problem and the paths as props (the
// Train tab owns them) and computes the surface itself, off the input path.
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OptimizerSpec } from '../../math';
import { GRID_SIZES, type LandscapeSettings } from '../../state/train/landscape';
import { fmt } from '../charts/format';
import { useSize } from '../charts/useSize';
import { Surface3D } from './Surface3D';
import { SurfaceHeatmap, type LandscapePath } from './SurfaceHeatmap';
import { ChartTable } from '../charts/ChartTable';
import { gridMinimum, windowAround, type Window } from './surfaceGeometry';
import { StabilityNote } from './StabilityNote';
import { useLandscapeLayers, type BatchSpec } from './useLandscapeLayers';
import { useStability, type StabilityInfo } from './useStability';
import { useSurface, type LandscapeProblem } from './useSurface';
import './landscape.css';

export interface LandscapeViewProps {
  problem: LandscapeProblem | null;
  paths: LandscapePath[];
  step: number;
  optimizer?: Pick<OptimizerSpec, 'name' | 'momentum' | 'lr'> | null;
  /** Changes when the view should re-fit (new dataset, model or run from elsewhere). */
  fitKey?: string;
  onPick?(w: number, b: number): void;
  onHover?(p: { w: number; b: number; loss: number } | null): void;
  /** Computed by the caller when it shares it (the learning-rate slider's mark); else here. */
  stability?: StabilityInfo;
  /** The run's mini-batch schedule, when it trains on mini-batches (the batch's surface is drawn). */
  batch?: BatchSpec | null;
  /** Grid size, 2-D/3-D and the 3-D camera (kept in the URL by the caller). */
  settings: Pick<LandscapeSettings, 'grid' | 'mode' | 'camera'>;
  onSettings(p: Partial<LandscapeSettings>): void;
  /** Fill the box the layout gives (the Train workspace): the plot takes the stage's height. */
  fill?: boolean;
  /** Shown beside the view's own controls (the Train tab's compare options). */
  aside?: ReactNode;
}

export function LandscapeView({
  problem,
  paths,
  step,
  optimizer = null,
  fitKey = '',
  onPick,
  onHover,
  stability: shared,
  batch = null,
  settings,
  onSettings,
  fill = false,
  aside = null,
}: LandscapeViewProps) {
  const { t } = useTranslation();
  const [sizeRef, size] = useSize<HTMLDivElement>({ width: 520, height: 420 });
  const [stageRef, stage] = useSize<HTMLDivElement>({ width: 520, height: 420 });
  const { grid: g, mode } = settings;
  const first = paths[0];
  const fitPoints = useMemo(
    () =>
      paths.flatMap((p) =>
        p.w.slice(0, p.divergedAt ?? p.w.length).map((w, k) => ({ w, b: p.b[k] })),
      ),
    // Re-fit on request only: a run that is replaying must not move the camera.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [fitKey, first?.id],
  );
  const [base, setBase] = useState<Window>(() => windowAround(fitPoints));
  // Re-fit when the points to fit change (React's "adjust state while rendering" pattern).
  const [fittedTo, setFittedTo] = useState(fitPoints);
  if (fittedTo !== fitPoints) {
    setFittedTo(fitPoints);
    setBase(windowAround(fitPoints));
  }
  const [view, setView] = useState<Window | null>(null);
  // The heatmap reports the window it shows; until it has (the 3-D view may open first, from a
  // link), the base window.
  const win = view ?? base;
  const surface = useSurface(problem, win, g);
  const minimum = useMemo(() => (surface.grid ? gridMinimum(surface.grid) : null), [surface.grid]);
  const now = first
    ? {
        w: first.w[Math.min(step, first.w.length - 1)],
        b: first.b[Math.min(step, first.b.length - 1)],
      }
    : null;
  // The batch that the step from the state shown descends on (the last state has no next step).
  const batchStep = Math.max(0, Math.min(step, (first?.w.length ?? 1) - 2));
  const extra = useLandscapeLayers(problem, win, g, {
    draw: mode === '2d',
    batch,
    step: batchStep,
  });
  const own = useStability(shared ? null : problem, now, optimizer);
  const stability = shared ?? own;
  const width = fill ? Math.max(220, stage.width) : Math.max(220, Math.min(size.width, 720));
  const height = fill
    ? Math.max(200, stage.height)
    : Math.round(Math.min(520, Math.max(280, width * 0.78)));
  const summary = t('landscape.summary', {
    w0: fmt(view?.w[0] ?? base.w[0]),
    w1: fmt(view?.w[1] ?? base.w[1]),
    b0: fmt(view?.b[0] ?? base.b[0]),
    b1: fmt(view?.b[1] ?? base.b[1]),
    min: minimum ? fmt(minimum.value) : '—',
    mw: minimum ? fmt(minimum.w) : '—',
    mb: minimum ? fmt(minimum.b) : '—',
  });
  return (
    <section
      className={`landscape${fill ? ' landscape-fill' : ''}`}
      aria-labelledby="landscape-title"
      ref={sizeRef}
    >
      <header className="landscape-head">
        <h3 id="landscape-title">{t('landscape.title')}</h3>
        <div className="landscape-controls">
          <div role="group" aria-label={t('landscape.view')} className="seg">
            {(['2d', '3d'] as const).map((m) => (
              <button
                key={m}
                type="button"
                className="button small"
                aria-pressed={mode === m}
                onClick={() => onSettings({ mode: m })}
              >
                {t(m === '2d' ? 'landscape.view2d' : 'landscape.view3d')}
              </button>
            ))}
          </div>
          <label className="inline-field">
            {t('landscape.grid')}{' '}
            <select
              value={g}
              onChange={(e) =>
                onSettings({ grid: Number(e.target.value) as LandscapeSettings['grid'] })
              }
              data-testid="grid-size"
            >
              {GRID_SIZES.map((n) => (
                <option key={n} value={n}>
                  {n}×{n}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="button small"
            onClick={() => setBase(windowAround(fitPoints))}
          >
            {t('landscape.fit')}
          </button>
        </div>
      </header>
      {aside}
      <div className="landscape-stage" data-pending={surface.pending} ref={stageRef}>
        {mode === '2d' ? (
          <SurfaceHeatmap
            key={base.w.join() + base.b.join()}
            grid={surface.grid}
            base={base}
            paths={paths}
            step={step}
            width={width}
            height={height}
            labels={{
              w: t('landscape.w'),
              b: t('landscape.b'),
              loss: t('landscape.loss'),
              minimum: t('landscape.minimum'),
              summary,
            }}
            onView={setView}
            layers={extra.layers}
            showMinimum={extra.showMinimum}
            onPick={onPick}
            onHover={onHover}
          />
        ) : (
          <Surface3D
            grid={surface.grid}
            paths={paths}
            step={step}
            width={width}
            height={height}
            label={summary}
            camera={settings.camera}
            onCamera={(camera) => onSettings({ camera })}
          />
        )}
        {surface.pending && (
          <p className="landscape-progress" role="status">
            {t('landscape.computing')}
          </p>
        )}
      </div>
      {first && (
        <ChartTable
          title={t('a11y.table.path', {
            title: t('landscape.title'),
            run: first.label,
            minimum: t('landscape.minimum'),
            loss: minimum ? fmt(minimum.value) : '—',
            w: minimum ? fmt(minimum.w) : '—',
            b: minimum ? fmt(minimum.b) : '—',
          })}
          columns={[t('a11y.table.step'), 'w', 'b', ...(first.loss ? [t('landscape.loss')] : [])]}
          count={first.w.length}
          row={(i) => [i, first.w[i], first.b[i], ...(first.loss ? [first.loss[i]] : [])]}
          testId="landscape-table"
        />
      )}
      {extra.notes}
      <p className="landscape-meta muted">
        {mode === '2d' ? t('landscape.hint') : t('landscape.hint3d')}{' '}
        {surface.ms !== null && problem && (
          <span data-testid="surface-time">
            {t('landscape.computedIn', { g, m: problem.x.length, ms: Math.round(surface.ms) })}
          </span>
        )}
      </p>
      {surface.error && (
        <p className="landscape-error" role="alert">
          {t('landscape.error', { message: surface.error })}
        </p>
      )}
      <StabilityNote
        info={stability}
        lr={optimizer?.lr ?? null}
        name={
          stability.kind === 'na' && stability.reason === 'piecewise'
            ? problem?.loss
            : optimizer?.name
        }
      />
    </section>
  );
}
