// The loss landscape of the current Train run (issue 5): the surface over (w, b) with the
// optimizer's path, click to restart from a point, and optional comparisons — other optimizers
// from the same start on the same surface, and the same data under other losses side by side.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CompareLosses } from '../landscape/CompareLosses';
import { LandscapeView } from '../landscape/LandscapeView';
import type { LandscapePath } from '../landscape/SurfaceHeatmap';
import { useRunProblem } from '../landscape/useRunStability';
import type { StabilityInfo } from '../landscape/useStability';
import { useCompareRuns, COMPARE_SETS, type CompareSetId } from '../landscape/useCompareRuns';
import { pathStyle } from '../landscape/pathGeometry';
import { useAppStore, useAppStoreApi } from '../../state/StoreProvider';
import type { TrainState } from '../../state/train/slice';
import type { TrainRun } from './useTrainRun';
import { PathReplayContext, useReplayChannel } from './replayPaint';

export interface LandscapeSlotProps {
  /** The run being replayed: run.plan.request is the trainPath request, run.path its result. */
  run: TrainRun | null;
  /** Index into run.path.w / .b / .loss of the state shown now. */
  step: number;
  pending: boolean;
  /**
   * The current settings' request, when newer than the run's: the surface follows the data as
   * they change (a dragged point: live frames) before the run catches up.
   */
  live?: TrainRun['plan']['request'] | null;
  /** The optimizer's stability at this step (shared with the learning-rate slider). */
  stability?: StabilityInfo;
  /** Fill the box the workspace gives it. */
  fill?: boolean;
}

const selectLandscape = (s: { train: TrainState }) => s.train.landscape;

/** The landscape figure of a linear/logistic run (exported as LandscapeFigure for embeds). */
export function LandscapeSlot({
  run,
  step,
  live = null,
  stability,
  fill = false,
}: LandscapeSlotProps) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const settings = useAppStore(selectLandscape);
  const setLandscape = store.getState().trainActions.setLandscape;
  const { compare, losses: lossesSide } = settings;
  const req = run?.plan.request ?? null;
  const problem = useRunProblem(live ?? req);
  const others = useCompareRuns(req, compare === 'none' ? null : compare);
  // In the Train workspace the paths follow the store's replay, painted outside React.
  const replay = useReplayChannel();
  const paths = useMemo<LandscapePath[]>(() => {
    if (!run) return [];
    const main: LandscapePath = {
      id: 'run',
      label: t('landscape.thisRun'),
      ...pathStyle(0),
      w: run.path.w,
      b: run.path.b,
      loss: run.path.loss,
      divergedAt: run.path.divergedAt,
    };
    return [main, ...others.map((o, i) => ({ ...o, ...pathStyle(i + 1) }))];
  }, [run, others, t]);
  if (!run || !req || !problem) return null;
  return (
    <section
      className={`landscape-slot${fill ? ' landscape-slot-fill' : ''}`}
      data-testid="landscape-slot"
    >
      <PathReplayContext.Provider value={replay}>
        <LandscapeView
          problem={problem}
          paths={paths}
          step={step}
          optimizer={req.optimizer}
          stability={stability}
          settings={settings}
          onSettings={setLandscape}
          batch={req.batchSize ? { size: req.batchSize, seed: req.seed ?? 1 } : null}
          // Not the loss: MSE → MAE keeps the frame, so the minimum's move shows.
          fitKey={`${run.plan.dataKey}|${req.model}`}
          compareKey={compare === 'none' ? '' : compare}
          onPick={(w, b) => store.getState().trainActions.setInit(w, b)}
          onHover={(p) => store.getState().trainActions.setHover(p)}
          fill={fill}
          aside={
            <div className="landscape-compare">
              <label>
                {t('landscape.compare.label')}{' '}
                <select
                  value={compare}
                  onChange={(e) =>
                    setLandscape({ compare: e.target.value as CompareSetId | 'none' })
                  }
                  data-testid="compare-select"
                >
                  <option value="none">{t('landscape.compare.none')}</option>
                  {Object.keys(COMPARE_SETS).map((id) => (
                    <option key={id} value={id}>
                      {t(`landscape.compare.${id as CompareSetId}`)}
                    </option>
                  ))}
                </select>
              </label>
              <label className="check">
                <input
                  type="checkbox"
                  checked={lossesSide}
                  onChange={(e) => setLandscape({ losses: e.target.checked })}
                  data-testid="compare-losses"
                />{' '}
                {t('landscape.compare.losses')}
              </label>
            </div>
          }
        />
      </PathReplayContext.Provider>
      {lossesSide && <CompareLosses problem={problem} />}
    </section>
  );
}

export { LandscapeSlot as LandscapeFigure };
