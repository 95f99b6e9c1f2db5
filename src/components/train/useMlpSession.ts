// The MLP's training session, as useLineSession is the line models': the plan of the current
// settings, the shared session (useTrainSession) and the MLP's views of the shown step (the
// decision heatmap, held-out loss and accuracy, the readout's view, the landscape's problem).
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MlpProblem } from '../../math';
import { useAppStore, useAppStoreApi } from '../../state/StoreProvider';
import { selectTrain } from '../../state/selectors';
import { mlpPlan, type MlpPlan } from '../../state/train/mlpPlan';
import { heldOutMask } from '../../state/train/presets';
import { useMath } from '../../state/useMath';
import { fmt } from '../charts/format';
import { dataDomain } from './dataDomain';
import type { StepView } from './modelView';
import { useMlpHeldCurves, useMlpStep } from './useMlpViews';
import { trainNet, type MlpRun } from './useTrainRun';
import { useTrainSession, type SessionOptions } from './useTrainSession';

/**
 * The readout's view of step `step`: loss and accuracy, held-out ones once computed for it.
 * While a replay plays, the held-out ones of the latest step computed stand in (a frame or two
 * behind), instead of a dash that flickers on every frame.
 */
export function mlpReadout(
  path: { loss: number[]; accuracy: number[] },
  step: number,
  at: { step: number; heldLoss: number; heldAccuracy: number } | null,
  playing = false,
): StepView {
  const now = at && (at.step === step || playing) ? at : null;
  return {
    w: NaN,
    b: NaN,
    loss: path.loss[step],
    pull: [],
    gradNorm: NaN,
    heldLoss: now ? now.heldLoss : NaN,
    quality: { train: path.accuracy[step], held: now ? now.heldAccuracy : NaN },
  };
}

/** The run's training points as the problem of its loss landscape. */
export function trainProblem(run: MlpRun): MlpProblem {
  const r = run.plan.request;
  return {
    x: r.x,
    y: r.y,
    loss: r.loss,
    mlp: r.mlp,
    ...(r.regularization ? { regularization: r.regularization } : {}),
  };
}

export function useMlpSession(options?: SessionOptions) {
  const { t } = useTranslation();
  const math = useMath();
  const s = useAppStore(selectTrain);
  const api = useAppStoreApi();
  const { points, model, loss, mlp, initSeed, optimizer, batch, miniBatch, l2, epochs, dataSeed } =
    s;
  const plan = useMemo(
    () =>
      mlpPlan({
        ...api.getState().train,
        points,
        model,
        loss,
        mlp,
        initSeed,
        optimizer,
        batch,
        miniBatch,
        l2,
        epochs,
        dataSeed,
      }),
    [api, points, model, loss, mlp, initSeed, optimizer, batch, miniBatch, l2, epochs, dataSeed],
  );
  const ghostLabel = useCallback(
    (p: MlpPlan) =>
      `MLP ${p.request.mlp.hidden} ${p.request.mlp.activation} · ${t(`train.optimizer.${p.request.optimizer.name}`)} · η = ${fmt(p.request.optimizer.lr)} · ${p.request.loss}`,
    [t],
  );
  const session = useTrainSession(math, plan, trainNet, ghostLabel, options);
  const { run, path, step } = session;
  const held = useMemo(() => heldOutMask(points.length, dataSeed), [points.length, dataSeed]);
  const domain = useMemo(() => dataDomain(points, 'linear'), [points]);
  const stepView = useMlpStep(math, run, step, domain);
  const heldCurves = useMlpHeldCurves(math, run);
  const problem = useMemo(() => (run ? trainProblem(run) : null), [run]);
  const view = path ? mlpReadout(path, step, stepView, session.playing) : null;
  return { ...session, math, s, plan, held, stepView, heldCurves, problem, view };
}
