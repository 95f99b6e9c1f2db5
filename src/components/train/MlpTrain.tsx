// The Train tab for the tiny MLP on 2-D data: one trainMlp run per setting, replayed frame by
// frame; the data with the decision heatmap p = σ(z) and its p = 0.5 contour; loss and accuracy
// by epoch; the readout with the weight norm; and the MLP's loss landscape (a 2-D slice along
// seeded filter-normalised directions, and the start → now interpolation).
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fmt } from '../charts/format';
import { MlpLandscape } from '../landscape/MlpLandscape';
import { useAppStore, useAppStoreApi } from '../../state/StoreProvider';
import {
  selectGhosts,
  selectPlaying,
  selectStep,
  selectTrain,
} from '../../state/selectors';
import { useMath } from '../../state/useMath';
import { mlpPlan, type MlpPlan } from '../../state/train/mlpPlan';
import { heldOutMask, HOLDOUT_MIN } from '../../state/train/presets';
import { roundBelow } from '../../state/train/metrics';
import { MAX_STEPS } from '../../state/train/runPlan';
import { AccuracyChart } from './AccuracyChart';
import { Controls } from './Controls';
import { DataChart } from './DataChart';
import { dataDomain } from './dataDomain';
import { weightNorm } from './decisionGrid';
import { DivergenceNotice } from './DivergenceNotice';
import { LossChart } from './LossChart';
import type { StepView } from './modelView';
import { PresetBar } from './PresetBar';
import { Lockable } from '../lesson/Lockable';
import { useLiveRun } from '../../embed/liveRun';
import { Readout } from './Readout';
import { TrainLog } from './TrainLog';
import { fmtEpoch, Transport } from './Transport';
import { useMlpHeldCurves, useMlpStep } from './useMlpViews';
import { usePlayback, usePlayToggle, useSpaceToggle } from './usePlayback';
import { useMlpRun } from './useTrainRun';
import '../../styles/train.css';


