// The seed's console log: "Epoch i, Loss: …" every `interval` epochs, the loss after that
// epoch's update (trainPath(...).loss[(i + 1) · steps per epoch]), printed as the replay passes.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { fmtLong } from '../charts/format';
import { logInterval } from '../../state/train/metrics';

export interface TrainLogProps {
  loss: number[] | null;
  stepsPerEpoch: number;
  epochs: number;
  step: number;
}

/** Memoised: a drag move (same run, same step) re-renders nothing here. */
export const TrainLog = memo(function TrainLog({
  loss,
  stepsPerEpoch,
  epochs,
  step,
}: TrainLogProps) {
  const { t } = useTranslation();
  const every = logInterval(epochs);
  const lines: { epoch: number; value: number }[] = [];
  if (loss) {
    for (let e = 0; e < epochs; e += every) {
      const k = (e + 1) * stepsPerEpoch;
      if (k > step || k >= loss.length) break;
      lines.push({ epoch: e, value: loss[k] });
    }
  }
  return (
    <section className="train-log-box" aria-labelledby="train-log-h">
      <h3 id="train-log-h">{t('train.log.title', { every })}</h3>
      <ol
        className="train-log"
        data-testid="train-log"
        aria-live="off"
        tabIndex={0}
        aria-labelledby="train-log-h"
      >
        {lines.length === 0 && <li className="muted">{t('train.log.empty')}</li>}
        {lines.map((l) => (
          <li key={l.epoch} data-epoch={l.epoch}>
            {t('train.log.line', { epoch: l.epoch, loss: fmtLong(l.value) })}
          </li>
        ))}
      </ol>
    </section>
  );
});
