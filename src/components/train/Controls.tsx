// Model, loss (only those that fit the model and the data), optimizer with its parameters,
// learning rate, batch size, L2 λ and epochs; for the MLP its hidden units and activation.
import { useTranslation } from 'react-i18next';
import type { LossDef } from '../../math';
import type { MathBackend } from '../../state/backendLoader';
import { useAppStore, useAppStoreApi } from '../../state/StoreProvider';
import type { TrainModel } from '../../state/train/presets';
import { fittingLosses } from './modelView';
import {
  EPOCHS_MAX,
  HIDDEN_MAX,
  HIDDEN_MIN,
  type OptimizerSettings,
  type TrainState,
} from '../../state/train/slice';
import type { StabilityInfo } from '../landscape/useStability';
import { LrField } from './LrField';
import { NumberField } from '../controls/NumberField';
import { CodeButton } from '../export/CodeButton';
import { Lockable } from '../lesson/Lockable';

const selectTrain = (s: { train: TrainState }) => s.train;
const OPTIMIZERS = ['sgd', 'momentum', 'rmsprop', 'adagrad', 'adam'] as const;

export function Controls({
  math,
  stability,
  withLr = true,
}: {
  math: MathBackend | null;
  /** False where the layout shows the learning rate elsewhere (the workspace's bar). */
  withLr?: boolean;
  /** The optimizer's stability limit, marked on the learning-rate slider (linear/logistic). */
  stability?: StabilityInfo;
}) {
  const { t } = useTranslation();
  const s = useAppStore(selectTrain);
  const a = useAppStoreApi().getState().trainActions;
  const losses = math ? fittingLosses(math, s.model, s.points) : [];
  const o = s.optimizer;
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
    <section className="train-controls" aria-labelledby="train-controls-h">
      <h3 id="train-controls-h">{t('train.controls.title')}</h3>
      <Lockable id="model">
        <label className="field">
          <span className="field-label">{t('train.controls.model')}</span>
          <select
            value={s.model}
            onChange={(e) => a.setModel(e.target.value as TrainModel)}
            data-testid="model-select"
          >
            <option value="linear">{t('train.model.linear')}</option>
            <option value="logistic">{t('train.model.logistic')}</option>
            <option value="mlp">{t('train.model.mlp')}</option>
          </select>
        </label>
      </Lockable>
      <Lockable id="loss">
        <label className="field">
          <span className="field-label">{t('train.controls.loss')}</span>
          <select
            value={s.loss}

            onChange={(e) => a.setLoss(e.target.value as LossDef['id'])}
            data-testid="loss-select"
          >
            {losses.length === 0 && <option value={s.loss}>{s.loss}</option>}
            {losses.map((d) => (
              <option key={d.id} value={d.id}>
                {t(`losses.${d.id}.name`)}
              </option>
            ))}
          </select>
        </label>
      </Lockable>
      {s.model === 'mlp' && (
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
          <p className="hint">
            {t('train.mlp.shape', { h: s.mlp.hidden, n: 4 * s.mlp.hidden + 1 })}
          </p>
        </fieldset>
      )}
      <fieldset className="field-group">
        <legend>{t('train.controls.optimizer')}</legend>
        <Lockable id="optimizer">
          <label className="field">
            <span className="visually-hidden">{t('train.controls.optimizer')}</span>
            <select
              value={o.name}
              onChange={(e) =>
                a.setOptimizer({ name: e.target.value as OptimizerSettings['name'] })
              }
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
      <div className="field-row">
        <Lockable id="reg">
          <NumberField
            label={t('train.controls.l2')}
            value={s.l2}
            min={0}
            max={100}
            onCommit={a.setL2}
            testId="l2-input"
          />
        </Lockable>
        <Lockable id="epochs">
          <NumberField
            label={t('train.controls.epochs')}
            value={s.epochs}
            min={1}
            max={EPOCHS_MAX}
            integer
            onCommit={a.setEpochs}
            testId="epochs-input"
          />
        </Lockable>
      </div>
      <p className="hint">{t('train.controls.l2Hint')}</p>
      <CodeButton math={math} />
    </section>
  );
}
