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
import { heldOutMask, HOLDOUT_MIN } from '../../state/train/presets';
import { roundBelow, stabilityLimit } from '../../state/train/metrics';
import { MAX_STEPS, runPlan, type RunPlan } from '../../state/train/runPlan';
import { Controls } from './Controls';
import { useRunStability } from '../landscape/useRunStability';
import { DataChart } from './DataChart';
import { DivergenceNotice } from './DivergenceNotice';
import { LandscapeSlot } from './LandscapeSlot';
import { LossChart } from './LossChart';
import { ChartTable } from '../charts/ChartTable';
import { MlpTrain } from './MlpTrain';
import { sigmoid, stepView, type ViewInput } from './modelView';
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
  const trainCurve = useMemo(
    () => (path ? { epochs: path.loss.map((_, i) => i / spe), loss: path.loss } : null),
    [path, spe],
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
  const lossSummary = path
    ? t('train.lossChart.summary', {
        first: fmt(path.loss[0]),
        last: fmt(path.loss[last]),
        end: fmtEpoch(last / spe),
        epoch: fmtEpoch(epoch),
        loss: fmt(path.loss[step]),
      })
    : '';

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
        <Controls math={math} stability={stability} />
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
          {showDiverged && (
            <DivergenceNotice
              epoch={fmtEpoch(diverged / spe)}
              lr={optimizer.lr}
              limit={limit}
              suggested={suggested}
              onApply={() => a.setOptimizer({ lr: suggested })}
            />
          )}
          <figure className="train-figure">
            <figcaption>
              <span className="figure-title">{t('train.data.title')}</span>{' '}
              {fitText && (
                <span className="fit-text" data-testid="fit-text">
                  {fitText}
                </span>
              )}
            </figcaption>
            <DataChart
              points={points}
              held={held}
              model={model}
              fit={now ? { w: now.w, b: now.b } : null}
              hoverFit={hover}
              pull={now?.pull ?? []}
              summary={dataSummary}
            />
            <ChartTable
              title={t('train.data.label')}
              columns={[
                t('a11y.table.point'),
                'x',
                'y',
                'ŷ',
                t('a11y.table.residual'),
                t('a11y.table.heldOut'),
              ]}
              count={points.length}
              row={(i) => {
                const p = points[i];
                const z = now ? now.w * p.x + now.b : NaN;
                const f = model === 'logistic' ? sigmoid(z) : z;
                return [
                  i + 1,
                  p.x,
                  p.y,
                  f,
                  f - p.y,
                  t(held[i] ? 'a11y.table.yes' : 'a11y.table.no'),
                ];
              }}
              testId="data-table"
            />
            <p className="hint">{t(model === 'mlp' ? 'train.data.help2d' : 'train.data.help')}</p>
            <ul className="legend">
              <li>
                <span className="key key-point" aria-hidden="true" /> {t('train.legend.train')}
              </li>
              {plan && plan.heldIdx.length > 0 && (
                <li>
                  <span className="key key-held" aria-hidden="true" /> {t('train.legend.held')}
                </li>
              )}
              {model !== 'mlp' && (
                <>
                  <li>
                    <span className="key key-residual" aria-hidden="true" />{' '}
                    {t('train.legend.residual')}
                  </li>
                  <li>
                    <span className="key key-pull" aria-hidden="true" /> {t('train.legend.pull')}
                  </li>
                </>
              )}
            </ul>
            <p className="hint" data-testid="holdout-note">
              {plan && plan.heldIdx.length > 0
                ? t('train.holdout.on', { held: plan.heldIdx.length, total: points.length })
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
              held={heldCurve}
              ghosts={ghosts}
              epochs={run ? run.plan.epochs : epochs}
              at={epoch}
              atLoss={path?.loss[step] ?? NaN}
              divergedAt={diverged !== null ? diverged / spe : null}
              log={s.logScale}
              summary={lossSummary}
            />
            <ChartTable
              title={t('train.lossChart.title')}
              columns={[
                t('train.lossChart.epoch'),
                t('train.legend.trainLoss'),
                ...(heldCurve ? [t('train.legend.heldLoss')] : []),
              ]}
              count={path?.loss.length ?? 0}
              row={(i) => [
                fmtEpoch(i / spe),
                path?.loss[i] ?? NaN,
                ...(heldCurve ? [heldCurve.loss[i] ?? NaN] : []),
              ]}
              testId="loss-table"
            />
            <ul className="legend">
              <li>
                <span className="key key-train" aria-hidden="true" /> {t('train.legend.trainLoss')}
              </li>
              {plan && plan.heldIdx.length > 0 && (
                <li>
                  <span className="key key-heldloss" aria-hidden="true" />{' '}
                  {t('train.legend.heldLoss')}
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
            view={now}
            epoch={epoch}
            step={step}
            model={model}
            hasHeld={!!plan && plan.heldIdx.length > 0}
          />
          <TrainLog
            loss={path?.loss ?? null}
            stepsPerEpoch={spe}
            epochs={run?.plan.epochs ?? epochs}
            step={step}
          />
        </aside>
      </div>
      <LandscapeSlot run={run} step={step} pending={pending} stability={stability} />
    </div>
  );
}
