// The Train tab for the tiny MLP on 2-D data: one trainMlp run per setting, replayed frame by
// frame; the data with the decision heatmap p = σ(z) and its p = 0.5 contour; loss and accuracy
// by epoch; the readout with the weight norm; and the MLP's loss landscape (a 2-D slice along
// seeded filter-normalised directions, and the start → now interpolation).
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { MlpLandscape, type MlpLandscapeProps } from '../landscape/MlpLandscape';
import { useAppStoreApi } from '../../state/StoreProvider';
import { roundBelow } from '../../state/train/metrics';
import { Controls } from './Controls';
import { weightNorm } from './decisionGrid';
import { DataFitFigure } from './figures/DataFitFigure';
import { EpochFigure } from './figures/EpochFigure';
import { TrainLayout } from './TrainLayout';
import { PresetBar } from './PresetBar';
import { Lockable } from '../lesson/Lockable';
import { Readout } from './Readout';
import { TrainLog } from './TrainLog';
import { RunBar, RunNotes } from './RunParts';
import { fmtEpoch } from './Transport';
import { useMlpSession } from './useMlpSession';
import { READOUT_MS } from './useLineSession';
import { useShownStep } from './useTrainSession';
import '../../styles/train.css';

export function MlpTrain() {
  const { t } = useTranslation();
  const a = useAppStoreApi().getState().trainActions;
  const session = useMlpSession({ spaceKey: true });
  const { math, s, plan, run, path, step, spe, epoch, ghosts, diverged } = session;
  const { held, stepView, heldCurves, problem, view } = session;
  const { points, mlp, optimizer, epochs } = s;
  // The points drawn as held out, counted from the same flags (known before the first run).
  const heldCount = held.filter(Boolean).length;
  const hasHeld = !!run && run.plan.heldIdx.length > 0; // the readout's held-out quality needs a run
  const h = run?.plan.request.mlp.hidden ?? mlp.hidden;
  const theta = path?.theta[step];
  const suggested = roundBelow(optimizer.lr / 5);
  const pct = (v: number) => (Number.isFinite(v) ? `${(v * 100).toFixed(1)} %` : '–');

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
          <MlpLandscapeAtStep
            math={math}
            problem={problem}
            thetas={run.path.theta}
            last={session.last}
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

/**
 * The slice is centred at θ of the step shown, so each new step is a new G² surface over every
 * training point (and a new start → now line): while a replay plays it takes the step a few
 * times a second (READOUT_MS), on pause or at the end the exact one. Computed every frame, it held
 * the XOR replay at 25 frames/s (p95 frame 83 ms) on this 2-core machine.
 */
const MlpLandscapeAtStep = memo(function MlpLandscapeAtStep({
  last,
  ...p
}: Omit<MlpLandscapeProps, 'step'> & { last: number }) {
  const step = useShownStep(last, READOUT_MS);
  return <MlpLandscape {...p} step={step} />;
});
