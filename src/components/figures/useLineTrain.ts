// The Train run a Train figure shows (linear or logistic regression): the same plan, run and
// replayed step as the Train tab's (TrainPanel's LineTrain), published to the embed API so the
// course page can play and step it. Until the layout work exports the tab's own figure
// components, this is the figures' copy of that wiring.
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveRun } from '../../embed/liveRun';
import { useShallow } from 'zustand/react/shallow';
import type { AppState } from '../../state/appState';
import { useAppStore, useAppStoreApi } from '../../state/StoreProvider';
import { heldOutMask } from '../../state/train/presets';
import { runPlan, type RunPlan } from '../../state/train/runPlan';
import type { TrainState } from '../../state/train/slice';
import { useMath } from '../../state/useMath';
import { fmt } from '../charts/format';
import { useRunStability } from '../landscape/useRunStability';
import { stepView, type ViewInput } from '../train/modelView';
import { useHeldOutCurve } from '../train/useHeldOutCurve';
import { usePlayback } from '../train/usePlayback';
import { useTrainRun } from '../train/useTrainRun';

const selectTrain = (s: { train: TrainState }) => s.train;

export function useLineTrain() {
  const { t } = useTranslation();
  const math = useMath();
  const s = useAppStore(selectTrain);
  const {
    playing,
    step: shownStep,
    hover,
    ghosts,
  } = useAppStore(useShallow((st: AppState) => st.trainRuntime));
  const api = useAppStoreApi();
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
  const { run, pending, error } = useTrainRun(math, plan, ghostLabel);
  const path = run?.path ?? null;
  const last = path ? path.loss.length - 1 : -1;
  usePlayback(playing && !pending, last);
  const step = Math.max(0, Math.min(shownStep, last));
  const spe = run?.plan.stepsPerEpoch ?? 1;
  useLiveRun(path?.loss ?? null, spe);
  const stability = useRunStability(run, step);
  const held = useMemo(() => heldOutMask(points.length, dataSeed), [points.length, dataSeed]);
  const view: ViewInput | null = useMemo(
    () =>
      plan && line
        ? { model, loss, l2, points, trainIdx: plan.trainIdx, heldIdx: plan.heldIdx }
        : null,
    [plan, line, model, loss, l2, points],
  );
  const heldCurve = useHeldOutCurve(math, run, view);
  const now = useMemo(
    () =>
      math && path && view
        ? stepView(math, view, path.w[step], path.b[step], path.loss[step])
        : null,
    [math, path, view, step],
  );
  return {
    math,
    s,
    playing,
    hover,
    ghosts,
    line,
    plan,
    run,
    pending,
    error,
    path,
    last,
    step,
    spe,
    stability,
    held,
    now,
    heldCurve,
  };
}
