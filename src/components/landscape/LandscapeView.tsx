// The loss landscape of a 1-D model: heatmap with contours or a 3-D mesh, the optimizers' paths,
// the grid size, and why a learning rate diverges. Takes the problem and the paths as props (the
// Train tab owns them) and computes the surface itself, off the input path.
import type { ScaleLinear } from 'd3-scale';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OptimizerSpec } from '../../math';
import { selectDragging } from '../../state/selectors';
import { useAppStore } from '../../state/StoreProvider';
import type { LandscapeSettings } from '../../state/train/landscape';
import { fmt } from '../charts/format';
import { useSize } from '../charts/useSize';
import { LandscapeHead } from './LandscapeHead';
import { PathLegend } from './PathLegend';
import { PreviousMinimum, usePreviousMinimum } from './PreviousMinimum';
import { Surface3D } from './Surface3D';
import { SurfaceHeatmap, type LandscapePath } from './SurfaceHeatmap';
import { ChartTable } from '../charts/ChartTable';
import { gridMinimum, type Window } from './surfaceGeometry';
import { StabilityNote } from './StabilityNote';
import { useFitWindow } from './useFitWindow';
import { useLandscapeLayers, type BatchSpec } from './useLandscapeLayers';
import { isQuadratic, useStability, type StabilityInfo } from './useStability';
import { useSurface, type LandscapeProblem } from './useSurface';
import './landscape.css';

export interface LandscapeViewProps {
  problem: LandscapeProblem | null;
  paths: LandscapePath[];
  step: number;
  optimizer?: Pick<OptimizerSpec, 'name' | 'momentum' | 'lr'> | null;
  /** Changes when the view should re-fit (new data set or model; not a new loss or rate). */
  fitKey?: string;
  /** The comparison drawn ('' for none): the view re-fits once its paths arrive. */
  compareKey?: string;
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

/** The legend goes beside the plot when the stage is at least this wide, else under it. */
const SIDE_LEGEND_MIN = 480;
const SIDE_LEGEND_W = 150;

export function LandscapeView(props: LandscapeViewProps) {
  const { problem, paths, step, optimizer = null, fill = false } = props;
  const { t } = useTranslation();
  const [sizeRef, size] = useSize<HTMLDivElement>({ width: 520, height: 420 });
  const [stageRef, stage] = useSize<HTMLDivElement>({ width: 520, height: 420 });
  const { grid: g, mode } = props.settings;
  const first = paths[0];
  const dragging = useAppStore(selectDragging) !== null;
  // Frozen during a drag and a replay (the fit reads whole paths, never the step shown).
  const { base, fit } = useFitWindow(paths, props.fitKey ?? '', props.compareKey ?? '', dragging);
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
    batch: props.batch ?? null,
    step: batchStep,
  });
  const start = first ? { w: first.w[0], b: first.b[0] } : null;
  const ghost = usePreviousMinimum(problem?.loss ?? null, props.fitKey ?? '', minimum);
  const layers =
    ghost || extra.layers
      ? (x: ScaleLinear<number, number>, y: ScaleLinear<number, number>) => (
          <>
            {extra.layers?.(x, y)}
            {ghost && <PreviousMinimum ghost={ghost} now={minimum} x={x} y={y} />}
          </>
        )
      : undefined;
  const own = useStability(
    props.stability ? null : problem,
    isQuadratic(problem) ? start : now,
    optimizer,
  );
  const stability = props.stability ?? own;
  const legendSide = paths.length > 1 && (fill ? stage.width : size.width) >= SIDE_LEGEND_MIN;
  const room = (fill ? stage.width : Math.min(size.width, 720)) - (legendSide ? SIDE_LEGEND_W : 0);
  const width = Math.max(220, room);
  const height = fill
    ? Math.max(200, stage.height)
    : Math.round(Math.min(520, Math.max(280, width * 0.78)));
  const shown = view ?? base;
  const summary = t('landscape.summary', {
    w0: fmt(shown.w[0]),
    w1: fmt(shown.w[1]),
    b0: fmt(shown.b[0]),
    b1: fmt(shown.b[1]),
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
      <LandscapeHead settings={props.settings} onSettings={props.onSettings} onFit={fit} />
      {props.aside}
      <div
        className={`landscape-stage${legendSide ? ' with-legend' : ''}`}
        data-pending={surface.pending}
        data-base={[...base.w, ...base.b].map((v) => Number(v.toPrecision(4))).join(',')}
        data-testid="landscape-stage"
        ref={stageRef}
      >
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
            layers={layers}
            showMinimum={extra.showMinimum}
            live={surface.live}
            coarse={dragging}
            onPick={props.onPick}
            onHover={props.onHover}
          />
        ) : (
          <Surface3D
            grid={surface.grid}
            paths={paths}
            step={step}
            width={width}
            height={height}
            label={summary}
            labels={{
              w: t('landscape.w'),
              b: t('landscape.b'),
              loss: t('landscape.loss'),
              minimum: t('landscape.minimum'),
            }}
            camera={props.settings.camera}
            onCamera={(camera) => props.onSettings({ camera })}
          />
        )}
        {legendSide && <PathLegend paths={paths} side />}
        {surface.pending && (
          <p className="landscape-progress" role="status">
            {t('landscape.computing')}
          </p>
        )}
      </div>
      <div className="landscape-more">
        {!legendSide && <PathLegend paths={paths} side={false} />}
        {first && <PathTable path={first} minimum={minimum} />}
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
      </div>
    </section>
  );
}

/** The run's path as a data table (screen readers, export). */
function PathTable({
  path,
  minimum,
}: {
  path: LandscapePath;
  minimum: { w: number; b: number; value: number } | null;
}) {
  const { t } = useTranslation();
  return (
    <ChartTable
      title={t('a11y.table.path', {
        title: t('landscape.title'),
        run: path.label,
        minimum: t('landscape.minimum'),
        loss: minimum ? fmt(minimum.value) : '—',
        w: minimum ? fmt(minimum.w) : '—',
        b: minimum ? fmt(minimum.b) : '—',
      })}
      columns={[t('a11y.table.step'), 'w', 'b', ...(path.loss ? [t('landscape.loss')] : [])]}
      count={path.w.length}
      row={(i) => [i, path.w[i], path.b[i], ...(path.loss ? [path.loss[i]] : [])]}
      testId="landscape-table"
    />
  );
}
