// The Train figures of one-figure embeds (`fig=data|loss|landscape`): the run of the link's
// Train settings, one chart each, with the transport (`ctl=transport`), the log scale
// (`ctl=log`) or the learning rate (`ctl=lr`) when the link allows them.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FigureControl, FigureProps } from '../../embed/figures';
import { useAppStore, useAppStoreApi } from '../../state/StoreProvider';
import type { TrainState } from '../../state/train/slice';
import { colorAt } from '../charts/palette';
import { fmt } from '../charts/format';
import { LandscapeView } from '../landscape/LandscapeView';
import type { LandscapePath } from '../landscape/SurfaceHeatmap';
import { useRunProblem } from '../landscape/useRunStability';
import { DataChart } from '../train/DataChart';
import { showLog } from '../train/epochGeometry';
import { LossChart } from '../train/LossChart';
import { LrField } from '../train/LrField';
import { fmtEpoch, Transport } from '../train/Transport';
import { FigureFrame, FigureNote } from './FigureFrame';
import { useLineTrain } from './useLineTrain';
import '../../styles/train.css';

type LineTrain = ReturnType<typeof useLineTrain>;

const selectLandscape = (s: { train: TrainState }) => s.train.landscape;

/** The figure, or the note that says why it is not there yet. */
function gate(
  r: LineTrain,
  t: (k: 'embed.fig.needsLine' | 'train.status.loading' | 'train.status.computing') => string,
) {
  if (!r.line) return <FigureNote text={t('embed.fig.needsLine')} />;
  if (!r.math) return <FigureNote text={t('train.status.loading')} busy />;
  if (!r.run) return <FigureNote text={t('train.status.computing')} busy />;
  return null;
}

/**
 * The loss chart's scale, as on the tab: the user's pick (URL `tlp`), else log while the loss spans
 * more than three decades. The figure's checkbox shows the same value it draws with.
 */
const shownLog = (r: LineTrain) => showLog(r.s.logPicked, r.s.logScale, r.path?.loss ?? null);

function TrainControls({ r, ctl }: { r: LineTrain; ctl: readonly FigureControl[] }) {
  const { t } = useTranslation();
  const a = useAppStoreApi().getState().trainActions;
  if (ctl.length === 0) return null;
  return (
    <>
      {ctl.includes('transport') && (
        <Transport
          last={r.last}
          stepsPerEpoch={r.spe}
          lossAt={(k) => r.path?.loss[k] ?? NaN}
          disabled={false}
        />
      )}
      {ctl.includes('lr') && (
        <LrField
          lr={r.s.optimizer.lr}
          onChange={(lr) => a.setOptimizer({ lr })}
          stability={r.stability}
        />
      )}
      {ctl.includes('log') && (
        <label className="check">
          <input
            type="checkbox"
            checked={shownLog(r)}
            onChange={(e) => a.setLogScale(e.target.checked)}
            data-testid="log-scale"
          />{' '}
          {t('train.lossChart.log')}
        </label>
      )}
    </>
  );
}

export function DataFigure({ ctl }: FigureProps) {
  const { t } = useTranslation();
  const r = useLineTrain();
  const note = gate(r, t);
  if (note) return note;
  const { now, s } = r;
  const affine = now ? `${fmt(now.w)}·x ${now.b < 0 ? '−' : '+'} ${fmt(Math.abs(now.b))}` : '';
  const fitText = now ? (s.model === 'logistic' ? `p = σ(${affine})` : `ŷ = ${affine}`) : '';
  return (
    <FigureFrame title={t('embed.figs.data')} controls={<TrainControls r={r} ctl={ctl} />}>
      <p className="fit-text" data-testid="fit-text">
        {fitText}
      </p>
      <DataChart
        points={s.points}
        held={r.held}
        model={s.model}
        fit={now ? { w: now.w, b: now.b } : null}
        hoverFit={r.hover}
        pull={now?.pull ?? []}
        summary={t('train.data.summary', {
          n: s.points.length,
          fit: fitText,
          epoch: fmtEpoch(r.step / r.spe),
        })}
      />
    </FigureFrame>
  );
}

export function LossFigure({ ctl }: FigureProps) {
  const { t } = useTranslation();
  const r = useLineTrain();
  const curve = useMemo(
    () => (r.path ? { epochs: r.path.loss.map((_, i) => i / r.spe), loss: r.path.loss } : null),
    [r.path, r.spe],
  );
  const note = gate(r, t);
  if (note || !r.path || !r.run) return note;
  const { path, step, spe, last } = r;
  const diverged = path.divergedAt ?? null;
  return (
    <FigureFrame title={t('embed.figs.loss')} controls={<TrainControls r={r} ctl={ctl} />}>
      <LossChart
        train={curve}
        held={r.heldCurve}
        ghosts={r.ghosts}
        epochs={r.run.plan.epochs}
        at={step / spe}
        atLoss={path.loss[step] ?? NaN}
        divergedAt={diverged !== null ? diverged / spe : null}
        log={shownLog(r)}
        summary={t('train.lossChart.summary', {
          first: fmt(path.loss[0]),
          last: fmt(path.loss[last]),
          end: fmtEpoch(last / spe),
          epoch: fmtEpoch(step / spe),
          loss: fmt(path.loss[step]),
        })}
      />
    </FigureFrame>
  );
}

export function LandscapeFigure({ ctl }: FigureProps) {
  const { t } = useTranslation();
  const r = useLineTrain();
  const store = useAppStoreApi();
  const settings = useAppStore(selectLandscape);
  const req = r.run?.plan.request ?? null;
  // The current settings' data (a dragged point) before the run catches up, as on the tab.
  const problem = useRunProblem(r.plan?.request ?? req);
  const paths = useMemo<LandscapePath[]>(
    () =>
      r.run
        ? [
            {
              id: 'run',
              label: t('landscape.thisRun'),
              color: colorAt(1),
              w: r.run.path.w,
              b: r.run.path.b,
              loss: r.run.path.loss,
              divergedAt: r.run.path.divergedAt,
            },
          ]
        : [],
    [r.run, t],
  );
  const note = gate(r, t);
  if (note || !req || !r.run) return note;
  const a = store.getState().trainActions;
  return (
    <FigureFrame title={t('embed.figs.landscape')} controls={<TrainControls r={r} ctl={ctl} />}>
      <LandscapeView
        fill
        problem={problem}
        paths={paths}
        step={r.step}
        optimizer={req.optimizer}
        stability={r.stability}
        settings={settings}
        onSettings={a.setLandscape}
        batch={req.batchSize ? { size: req.batchSize, seed: req.seed ?? 1 } : null}
        fitKey={`${r.run.plan.dataKey}|${req.model}|${req.loss}`}
        onPick={(w, b) => a.setInit(w, b)}
        onHover={(p) => a.setHover(p)}
      />
    </FigureFrame>
  );
}
