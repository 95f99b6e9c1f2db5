// The linear/logistic training session: the plan of the current settings, the shared session
// (useTrainSession) and the line model's views of the shown step (fit, pull, held-out curve,
// stability). Used by the Train tab (LineTrain) and the embed figures (useLineTrain).
import { useCallback, useLayoutEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrainResult } from '../../math';
import type { MathBackend } from '../../state/backendLoader';
import { useAppStore, useAppStoreApi } from '../../state/StoreProvider';
import { selectPlaying, selectTrain } from '../../state/selectors';
import { useMath } from '../../state/useMath';
import { heldOutMask } from '../../state/train/presets';
import { runPlan, type RunPlan } from '../../state/train/runPlan';
import { fmt } from '../charts/format';
import { useRunProblem, useRunStability } from '../landscape/useRunStability';
import { isQuadratic } from '../landscape/useStability';
import { pathPulls, rowPull, stepView, type StepView, type ViewInput } from './modelView';
import { offerLineAt, useHeldStep, useReplayChannel, type LineAt } from './replayPaint';
import { useHeldOutCurve, type Curve } from './useHeldOutCurve';
import { trainLine } from './useTrainRun';
import { useShownStep, useTrainSession, type SessionOptions } from './useTrainSession';

export function useLineSession(options?: SessionOptions) {
  const { t } = useTranslation();
  const math = useMath();
  const s = useAppStore(selectTrain);
  const api = useAppStoreApi();
  // The plan depends on settings and data only (not on the replayed step).
  const { points, model, loss, init, optimizer, batch, miniBatch, l2, epochs, dataSeed } = s;
  const line = model === 'linear' || model === 'logistic';
  const plan = useMemo(
    () =>
      line
        ? runPlan({
            ...api.getState().train,
            points,
            model,
            loss,
            init,
            optimizer,
            batch,
            miniBatch,
            l2,
            epochs,
            dataSeed,
          })
        : null,
    [api, line, points, model, loss, init, optimizer, batch, miniBatch, l2, epochs, dataSeed],
  );
  const ghostLabel = useCallback(
    (p: RunPlan) =>
      `${t(`train.optimizer.${p.request.optimizer.name}`)} · η = ${fmt(p.request.optimizer.lr)} · ${p.request.loss}`,
    [t],
  );
  const session = useTrainSession(math, plan, trainLine, ghostLabel, options);
  const { run, path, step } = session;
  const perStep = options?.perStep !== false;
  // A session that does not follow the step still reads the stability at the step shown, except
  // for a quadratic loss (the same everywhere): then a replay's frame leaves its holder alone.
  const quadratic = isQuadratic(useRunProblem(run?.plan.request ?? null));
  // Held while a replay plays (the panel then re-renders on pause, not every frame).
  const stabilityStep = useHeldStep(session.last, Infinity, !perStep && !quadratic);
  const stability = useRunStability(run, perStep ? step : stabilityStep);
  const held = useMemo(() => heldOutMask(points.length, dataSeed), [points.length, dataSeed]);
  const view: ViewInput | null = useMemo(
    () =>
      plan && line
        ? { model, loss, l2, points, trainIdx: plan.trainIdx, heldIdx: plan.heldIdx }
        : null,
    [plan, line, model, loss, l2, points],
  );
  const heldCurve = useHeldOutCurve(math, run, view);
  // Only where the session follows the step (else the figures of the step compute it).
  const now = useMemo(
    () => (perStep ? viewAt(math, path, view, step, heldCurve, session.playing) : null),
    [perStep, math, path, view, step, heldCurve, session.playing],
  );
  return { ...session, math, s, line, plan, stability, held, now, heldCurve, view };
}

/** The readout's view at a step of the path (null before a run). */
function viewAt(
  math: MathBackend | null,
  path: TrainResult | null,
  view: ViewInput | null,
  step: number,
  heldCurve: Curve | null,
  playing = false,
): StepView | null {
  if (!math || !path || !view) return null;
  const rows = playing ? pullsOf(math, path, view) : cachedPulls(path, view);
  return {
    ...stepView(math, view, path.w[step], path.b[step], path.loss[step], rows?.[step]),
    // The held-out curve holds every step (pathLoss), so the readout reads it there.
    heldLoss: heldCurve?.loss[step] ?? NaN,
  };
}

/** Each path's pulls at every step (pathPulls), made once per path and view. */
const pulls = new WeakMap<TrainResult, { view: ViewInput; rows: Float32Array[] | null }>();

function cachedPulls(path: TrainResult, view: ViewInput): Float32Array[] | null {
  const hit = pulls.get(path);
  return hit && hit.view === view ? hit.rows : null;
}

/**
 * The batch is made when a replay starts (not on every run a drag makes, which shows one step):
 * then each frame reads its row, with no tfjs call.
 */
function pullsOf(math: MathBackend, path: TrainResult, view: ViewInput): Float32Array[] | null {
  const hit = pulls.get(path);
  if (hit && hit.view === view) return hit.rows;
  const rows = pathPulls(math, view, path);
  pulls.set(path, { view, rows });
  return rows;
}

/** The last view computed per input: the figures of one frame share it (one tfjs call a step). */
const lastView = new WeakMap<
  ViewInput,
  { path: TrainResult; step: number; heldCurve: Curve | null; value: StepView | null }
>();

/**
 * The step shown and the model's view at it, for a session that does not follow the step
 * (useLineSession({ perStep: false })): each figure of the step subscribes here, so a replay's
 * frame re-renders these figures and not the panel. Figures of one frame share one computation.
 */
export function useLineStep(
  r: Pick<LineSession, 'math' | 'path' | 'view' | 'heldCurve' | 'last' | 'spe'>,
) {
  // The readouts follow a replay a few times a second; the data chart's fit is painted each
  // frame from the channel (lineAt) in between.
  const step = useShownStep(r.last, READOUT_MS);
  const playing = useAppStore(selectPlaying);
  const { math, path, view, heldCurve } = r;
  const channel = useReplayChannel();
  useLayoutEffect(() => {
    if (!channel || !math || !path || !view) return;
    return offerLineAt(channel, (k) => lineAt(math, path, view, k));
  }, [channel, math, path, view]);
  const now = useMemo(() => {
    if (!math || !path || !view) return null;
    const hit = lastView.get(view);
    if (hit && hit.path === path && hit.step === step && hit.heldCurve === heldCurve)
      return hit.value;
    const value = viewAt(math, path, view, step, heldCurve, playing);
    lastView.set(view, { path, step, heldCurve, value });
    return value;
  }, [math, path, view, step, heldCurve, playing]);
  return { step, epoch: step / r.spe, now };
}

/** How often the readouts take the replayed step while it plays (ms). */
export const READOUT_MS = 250;

/** The fit and pulls at step k of the path, as viewAt gives them (the replay's painted frame). */
export function lineAt(
  math: MathBackend,
  path: TrainResult,
  view: ViewInput,
  k: number,
): ReturnType<LineAt> {
  if (!(k >= 0 && k < path.w.length)) return null;
  const rows = pullsOf(math, path, view);
  return { fit: { w: path.w[k], b: path.b[k] }, pull: rowPull(view, rows?.[k]) };
}

export type LineSession = ReturnType<typeof useLineSession>;
