// The Train tab for the tiny MLP on 2-D data: one trainMlp run per setting, replayed frame by
// frame; the data with the decision heatmap p = σ(z) and its p = 0.5 contour; loss and accuracy
// by epoch; the readout with the weight norm; and the MLP's loss landscape (a 2-D slice along
// seeded filter-normalised directions, and the start → now interpolation).
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { fmt } from '../charts/format';
import { MlpLandscape } from '../landscape/MlpLandscape';
import { useAppStore, useAppStoreApi } from '../../state/StoreProvider';
import { selectTrain } from '../../state/selectors';
import { useMath } from '../../state/useMath';
import { mlpPlan, type MlpPlan } from '../../state/train/mlpPlan';
import { heldOutMask } from '../../state/train/presets';
import { roundBelow } from '../../state/train/metrics';
import { Controls } from './Controls';
import { dataDomain } from './dataDomain';
import { weightNorm } from './decisionGrid';
import { DataFitFigure } from './figures/DataFitFigure';
import { EpochFigure } from './figures/EpochFigure';
import { TrainLayout } from './TrainLayout';
import type { StepView } from './modelView';
import { PresetBar } from './PresetBar';
import { Lockable } from '../lesson/Lockable';
import { Readout } from './Readout';
import { TrainLog } from './TrainLog';
import { RunBar, RunNotes } from './RunParts';
import { fmtEpoch } from './Transport';
import { useMlpHeldCurves, useMlpStep } from './useMlpViews';
import { trainNet } from './useTrainRun';
import { useTrainSession } from './useTrainSession';
import '../../styles/train.css';

export function MlpTrain() {
  const { t } = useTranslation();
  const math = useMath();
  const s = useAppStore(selectTrain);
  const api = useAppStoreApi();
  const a = api.getState().trainActions;

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
  const session = useTrainSession(math, plan, trainNet, ghostLabel, { spaceKey: true });
  const { run, path, step, spe, epoch, ghosts, diverged } = session;
  const held = useMemo(() => heldOutMask(points.length, dataSeed), [points.length, dataSeed]);
  const domain = useMemo(() => dataDomain(points, 'linear'), [points]);
  const stepView = useMlpStep(math, run, step, domain);
  const heldCurves = useMlpHeldCurves(math, run);
  const hasHeld = !!run && run.plan.heldIdx.length > 0;

  const h = run?.plan.request.mlp.hidden ?? mlp.hidden;
  const theta = path?.theta[step];
  const view: StepView | null = path
    ? {
        w: NaN,
        b: NaN,
        loss: path.loss[step],
        pull: [],
        gradNorm: NaN,
        heldLoss: stepView && stepView.step === step ? stepView.heldLoss : NaN,
        quality: {
          train: path.accuracy[step],
          held: stepView && stepView.step === step ? stepView.heldAccuracy : NaN,
        },
      }
    : null;

  const suggested = roundBelow(optimizer.lr / 5);
  const pct = (v: number) => (Number.isFinite(v) ? `${(v * 100).toFixed(1)} %` : '–');
  const problem = useMemo(
    () =>
      run
        ? {
            x: run.plan.request.x,
            y: run.plan.request.y,
            loss: run.plan.request.loss,
            mlp: run.plan.request.mlp,
            ...(run.plan.request.regularization
              ? { regularization: run.plan.request.regularization }
              : {}),
          }
        : null,
    [run],
  );

  const dataSummary = t('train.mlp.dataSummary', {
    n: points.length,
    epoch: fmtEpoch(epoch),
    acc: pct(path?.accuracy[step] ?? NaN),
  });
  const badLoss = !plan && !(points.some((p) => p.label === undefined) || points.length === 0);

  return (
    <TrainLayout
      bar={<RunBar session={session} />}
      notes={
        <RunNotes math={!!math} session={session} limit={null} suggested={suggested}>
          {badLoss && (
            <p className="train-note" role="note">
              {t('train.mlp.badLoss')}
            </p>
          )}
        </RunNotes>
      }
      landscape={
        math &&
        run &&
        problem && (
          <MlpLandscape
            math={math}
            problem={problem}
            thetas={run.path.theta}
            step={step}
            dirSeed={s.dirSeed}
            onDirSeed={a.setDirSeed}
          />
        )
      }
      data={
        <DataFitFigure
          points={points}
          held={held}
          model="mlp"
          now={null}
          heat={stepView?.heat ?? null}
          heldCount={hasHeld && run ? run.plan.heldIdx.length : 0}
          capped={plan && plan.epochs < epochs ? { epochs: plan.epochs } : null}
          summary={dataSummary}
          fill
        />
      }
      epoch={
        <EpochFigure
          loss={path?.loss ?? null}
          stepsPerEpoch={spe}
          held={heldCurves?.loss ?? null}
          accuracy={path ? { train: path.accuracy, held: heldCurves?.accuracy ?? null } : null}
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
          <Readout
            view={view}
            epoch={epoch}
            step={step}
            model="mlp"
            hasHeld={hasHeld}
            weightNorm={theta ? weightNorm(theta, h) : undefined}
          />
          <Lockable id="data">
            <PresetBar />
          </Lockable>
          <Controls math={math} withLr={false} />
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
