// The numbers at the replayed step: epoch, w and b (the MLP: its weight norm), loss (train and held-out), gradient norm,
// R² or accuracy, and the live backend.
import { useTranslation } from 'react-i18next';
import { fmt, fmtLong } from '../charts/format';
import { useAppStore } from '../../state/StoreProvider';
import { selectBackend } from '../../state/selectors';
import type { StepView } from './modelView';
import { fmtEpoch } from './Transport';

export interface ReadoutProps {
  view: StepView | null;
  epoch: number;
  step: number;
  model: string;
  hasHeld: boolean;
  /** The MLP's ‖W‖ (shown instead of w and b; it has no single w). */
  weightNorm?: number;
}

function Item({
  label,
  value,
  long,
  testId,
}: {
  label: string;
  value: string;
  long?: string;
  testId?: string;
}) {
  return (
    <div className="readout-item">
      <dt>{label}</dt>
      <dd title={long} data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}

export function Readout({ view, epoch, step, model, hasHeld, weightNorm }: ReadoutProps) {
  const { t } = useTranslation();
  const backend = useAppStore(selectBackend);
  const n = (v: number | undefined) => (v === undefined ? '–' : fmt(v));
  const pct = (v: number) => (Number.isFinite(v) ? `${(v * 100).toFixed(1)} %` : '–');
  const q = view?.quality;
  const mlp = model === 'mlp';
  const classifier = model !== 'linear';
  const qualityLabel = classifier ? t('train.readout.accuracy') : 'R²';
  const qualityValue = (v: number | undefined) =>
    v === undefined ? '–' : classifier ? pct(v) : fmt(v);
  return (
    <section className="readout" aria-labelledby="train-readout-h">
      <h3 id="train-readout-h">{t('train.readout.title')}</h3>
      <dl>
        <Item
          label={t('train.readout.epoch')}
          value={fmtEpoch(epoch)}
          long={t('train.readout.stepN', { step })}
          testId="readout-epoch"
        />
        {mlp ? (
          <Item
            label={t('train.readout.weightNorm')}
            value={n(weightNorm)}
            long={weightNorm !== undefined ? fmtLong(weightNorm) : undefined}
            testId="readout-norm"
          />
        ) : (
          <>
            <Item
              label={t('train.readout.w')}
              value={n(view?.w)}
              long={view ? fmtLong(view.w) : undefined}
              testId="readout-w"
            />
            <Item
              label={t('train.readout.b')}
              value={n(view?.b)}
              long={view ? fmtLong(view.b) : undefined}
              testId="readout-b"
            />
          </>
        )}
        <Item
          label={t('train.readout.loss')}
          value={n(view?.loss)}
          long={view ? fmtLong(view.loss) : undefined}
          testId="readout-loss"
        />
        {hasHeld && (
          <Item
            label={t('train.readout.heldLoss')}
            value={n(view?.heldLoss)}
            testId="readout-held"
          />
        )}
        {!mlp && (
          <Item
            label={t('train.readout.gradNorm')}
            value={n(view?.gradNorm)}
            long={view ? fmtLong(view.gradNorm) : undefined}
            testId="readout-grad"
          />
        )}
        <Item label={qualityLabel} value={qualityValue(q?.train)} testId="readout-quality" />
        {hasHeld && (
          <Item
            label={`${qualityLabel} ${t('train.readout.heldShort')}`}
            value={qualityValue(q?.held)}
          />
        )}
        <Item
          label={t('train.readout.backend')}
          value={backend.info?.name ?? t('train.readout.loading')}
          testId="readout-backend"
        />
      </dl>
    </section>
  );
}
