// Play / pause / one step / reset / re-initialise, the replay speed, and the timeline scrubber
// that replays any step of the run (fit, loss and readout follow it).
import { useTranslation } from 'react-i18next';
import { fmt } from '../charts/format';
import { useAppStore, useAppStoreApi } from '../../state/StoreProvider';
import { selectPlaying, selectSpeed, selectStep } from '../../state/selectors';
import { SPEEDS } from '../../state/train/slice';
import { usePlayToggle } from './usePlayback';

export interface TransportProps {
  /** Index of the last state of the run (−1 before the first run). */
  last: number;
  stepsPerEpoch: number;
  lossAt: (step: number) => number;
  disabled: boolean;
}

export function Transport({ last, stepsPerEpoch, lossAt, disabled }: TransportProps) {
  const { t } = useTranslation();
  const playing = useAppStore(selectPlaying);
  const speed = useAppStore(selectSpeed);
  const a = useAppStoreApi().getState().trainActions;
  const step = Math.min(useAppStore(selectStep), Math.max(0, last));
  const epoch = step / stepsPerEpoch;
  const play = usePlayToggle(last);
  const off = disabled || last < 0;
  return (
    <section className="transport" aria-label={t('train.transport.label')}>
      <div className="transport-buttons">
        <button
          type="button"
          className="button primary"
          onClick={play}
          disabled={off}
          aria-keyshortcuts="Space"
          data-testid="play"
        >
          {playing ? `❚❚ ${t('train.transport.pause')}` : `▶ ${t('train.transport.play')}`}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            a.setPlaying(false);
            a.setStep(Math.min(last, step + 1));
          }}
          disabled={off || step >= last}
        >
          {t('train.transport.step')}
        </button>
        <button type="button" className="button" onClick={a.reset} disabled={off}>
          {t('train.transport.reset')}
        </button>
        <button type="button" className="button" onClick={a.reinitialise} disabled={disabled}>
          {t('train.transport.reinit')}
        </button>
        <label className="field speed">
          <span className="field-label">{t('train.transport.speed')}</span>
          <select value={speed} onChange={(e) => a.setSpeed(Number(e.target.value))}>
            {SPEEDS.map((v) => (
              <option key={v} value={v}>
                {t('train.transport.speedValue', { n: v })}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="scrubber">
        <label htmlFor="train-scrubber" className="field-label">
          {t('train.transport.timeline')}
        </label>
        <input
          id="train-scrubber"
          type="range"
          min={0}
          max={Math.max(0, last)}
          step={1}
          value={step}
          disabled={off}
          data-testid="scrubber"
          aria-valuetext={t('train.transport.at', {
            epoch: fmtEpoch(epoch),
            step,
            loss: fmt(lossAt(step)),
          })}
          onChange={(e) => {
            a.setPlaying(false);
            a.setStep(Number(e.target.value));
          }}
        />
        <output htmlFor="train-scrubber" className="scrub-value" data-testid="scrub-epoch">
          {t('train.transport.epochOf', {
            epoch: fmtEpoch(epoch),
            total: fmtEpoch(Math.max(0, last) / stepsPerEpoch),
          })}
        </output>
      </div>
    </section>
  );
}

export const fmtEpoch = (e: number) => (Number.isInteger(e) ? String(e) : e.toFixed(2));
