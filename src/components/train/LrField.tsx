// The learning rate on a log-scale slider (10⁻⁴ … 10), with a number input beside it for an
// exact value. Where plain gradient descent or heavy-ball momentum has a stability limit
// (η < 2/λ_max, η < 2(1 + β)/λ_max; see useStability), the limit is a tick on the track and the
// track beyond it is marked "diverges".
import { useTranslation } from 'react-i18next';
import { fmt } from '../charts/format';
import type { StabilityInfo } from '../landscape/useStability';
import { NumberField } from '../controls/NumberField';
import '../landscape/landscape.css';

const LO = -4;
const HI = 1;
/** Chromium's and Firefox's default range thumb is ~16 px wide: its centre never reaches the ends. */
const THUMB = 16;

/** CSS left of a value on the track, where the thumb's centre sits for it. */
const trackLeft = (lr: number) => {
  const f = (Math.min(HI, Math.max(LO, Math.log10(lr))) - LO) / (HI - LO);
  return `calc(${THUMB / 2}px + (100% - ${THUMB}px) * ${f.toFixed(4)})`;
};

export function LrField({
  lr,
  onChange,
  stability,
}: {
  lr: number;
  onChange: (lr: number) => void;
  stability?: StabilityInfo;
}) {
  const { t } = useTranslation();
  const pos = Math.min(HI, Math.max(LO, Math.log10(lr)));
  const limit = stability?.kind === 'limit' ? stability : null;
  const rule = limit?.optimizer === 'momentum' ? '2(1 + β)/λ_max' : '2/λ_max';
  const onTrack = limit !== null && limit.limit < 10 ** HI;
  return (
    <div className="field lr-field">
      <label className="field-label" htmlFor="train-lr-slider">
        {t('train.controls.lr')} η
      </label>
      <div className="lr-row">
        <div className="lr-track" data-marked={onTrack || undefined}>
          <input
            id="train-lr-slider"
            type="range"
            min={LO}
            max={HI}
            step={0.01}
            value={pos}
            aria-valuetext={fmt(lr)}
            aria-describedby={limit ? 'train-lr-limit' : undefined}
            onChange={(e) => onChange(Number((10 ** Number(e.target.value)).toPrecision(2)))}
          />
          {limit && onTrack && (
            <>
              <span
                className="lr-diverge"
                style={{ left: trackLeft(limit.limit) }}
                aria-hidden="true"
              />
              <span
                className="lr-mark"
                style={{ left: trackLeft(limit.limit) }}
                data-testid="lr-mark"
                aria-hidden="true"
              />
            </>
          )}
        </div>
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
      {limit && (
        <p
          id="train-lr-limit"
          className={`hint lr-limit ${lr < limit.limit ? 'ok' : 'over'}`}
          data-testid="lr-limit"
          data-limit={limit.limit}
        >
          {onTrack && <span className="lr-swatch" aria-hidden="true" />}
          {t('landscape.stability.mark', {
            rule,
            limit: fmt(limit.limit),
            lambda: fmt(limit.curvature.lambdaMax),
          })}{' '}
          {lr < limit.limit ? '' : t('landscape.stability.markOver', { lr: fmt(lr) })}
        </p>
      )}
    </div>
  );
}
