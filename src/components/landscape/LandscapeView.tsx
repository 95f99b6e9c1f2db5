// The loss landscape of a 1-D model: heatmap with contours or a 3-D mesh, the optimizers' paths,
// the grid size, and why a learning rate diverges. Takes the problem and the paths as props (the
// Train tab owns them) and computes the surface itself, off the input path.
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OptimizerSpec } from '../../math';
import { selectDragging } from '../../state/selectors';
import { useAppStore } from '../../state/StoreProvider';
import type { LandscapeSettings } from '../../state/train/landscape';
import { fmt } from '../charts/format';
import { LandscapeHead } from './LandscapeHead';
import { PathLegend } from './PathLegend';
import { usePreviousMinimumLayers } from './PreviousMinimum';
import { useLandscapeBox } from './useLandscapeBox';
import { useStable } from './useStable';
import { Surface3D } from './Surface3D';
import { SurfaceHeatmap, useSurfaceLabels, type LandscapePath } from './SurfaceHeatmap';
import { LandscapeMore } from './LandscapeMore';
import { gridMinimum, type Window } from './surfaceGeometry';
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

const LABELS = ['landscape.w', 'landscape.b', 'landscape.loss', 'landscape.minimum'] as const;

export function LandscapeView(props: LandscapeViewProps) {
  const { problem, paths, step, optimizer = null, fill = false } = props;
  const { t } = useTranslation();
  const { sizeRef, stageRef, legendSide, width, height } = useLandscapeBox(paths.length, fill);
  const { grid: g, mode } = props.settings;
  const first = paths[0];
  const key = props.fitKey ?? '';
  const dragging = useAppStore(selectDragging) !== null;
  // Frozen during a drag and a replay (the fit reads whole paths, never the step shown).
  const { base, fit } = useFitWindow(paths, key, props.compareKey ?? '', dragging);
  const [view, setView] = useState<Window | null>(null);
  // The heatmap reports the window it shows; until it has (the 3-D view may open first, from a
  // link), the base window.
  const win = view ?? base;
  const surface = useSurface(problem, win, g);
  const minimum = useMemo(() => (surface.grid ? gridMinimum(surface.grid) : null), [surface.grid]);
  const at = first ? Math.min(step, first.w.length - 1) : 0;
  const now = first ? { w: first.w[at], b: first.b[at] } : null;
  // The batch that the step from the state shown descends on (the last state has no next step).
  const batchStep = Math.max(0, Math.min(step, (first?.w.length ?? 1) - 2));
  const extra = useLandscapeLayers(problem, win, g, {
    draw: mode === '2d',
    batch: props.batch ?? null,
    step: batchStep,
  });
  const start = first ? { w: first.w[0], b: first.b[0] } : null;
  const layers = usePreviousMinimumLayers(problem?.loss ?? null, key, minimum, extra.layers);
  const mine = useStability(
    props.stability ? null : problem,
    isQuadratic(problem) ? start : now,
    optimizer,
  );
  const stability = props.stability ?? mine;
  const [w0, w1] = win.w;
  const [b0, b1] = win.b;
  const summary = t('landscape.summary', {
    ...{ w0: fmt(w0), w1: fmt(w1), b0: fmt(b0), b1: fmt(b1) },
    ...{ min: minimum ? fmt(minimum.value) : '—' },
    ...{ mw: minimum ? fmt(minimum.w) : '—', mb: minimum ? fmt(minimum.b) : '—' },
  });
  const axes = useSurfaceLabels(LABELS);
  const labels = useMemo(() => ({ ...axes, summary }), [axes, summary]);
  const onPick = useStable(props.onPick);
  const onHover = useStable(props.onHover);
  const m = problem?.x.length ?? 0;
  const ms = problem ? surface.ms : null;
  const computed = useMemo(() => (ms !== null ? { g, m, ms } : null), [ms, g, m]);
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
            {...{ grid: surface.grid, base, paths, step, width, height, labels, layers }}
            onView={setView}
            showMinimum={extra.showMinimum}
            live={surface.live}
            coarse={dragging}
            {...{ onPick, onHover }}
          />
        ) : (
          <Surface3D
            {...{ grid: surface.grid, paths, step, width, height, label: summary, labels: axes }}
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
      <LandscapeMore
        {...{ paths, minimum, mode, computed, stability, optimizer }}
        legend={!legendSide}
        notes={extra.notes}
        error={surface.error}
        loss={problem?.loss}
      />
    </section>
  );
}
