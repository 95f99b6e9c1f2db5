// The linear/logistic training session: the plan of the current settings, the shared session
// (useTrainSession) and the line model's views of the shown step (fit, pull, held-out curve,
// stability). Used by the Train tab (LineTrain) and the embed figures (useLineTrain).
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore, useAppStoreApi } from '../../state/StoreProvider';
import { selectTrain } from '../../state/selectors';
import { useMath } from '../../state/useMath';
import { heldOutMask } from '../../state/train/presets';
import { runPlan, type RunPlan } from '../../state/train/runPlan';
import { fmt } from '../charts/format';
import { useRunStability } from '../landscape/useRunStability';
import { stepView, type ViewInput } from './modelView';
import { useHeldOutCurve } from './useHeldOutCurve';
import { trainLine } from './useTrainRun';
import { useTrainSession, type SessionOptions } from './useTrainSession';

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
        ? {
            ...stepView(math, view, path.w[step], path.b[step], path.loss[step]),
            // The held-out curve holds every step (pathLoss), so the readout reads it there.
            heldLoss: heldCurve?.loss[step] ?? NaN,
          }
        : null,
    [math, path, view, step, heldCurve],
  );
  return { ...session, math, s, line, plan, stability, held, now, heldCurve };
}

export type LineSession = ReturnType<typeof useLineSession>;
