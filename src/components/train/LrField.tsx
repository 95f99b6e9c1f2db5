// The learning rate on a log-scale slider (10⁻⁴ … 10), with a number input beside it for an
// exact value.
import { useTranslation } from 'react-i18next';
import { fmt } from '../charts/format';
import { NumberField } from './NumberField';

const LO = -4;
const HI = 1;

export function LrField({ lr, onChange }: { lr: number; onChange: (lr: number) => void }) {
  const { t } = useTranslation();
  const pos = Math.min(HI, Math.max(LO, Math.log10(lr)));
  return (
    <div className="field lr-field">
      <label className="field-label" htmlFor="train-lr-slider">
        {t('train.controls.lr')} η
      </label>
      <div className="lr-row">
        <input
          id="train-lr-slider"
          type="range"
          min={LO}
          max={HI}
          step={0.01}
          value={pos}
          aria-valuetext={fmt(lr)}
          onChange={(e) => onChange(Number((10 ** Number(e.target.value)).toPrecision(2)))}
        />
        <NumberField
          label={t('train.controls.lrExact')}
          hideLabel
          value={lr}
          min={1e-6}
          max={100}
          onCommit={onChange}
          testId="lr-input"
          className="lr-number"
        />
      </div>
    </div>
  );
}
