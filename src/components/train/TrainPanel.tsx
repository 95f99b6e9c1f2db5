// The Train tab: a toy model trained with tfjs (one trainPath — or, for the MLP, trainMlp — run
// per setting, replayed frame by frame), with linked views of the data and fit, the loss by
// epoch, the readout and the log. The MLP has its own page body (MlpTrain).
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { fmt } from '../charts/format';
import { useAppStore, useAppStoreApi } from '../../state/StoreProvider';
import {
  selectGhosts,
  selectPlaying,
  selectStep,
  selectTrain,
  selectHover,
  selectTrainModel,
} from '../../state/selectors';
import { useMath } from '../../state/useMath';
import { heldOutMask } from '../../state/train/presets';
import { roundBelow, stabilityLimit } from '../../state/train/metrics';
import { runPlan, type RunPlan } from '../../state/train/runPlan';
import { Controls } from './Controls';
import { useRunStability } from '../landscape/useRunStability';
import { DivergenceNotice } from './DivergenceNotice';
import { LandscapeSlot } from './LandscapeSlot';
import { DataFitFigure } from './figures/DataFitFigure';
import { EpochFigure } from './figures/EpochFigure';
import { LrField } from './LrField';
import { RunStatusLine } from './RunStatusLine';
import { TrainLayout } from './TrainLayout';
import { MlpTrain } from './MlpTrain';
import { stepView, type ViewInput } from './modelView';
import { PresetBar } from './PresetBar';
import { Lockable } from '../lesson/Lockable';
import { useLiveRun } from '../../embed/liveRun';
import { Readout } from './Readout';
import { TrainLog } from './TrainLog';
import { fmtEpoch, Transport } from './Transport';
import { useHeldOutCurve } from './useHeldOutCurve';
import { usePlayback, usePlayToggle, useSpaceToggle } from './usePlayback';
import { useTrainRun } from './useTrainRun';
import '../../styles/train.css';

export default function TrainPanel() {
  const model = useAppStore(selectTrainModel);
  return model === 'mlp' ? <MlpTrain /> : <LineTrain />;
}

/** Linear and logistic regression on 1-D data. */
function LineTrain() {
  const { t } = useTranslation();
  const math = useMath();
  const s = useAppStore(selectTrain);
  const api = useAppStoreApi();
  const a = api.getState().trainActions;

  // The plan depends on settings and data only (not on the replayed step).
  const { points, model, loss, init, optimizer, batch, miniBatch, l2, epochs, dataSeed } = s;
  const plan = useMemo(
    () =>
      runPlan({
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
      }),
    [api, points, model, loss, init, optimizer, batch, miniBatch, l2, epochs, dataSeed],
  );
  const ghostLabel = useCallback(
    (p: RunPlan) =>
      `${t(`train.optimizer.${p.request.optimizer.name}`)} · η = ${fmt(p.request.optimizer.lr)} · ${p.request.loss}`,
    [t],
  );
  const { run, pending, error } = useTrainRun(math, plan, ghostLabel);
  const path = run?.path ?? null;
  const last = path ? path.loss.length - 1 : -1;
  const playing = useAppStore(selectPlaying);
  usePlayback(playing && !pending, last);
  useSpaceToggle(usePlayToggle(last));

  const step = Math.max(0, Math.min(useAppStore(selectStep), last));
  const ghosts = useAppStore(selectGhosts);
  const hover = useAppStore(selectHover);
  const stability = useRunStability(run, step);
  const spe = run?.plan.stepsPerEpoch ?? 1;
  useLiveRun(path?.loss ?? null, spe);
  const epoch = step / spe;
  const held = useMemo(() => heldOutMask(points.length, dataSeed), [points.length, dataSeed]);
  const view: ViewInput | null = useMemo(
    () =>
      plan && (model === 'linear' || model === 'logistic')
        ? { model, loss, l2, points, trainIdx: plan.trainIdx, heldIdx: plan.heldIdx }
        : null,
    [plan, model, loss, l2, points],
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

  const diverged = path?.divergedAt !== undefined ? path.divergedAt : null;
  const showDiverged = diverged !== null && step >= last;
  const exact =
    model === 'linear' &&
    loss === 'mse' &&
    (optimizer.name === 'sgd' || optimizer.name === 'momentum');
  const limit =
    exact && plan
      ? stabilityLimit(plan.request.x, l2, optimizer.name === 'momentum' ? optimizer.momentum : 0)
      : null;
  const suggested = limit !== null ? roundBelow(limit) : roundBelow(optimizer.lr / 5);

  const affine = now ? `${fmt(now.w)}·x ${now.b < 0 ? '−' : '+'} ${fmt(Math.abs(now.b))}` : '';
  const fitText = now ? (model === 'logistic' ? `p = σ(${affine})` : `ŷ = ${affine}`) : '';
  const dataSummary = t('train.data.summary', {
    n: points.length,
    fit: fitText,
    epoch: fmtEpoch(epoch),
  });
  const heldCount = plan?.heldIdx.length ?? 0;

  return (
    <TrainLayout
      bar={
        <>
          <Transport
            last={last}
            stepsPerEpoch={spe}
            lossAt={(k) => path?.loss[k] ?? NaN}
            disabled={false}
          />
          <Lockable id="lr">
            <LrField
              lr={optimizer.lr}
              onChange={(lr) => a.setOptimizer({ lr })}
              stability={stability}
            />
          </Lockable>
        </>
      }
      notes={
        <>
          <RunStatusLine
            math={!!math}
            pending={pending}
            ran={run && !pending ? { steps: last, ms: run.ms } : null}
          />
          {error && (
            <p className="train-error" role="alert">
              {error}
            </p>
          )}
          {showDiverged && (
            <DivergenceNotice
              epoch={fmtEpoch(diverged / spe)}
              lr={optimizer.lr}
              limit={limit}
              suggested={suggested}
              onApply={() => a.setOptimizer({ lr: suggested })}
            />
          )}
        </>
      }
      landscape={
        <LandscapeSlot run={run} step={step} pending={pending} stability={stability} fill />
      }
      data={
        <DataFitFigure
          points={points}
          held={held}
          model={model}
          now={now}
          hoverFit={hover}
          heldCount={heldCount}
          capped={plan && plan.epochs < epochs ? { epochs: plan.epochs } : null}
          summary={dataSummary}
          fill
        />
      }
      epoch={
        <EpochFigure
          loss={path?.loss ?? null}
          stepsPerEpoch={spe}
          held={heldCurve}
          ghosts={ghosts}
          epochs={run ? run.plan.epochs : epochs}
          step={step}
          divergedAt={diverged}
          log={s.logScale}
          onLog={a.setLogScale}
          onClearGhosts={a.clearGhosts}
          fill
        />
      }
      rail={
        <>
          <Readout view={now} epoch={epoch} step={step} model={model} hasHeld={heldCount > 0} />
          <Lockable id="data">
            <PresetBar />
          </Lockable>
          <Controls math={math} stability={stability} withLr={false} />
        </>
      }
      more={
        <TrainLog
          loss={path?.loss ?? null}
          stepsPerEpoch={spe}
          epochs={run?.plan.epochs ?? epochs}
          step={step}
        />
      }
    />
  );
}
