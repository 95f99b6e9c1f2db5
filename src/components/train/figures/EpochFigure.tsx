// Loss by epoch (and, for a classifier network, accuracy by epoch) of the current run, with
// its caption, the linear/log switch, the legend with earlier runs ("ghosts") and the data
// table: one self-contained figure (the Train workspace places it; a one-figure embed can show
// it alone).
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ghost } from '../../../state/train/slice';
import { ChartTable } from '../../charts/ChartTable';
import { fmt } from '../../charts/format';
import { useAppStore } from '../../../state/StoreProvider';
import { showLog } from '../epochGeometry';
import { AccuracyChart } from '../AccuracyChart';
import { LossChart } from '../LossChart';
import { fmtEpoch } from '../Transport';
import type { Curve } from '../useHeldOutCurve';

export interface EpochFigureProps {
  /** Training loss at every step (path.loss); null before the first run. */
  loss: number[] | null;
  /** Steps per epoch of the run (1 with the full batch). */
  stepsPerEpoch: number;
  /** Held-out loss by epoch, when the run holds points out. */
  held: Curve | null;
  /** Training accuracy at every step and held-out accuracy by epoch (the MLP). */
  accuracy?: { train: number[]; held: Curve | null } | null;
  ghosts: Ghost[];
  /** The planned epochs (the x axis). */
  epochs: number;
  /** The replayed step (an index into loss). */
  step: number;
  /** The step at which the run diverged, if it did. */
  divergedAt: number | null;
  log: boolean;
  onLog(log: boolean): void;
  onClearGhosts(): void;
  /** Take the height the layout gives (the workspace) instead of one from the width. */
  fill?: boolean;
}

const pct = (v: number) => (Number.isFinite(v) ? `${(v * 100).toFixed(1)} %` : '–');
const byEpoch = (v: number[], spe: number): Curve => ({
  epochs: v.map((_, i) => i / spe),
  loss: v,
});

/** Memoised: a drag move (same run, same step) re-renders nothing here. */
export const EpochFigure = memo(function EpochFigure(props: EpochFigureProps) {
  const { loss, stepsPerEpoch: spe, held, accuracy, ghosts, step, fill } = props;
  const { t } = useTranslation();
  // Log by itself while the loss spans more than three decades, until the user picks (issue 14.8).
  const picked = useAppStore((s) => s.train.logPicked);
  const log = showLog(picked, props.log, loss);
  const last = loss ? loss.length - 1 : -1;
  const epoch = step / spe;
  const summary = loss
    ? t('train.lossChart.summary', {
        first: fmt(loss[0]),
        last: fmt(loss[last]),
        end: fmtEpoch(last / spe),
        epoch: fmtEpoch(epoch),
        loss: fmt(loss[step]),
      })
    : '';
  const acc = accuracy?.train ?? null;
  // By run, not by step: the charts trace their curves only when these change.
  const trainCurve = useMemo(() => (loss ? byEpoch(loss, spe) : null), [loss, spe]);
  const accCurve = useMemo(() => (acc ? byEpoch(acc, spe) : null), [acc, spe]);
  // The table's held-out column only where that curve holds every step (the MLP's is sampled).
  const heldCol = held && loss && held.loss.length === loss.length ? held : null;
  const accSummary = acc
    ? t('train.mlp.accuracySummary', {
        first: pct(acc[0]),
        last: pct(acc[acc.length - 1]),
        epoch: fmtEpoch(epoch),
        acc: pct(acc[step]),
      })
    : '';
  return (
    <figure className="train-figure epoch-figure" data-testid="epoch-figure">
      <figcaption>
        <span className="figure-title">{t('train.lossChart.title')}</span>
        <label className="check">
          <input
            type="checkbox"
            checked={log}
            onChange={(e) => props.onLog(e.target.checked)}
            data-testid="log-scale"
          />{' '}
          {t('train.lossChart.log')}
        </label>
      </figcaption>
      <div className={accuracy ? 'epoch-charts two' : 'epoch-charts'}>
        <LossChart
          train={trainCurve}
          held={held}
          ghosts={ghosts}
          epochs={props.epochs}
          at={epoch}
          atLoss={loss?.[step] ?? NaN}
          divergedAt={props.divergedAt !== null ? props.divergedAt / spe : null}
          log={log}
          summary={summary}
          fill={fill}
        />
        {accuracy && (
          <AccuracyChart
            train={accCurve}
            held={accuracy.held}
            epochs={props.epochs}
            at={epoch}
            summary={accSummary}
            fill={fill}
          />
        )}
      </div>
      <ChartTable
        title={t('train.lossChart.title')}
        columns={[
          t('train.lossChart.epoch'),
          t('train.legend.trainLoss'),
          ...(heldCol ? [t('train.legend.heldLoss')] : []),
        ]}
        count={loss?.length ?? 0}
        row={(i) => [
          fmtEpoch(i / spe),
          loss?.[i] ?? NaN,
          ...(heldCol ? [heldCol.loss[i] ?? NaN] : []),
        ]}
        testId="loss-table"
      />
      <ul className="legend">
        <li>
          <span className="key key-train" aria-hidden="true" />{' '}
          {t(accuracy ? 'train.mlp.trainCurves' : 'train.legend.trainLoss')}
        </li>
        {held && (
          <li>
            <span className="key key-heldloss" aria-hidden="true" />{' '}
            {t(accuracy ? 'train.mlp.heldCurves' : 'train.legend.heldLoss')}
          </li>
        )}
        {ghosts.length > 0 && (
          <li>
            <span className="key key-ghost" aria-hidden="true" /> {t('train.legend.ghosts')}:{' '}
            <span className="ghost-labels">{ghosts.map((g) => g.label).join('; ')}</span>{' '}
            <button type="button" className="button small" onClick={props.onClearGhosts}>
              {t('train.legend.clearGhosts')}
            </button>
          </li>
        )}
      </ul>
    </figure>
  );
});
