// The Train tab: a toy model trained with tfjs (one trainPath — or, for the MLP, trainMlp — run
// per setting, replayed frame by frame), with linked views of the data and fit, the loss by
// epoch, the readout and the log. The MLP has its own page body (MlpTrain).
import { useTranslation } from 'react-i18next';
import { fmt } from '../charts/format';
import { useAppStore, useAppStoreApi } from '../../state/StoreProvider';
import { selectTrainModel } from '../../state/selectors';
import { roundBelow } from '../../state/train/metrics';
import { Controls } from './Controls';
import { LandscapeSlot, type LandscapeSlotProps } from './LandscapeSlot';
import { DataFitFigure } from './figures/DataFitFigure';
import { EpochFigure, type EpochFigureProps } from './figures/EpochFigure';
import { TrainLayout } from './TrainLayout';
import { MlpTrain } from './MlpTrain';
import { PresetBar } from './PresetBar';
import { Lockable } from '../lesson/Lockable';
import { Readout } from './Readout';
import { TrainLog, type TrainLogProps } from './TrainLog';
import { RunBar, RunNotes } from './RunParts';
import { fmtEpoch } from './Transport';
import { READOUT_MS, useLineSession, useLineStep, type LineSession } from './useLineSession';
import { useShownStep } from './useTrainSession';
import '../../styles/train.css';

export default function TrainPanel() {
  const model = useAppStore(selectTrainModel);
  return model === 'mlp' ? <MlpTrain /> : <LineTrain />;
}

/**
 * Linear and logistic regression on 1-D data. The panel follows the run, not the replayed step:
 * each figure that shows the step subscribes to it (useLineStep, useShownStep), so a replay's
 * frame re-renders those figures and nothing else (issue 15).
 */
function LineTrain() {
  const a = useAppStoreApi().getState().trainActions;
  const r = useLineSession({ spaceKey: true, perStep: false });
  const { math, s, plan, run, pending, path, spe, stability, last } = r;
  const { model, loss, optimizer, epochs } = s;

  const { diverged, ghosts } = r;
  const exact =
    model === 'linear' &&
    loss === 'mse' &&
    (optimizer.name === 'sgd' || optimizer.name === 'momentum');
  // The same 2/λ_max as the slider's mark and the landscape's note (one Hessian, from tfjs).
  const limit = exact && stability.kind === 'limit' ? stability.limit : null;
  const suggested = limit !== null ? roundBelow(limit) : roundBelow(optimizer.lr / 5);
  const heldCount = plan?.heldIdx.length ?? 0;

  return (
    <TrainLayout
      bar={<RunBar session={r} stability={stability} />}
      notes={<RunNotes math={!!math} session={r} limit={limit} suggested={suggested} />}
      landscape={
        <LandscapeAtStep
          run={run}
          last={last}
          pending={pending}
          live={plan?.request ?? null}
          stability={stability}
        />
      }
      data={<DataAtStep session={r} heldCount={heldCount} />}
      epoch={
        <EpochAtStep
          loss={path?.loss ?? null}
          last={last}
          stepsPerEpoch={spe}
          held={r.heldCurve}
          ghosts={ghosts}
          epochs={run ? run.plan.epochs : epochs}
          divergedAt={diverged}
          log={s.logScale}
          onLog={a.setLogScale}
          onClearGhosts={a.clearGhosts}
        />
      }
      rail={
        <>
          <ReadoutAtStep session={r} model={model} hasHeld={heldCount > 0} />
          <Lockable id="data">
            <PresetBar />
          </Lockable>
          <Controls math={math} stability={stability} withLr={false} />
        </>
      }
      more={
        <LogAtStep
          loss={path?.loss ?? null}
          last={last}
          stepsPerEpoch={spe}
          epochs={run?.plan.epochs ?? epochs}
        />
      }
    />
  );
}

function LandscapeAtStep({
  last,
  ...p
}: Omit<LandscapeSlotProps, 'step' | 'fill'> & { last: number }) {
  // The path is painted every frame; a mini-batch run's batch surface (and its minimum) changes
  // with the step too, so while playing that landscape takes the step a few times a second.
  const step = useShownStep(last, p.run?.plan.request.batchSize ? READOUT_MS : Infinity);
  return <LandscapeSlot {...p} step={step} fill />;
}

function DataAtStep({ session: r, heldCount }: { session: LineSession; heldCount: number }) {
  const { t } = useTranslation();
  const { now, epoch } = useLineStep(r);
  const { points, model, epochs } = r.s;
  const { plan } = r;
  const affine = now ? `${fmt(now.w)}·x ${now.b < 0 ? '−' : '+'} ${fmt(Math.abs(now.b))}` : '';
  const fitText = now ? (model === 'logistic' ? `p = σ(${affine})` : `ŷ = ${affine}`) : '';
  const summary = t('train.data.summary', {
    n: points.length,
    fit: fitText,
    epoch: fmtEpoch(epoch),
  });
  return (
    <DataFitFigure
      points={points}
      held={r.held}
      model={model}
      now={now}
      hoverFit={r.hover}
      heldCount={heldCount}
      capped={plan && plan.epochs < epochs ? { epochs: plan.epochs } : null}
      summary={summary}
      fill
    />
  );
}

function EpochAtStep({ last, ...p }: Omit<EpochFigureProps, 'step' | 'fill'> & { last: number }) {
  const step = useShownStep(last);
  return <EpochFigure {...p} step={step} fill />;
}

function ReadoutAtStep({
  session: r,
  model,
  hasHeld,
}: {
  session: LineSession;
  model: string;
  hasHeld: boolean;
}) {
  const { now, epoch, step } = useLineStep(r);
  return <Readout view={now} epoch={epoch} step={step} model={model} hasHeld={hasHeld} />;
}

function LogAtStep({ last, ...p }: Omit<TrainLogProps, 'step'> & { last: number }) {
  // Printed as the replay passes, a few times a second (the figures paint every frame).
  const step = useShownStep(last, READOUT_MS);
  return <TrainLog {...p} step={step} />;
}
