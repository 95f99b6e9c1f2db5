// k-means' controls: the settings (preset, k, initialisation, seed) and the transport (step,
// run/pause, reset, clear). Both write to the store through the applications actions.
import { useTranslation } from 'react-i18next';
import { K_PRESETS, type KPresetId } from '../../state/applications/presets';
import type { ApplicationsActions as Actions, KMeansState } from '../../state/applications/slice';
import { NumberField } from '../controls/NumberField';
import { Choice } from './Choice';

export function KMeansSettings({ s, a }: { s: KMeansState; a: Actions }) {
  const { t } = useTranslation();
  return (
    <div className="ap-controls">
      <label className="ap-field">
        <span>{t('applications.kmeans.preset')}</span>
        <select
          value={s.preset}
          onChange={(e) => a.loadKPreset(e.target.value as KPresetId, s.dataSeed)}
          data-testid="kmeans-preset"
        >
          {K_PRESETS.map((id) => (
            <option key={id} value={id}>
              {t(`applications.kmeans.presets.${id}`)}
            </option>
          ))}
          {s.preset === 'custom' && (
            <option value="custom" disabled>
              {t('applications.kmeans.presets.custom')}
            </option>
          )}
        </select>
      </label>
      <label className="ap-field ap-k">
        <span>
          {t('applications.kmeans.k')} = <strong data-testid="kmeans-k">{s.k}</strong>
        </span>
        <input
          type="range"
          min={1}
          max={10}
          step={1}
          value={s.k}
          onChange={(e) => a.setK(Number(e.target.value))}
          data-testid="kmeans-k-slider"
        />
      </label>
      <Choice
        label={t('applications.kmeans.init')}
        value={s.init}
        options={[
          { value: 'kmeans++', label: t('applications.kmeans.inits.kmeans++') },
          { value: 'random', label: t('applications.kmeans.inits.random') },
        ]}
        onChange={a.setKInit}
        testId="kmeans-init"
      />
      <NumberField
        label={t('applications.kmeans.seed')}
        value={s.seed}
        min={0}
        max={2 ** 31 - 1}
        integer
        onCommit={a.setKSeed}
        className="ap-field"
        testId="kmeans-seed"
      />
    </div>
  );
}

export interface KMeansTransportProps {
  a: Actions;
  playing: boolean;
  step: number;
  /** A run to step through exists. */
  ready: boolean;
  done: boolean;
}

export function KMeansTransport({ a, playing, step, ready, done }: KMeansTransportProps) {
  const { t } = useTranslation();
  return (
    <div className="ap-transport" role="group" aria-label={t('applications.kmeans.transport')}>
      <button
        type="button"
        className="ap-button primary"
        disabled={!ready || done}
        onClick={() => a.setKStep(step + 1)}
        data-testid="kmeans-step"
      >
        {t('applications.kmeans.step')}
      </button>
      <button
        type="button"
        className="ap-button"
        disabled={!ready || (done && !playing)}
        onClick={() => a.setKPlaying(!playing)}
        data-testid="kmeans-run"
      >
        {playing ? t('applications.kmeans.pause') : t('applications.kmeans.run')}
      </button>
      <button
        type="button"
        className="ap-button"
        onClick={() => {
          a.setKPlaying(false);
          a.setKStep(0);
        }}
        data-testid="kmeans-reset"
      >
        {t('applications.kmeans.reset')}
      </button>
      <button type="button" className="ap-button" onClick={a.clearKPoints}>
        {t('applications.kmeans.clear')}
      </button>
    </div>
  );
}
