// The Train tab: a toy model trained with tfjs (one trainPath — or, for the MLP, trainMlp — run
// per setting, replayed frame by frame), with linked views of the data and fit, the loss by
// epoch, the readout and the log. The MLP has its own page body (MlpTrain).
import { useTranslation } from 'react-i18next';
import { fmt } from '../charts/format';
import { useAppStore, useAppStoreApi } from '../../state/StoreProvider';
import { selectTrainModel } from '../../state/selectors';
import { roundBelow } from '../../state/train/metrics';
import { Controls } from './Controls';
import { LandscapeSlot } from './LandscapeSlot';
import { DataFitFigure } from './figures/DataFitFigure';
import { EpochFigure } from './figures/EpochFigure';
import { TrainLayout } from './TrainLayout';
import { MlpTrain } from './MlpTrain';
import { PresetBar } from './PresetBar';
import { Lockable } from '../lesson/Lockable';
import { Readout } from './Readout';
import { TrainLog } from './TrainLog';
import { RunBar, RunNotes } from './RunParts';
import { fmtEpoch } from './Transport';
import { useLineSession } from './useLineSession';
import '../../styles/train.css';

export default function TrainPanel() {
  const model = useAppStore(selectTrainModel);
  return model === 'mlp' ? <MlpTrain /> : <LineTrain />;
}

/** Linear and logistic regression on 1-D data. */
function LineTrain() {
  const { t } = useTranslation();
  const a = useAppStoreApi().getState().trainActions;
  const r = useLineSession({ spaceKey: true });
  const { math, s, plan, run, pending, path, step, spe, epoch, now, stability } = r;
  const { points, model, loss, optimizer, epochs } = s;

  const { diverged, held, heldCurve, hover, ghosts } = r;
  const exact =
    model === 'linear' &&
    loss === 'mse' &&
    (optimizer.name === 'sgd' || optimizer.name === 'momentum');
  // The same 2/λ_max as the slider's mark and the landscape's note (one Hessian, from tfjs).
  const limit = exact && stability.kind === 'limit' ? stability.limit : null;
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
      bar={<RunBar session={r} stability={stability} />}
      notes={<RunNotes math={!!math} session={r} limit={limit} suggested={suggested} />}
      landscape={
        <LandscapeSlot
          run={run}
          step={step}
          pending={pending}
          live={plan?.request ?? null}
          stability={stability}
          fill
        />
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
