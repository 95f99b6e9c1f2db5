// The Train controls' groups: the MLP's network, the optimizer with its parameters (and the
// learning rate where the layout does not show it in the run's bar), and the batch size.
import { useTranslation } from 'react-i18next';
import { useAppStoreApi } from '../../state/StoreProvider';
import {
  HIDDEN_MAX,
  HIDDEN_MIN,
  type OptimizerSettings,
  type TrainState,
} from '../../state/train/slice';
import { NumberField } from '../controls/NumberField';
import type { StabilityInfo } from '../landscape/useStability';
import { Lockable } from '../lesson/Lockable';
import { LrField } from './LrField';

const OPTIMIZERS = ['sgd', 'momentum', 'rmsprop', 'adagrad', 'adam'] as const;

/** The settings the fields read: all but the points (Controls does not subscribe to them). */
export type FormState = Omit<TrainState, 'points'>;

/** Hidden units and activation, with the network's shape. */
export function MlpFields({ s }: { s: FormState }) {
  const { t } = useTranslation();
  const a = useAppStoreApi().getState().trainActions;
  return (
    <fieldset className="field-group">
      <legend>{t('train.mlp.network')}</legend>
      <div className="mlp-fields">
        <NumberField
          label={t('train.mlp.hidden')}
          value={s.mlp.hidden}
          min={HIDDEN_MIN}
          max={HIDDEN_MAX}
          integer
          onCommit={(hidden) => a.setMlp({ hidden })}
          testId="hidden-input"
        />
        <label className="field">
          <span className="field-label">{t('train.mlp.activation')}</span>
          <select
            value={s.mlp.activation}
            onChange={(e) => a.setMlp({ activation: e.target.value as 'tanh' | 'relu' })}
            data-testid="activation-select"
          >
            <option value="tanh">tanh</option>
            <option value="relu">ReLU</option>
          </select>
        </label>
      </div>
      <p className="hint">{t('train.mlp.shape', { h: s.mlp.hidden, n: 4 * s.mlp.hidden + 1 })}</p>
    </fieldset>
  );
}

/** The optimizer, its parameters and rule; the learning rate when `withLr`. */
export function OptimizerFields(p: { s: FormState; withLr: boolean; stability?: StabilityInfo }) {
  const { t } = useTranslation();
  const a = useAppStoreApi().getState().trainActions;
  const { withLr, stability } = p;
  const o = p.s.optimizer;
  const opt = (label: string, key: keyof OptimizerSettings, min: number, max: number) => (
    <NumberField
      label={label}
      value={o[key] as number}
      min={min}
      max={max}
      onCommit={(v) => a.setOptimizer({ [key]: v })}
      testId={`opt-${key}`}
    />
  );
  return (
    <fieldset className="field-group">
      <legend>{t('train.controls.optimizer')}</legend>
      <Lockable id="optimizer">
        <label className="field">
          <span className="visually-hidden">{t('train.controls.optimizer')}</span>
          <select
            value={o.name}
            onChange={(e) => a.setOptimizer({ name: e.target.value as OptimizerSettings['name'] })}
            data-testid="optimizer-select"
          >
            {OPTIMIZERS.map((n) => (
              <option key={n} value={n}>
                {t(`train.optimizer.${n}`)}
              </option>
            ))}
          </select>
        </label>
      </Lockable>
      {withLr && (
        <Lockable id="lr">
          <LrField lr={o.lr} onChange={(lr) => a.setOptimizer({ lr })} stability={stability} />
        </Lockable>
      )}
      <Lockable id="optimizer">
        <div className="field-row">
          {o.name === 'momentum' && opt(t('train.controls.momentum'), 'momentum', 0, 0.999)}
          {o.name === 'rmsprop' && opt(t('train.controls.decay'), 'decay', 0, 0.999)}
          {o.name === 'rmsprop' && opt(t('train.controls.momentum'), 'momentum', 0, 0.999)}
          {o.name === 'adam' && opt('β₁', 'beta1', 0, 0.999)}
          {o.name === 'adam' && opt('β₂', 'beta2', 0, 0.99999)}
          {(o.name === 'adam' || o.name === 'rmsprop') && opt('ε', 'epsilon', 0, 1)}
          {o.name === 'adagrad' &&
            opt(t('train.controls.accumulator'), 'initialAccumulator', 0, 100)}
        </div>
        <p className="hint">{t(`train.optimizerRule.${o.name}`)}</p>
      </Lockable>
    </fieldset>
  );
}

/** Full batch, mini-batches (of a size) or one point per step. */
export function BatchFields({ s }: { s: FormState }) {
  const { t } = useTranslation();
  const a = useAppStoreApi().getState().trainActions;
  return (
    <Lockable id="batch">
      <fieldset className="field-group">
        <legend>{t('train.controls.batch')}</legend>
        <div className="segmented" role="radiogroup" aria-label={t('train.controls.batch')}>
          {(['full', 'mini', 'one'] as const).map((b) => (
            <label key={b}>
              <input
                type="radio"
                name="train-batch"
                value={b}
                checked={s.batch === b}
                onChange={() => a.setBatch(b)}
              />
              <span>{t(`train.batch.${b}`)}</span>
            </label>
          ))}
        </div>
        {s.batch === 'mini' && (
          <NumberField
            label={t('train.controls.miniBatch')}
            value={s.miniBatch}
            min={1}
            max={1000}
            integer
            onCommit={(v) => a.setBatch('mini', v)}
            testId="mini-batch-input"
          />
        )}
      </fieldset>
    </Lockable>
  );
}