export function MlpTrain() {
  const { t } = useTranslation();
  const math = useMath();
  const s = useAppStore(selectTrain);
  const api = useAppStoreApi();
  const a = api.getState().trainActions;
  const [newClass, setNewClass] = useState<0 | 1>(0);

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
  const { run, pending, error } = useMlpRun(math, plan, ghostLabel);
  const path = run?.path ?? null;
  const last = path ? path.loss.length - 1 : -1;
  const playing = useAppStore(selectPlaying);
  usePlayback(playing && !pending, last);
  useSpaceToggle(usePlayToggle(last));

  const step = Math.max(0, Math.min(useAppStore(selectStep), last));
  const ghosts = useAppStore(selectGhosts);
  const spe = run?.plan.stepsPerEpoch ?? 1;
  useLiveRun(path?.loss ?? null, spe);
  const epoch = step / spe;
  const held = useMemo(() => heldOutMask(points.length, dataSeed), [points.length, dataSeed]);
  const domain = useMemo(() => dataDomain(points, 'linear'), [points]);
  const stepView = useMlpStep(math, run, step, domain);
  const heldCurves = useMlpHeldCurves(math, run);
  const hasHeld = !!run && run.plan.heldIdx.length > 0;

  const trainCurve = useMemo(
    () => (path ? { epochs: path.loss.map((_, i) => i / spe), loss: path.loss } : null),
    [path, spe],
  );
  const accCurve = useMemo(
    () => (path ? { epochs: path.accuracy.map((_, i) => i / spe), loss: path.accuracy } : null),
    [path, spe],
  );
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

  const diverged = path?.divergedAt !== undefined ? path.divergedAt : null;
  const showDiverged = diverged !== null && step >= last;
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
  const lossSummary = path
    ? t('train.lossChart.summary', {
        first: fmt(path.loss[0]),
        last: fmt(path.loss[last]),
        end: fmtEpoch(last / spe),
        epoch: fmtEpoch(epoch),
        loss: fmt(path.loss[step]),
      })
    : '';
  const accSummary = path
    ? t('train.mlp.accuracySummary', {
        first: pct(path.accuracy[0]),
        last: pct(path.accuracy[last]),
        epoch: fmtEpoch(epoch),
        acc: pct(path.accuracy[step]),
      })
    : '';
  const badLoss = !plan && !(points.some((p) => p.label === undefined) || points.length === 0);

  return (
    <div className="train-panel">
      <header className="train-head">
        <h2>{t('train.title')}</h2>
        <p className="muted">{t('train.intro')}</p>
      </header>
      <Lockable id="data">
        <PresetBar />
      </Lockable>
      <div className="train-grid">
        <Controls math={math} />
        <div className="train-main">
          <Transport
            last={last}
            stepsPerEpoch={spe}
            lossAt={(k) => path?.loss[k] ?? NaN}
            disabled={false}
          />
          <div className="train-status" aria-live="polite">
            {!math && <p className="muted">{t('train.status.loading')}</p>}
            {math && pending && <p className="muted">{t('train.status.computing')}</p>}
            {run && !pending && (
              <p className="muted" data-testid="run-info">
                {t('train.status.ran', { steps: last, ms: Math.round(run.ms) })}
              </p>
            )}
          </div>
          {error && (
            <p className="train-error" role="alert">
              {error}
            </p>
          )}
          {badLoss && (
            <p className="train-note" role="note">
              {t('train.mlp.badLoss')}
            </p>
          )}
          {showDiverged && (
            <DivergenceNotice
              epoch={fmtEpoch(diverged / spe)}
              lr={optimizer.lr}
              limit={null}
              suggested={suggested}
              onApply={() => a.setOptimizer({ lr: suggested })}
            />
          )}
          <figure className="train-figure">
            <figcaption>
              <span className="figure-title">{t('train.mlp.dataTitle')}</span>
            </figcaption>
            <div className="segmented" role="radiogroup" aria-label={t('train.mlp.newClass')}>
              <span className="field-label">{t('train.mlp.newClass')}</span>
              {([0, 1] as const).map((c) => (
                <label key={c}>
                  <input
                    type="radio"
                    name="train-new-class"
                    value={c}
                    checked={newClass === c}
                    onChange={() => setNewClass(c)}
                    data-testid={`new-class-${c}`}
                  />
                  <span>{t('train.mlp.class', { c })}</span>
                </label>
              ))}
            </div>
            <DataChart
              points={points}
              held={held}
              model="mlp"
              fit={null}
              pull={[]}
              summary={dataSummary}
              heat={stepView?.heat ?? null}
              newClass={newClass}
            />
            <p className="hint">{t('train.mlp.help', { c: newClass, other: 1 - newClass })}</p>
            <ul className="legend">
              <li>
                <span className="key key-cls0" aria-hidden="true" />{' '}
                {t('train.mlp.class', { c: 0 })}
              </li>
              <li>
                <span className="key key-cls1" aria-hidden="true" />{' '}
                {t('train.mlp.class', { c: 1 })}
              </li>
              {hasHeld && (
                <li>
                  <span className="key key-held" aria-hidden="true" /> {t('train.legend.held')}
                </li>
              )}
              <li>
                <span className="key key-boundary" aria-hidden="true" /> {t('train.mlp.boundary')}
              </li>
            </ul>
            <p className="hint" data-testid="holdout-note">
              {hasHeld && run
                ? t('train.holdout.on', { held: run.plan.heldIdx.length, total: points.length })
                : t('train.holdout.off', { min: HOLDOUT_MIN })}
              {plan &&
                plan.epochs < epochs &&
                ` ${t('train.status.capped', { epochs: plan.epochs, max: MAX_STEPS })}`}
            </p>
          </figure>
          <figure className="train-figure">
            <figcaption>
              <span className="figure-title">{t('train.lossChart.title')}</span>
              <label className="check">
                <input
                  type="checkbox"
                  checked={s.logScale}
                  onChange={(e) => a.setLogScale(e.target.checked)}
                  data-testid="log-scale"
                />{' '}
                {t('train.lossChart.log')}
              </label>
            </figcaption>
            <LossChart
              train={trainCurve}
              held={heldCurves?.loss ?? null}
              ghosts={ghosts}
              epochs={run ? run.plan.epochs : epochs}
              at={epoch}
              atLoss={path?.loss[step] ?? NaN}
              divergedAt={diverged !== null ? diverged / spe : null}
              log={s.logScale}
              summary={lossSummary}
            />
            <AccuracyChart
              train={accCurve}
              held={heldCurves?.accuracy ?? null}
              epochs={run ? run.plan.epochs : epochs}
              at={epoch}
              summary={accSummary}
            />
            <ul className="legend">
              <li>
                <span className="key key-train" aria-hidden="true" /> {t('train.mlp.trainCurves')}
              </li>
              {hasHeld && (
                <li>
                  <span className="key key-heldloss" aria-hidden="true" />{' '}
                  {t('train.mlp.heldCurves')}
                </li>
              )}
              {ghosts.length > 0 && (
                <li>
                  <span className="key key-ghost" aria-hidden="true" /> {t('train.legend.ghosts')}:{' '}
                  <span className="ghost-labels">{ghosts.map((g) => g.label).join('; ')}</span>{' '}
                  <button type="button" className="button small" onClick={a.clearGhosts}>
                    {t('train.legend.clearGhosts')}
                  </button>
                </li>
              )}
            </ul>
          </figure>
        </div>
        <aside className="train-side">
          <Readout
            view={view}
            epoch={epoch}
            step={step}
            model="mlp"
            hasHeld={hasHeld}
            weightNorm={theta ? weightNorm(theta, h) : undefined}
          />
          <TrainLog
            loss={path?.loss ?? null}
            stepsPerEpoch={spe}
            epochs={run?.plan.epochs ?? epochs}
            step={step}
          />
        </aside>
      </div>
      {math && run && problem && (
        <MlpLandscape
          math={math}
          problem={problem}
          thetas={run.path.theta}
          step={step}
          dirSeed={s.dirSeed}
          onDirSeed={a.setDirSeed}
        />
      )}
    </div>
  );
}
