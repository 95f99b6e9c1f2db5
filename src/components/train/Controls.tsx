// Model, loss (only those that fit the model and the data), optimizer with its parameters,
// learning rate, batch size, L2 λ and epochs; for the MLP its hidden units and activation.
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { LossDef } from '../../math';
import type { MathBackend } from '../../state/backendLoader';
import { useAppStore, useAppStoreApi } from '../../state/StoreProvider';
import type { TrainModel } from '../../state/train/presets';
import { labelRules, lossesFor } from './modelView';
import { EPOCHS_MAX, type TrainState } from '../../state/train/slice';
import type { StabilityInfo } from '../landscape/useStability';
import { BatchFields, MlpFields, OptimizerFields } from './ControlFields';
import { NumberField } from '../controls/NumberField';
import { CodeButton } from '../export/CodeButton';
import { Lockable } from '../lesson/Lockable';

/**
 * The settings the form shows: every field but the points (a drag moves them on every frame),
 * and of the points only which label rules they keep (what decides the losses offered).
 */
export const selectForm = (st: { train: TrainState }) => {
  const { points, ...form } = st.train;
  return { ...form, rules: labelRules(form.model, points).join() };
};

/** Memoised: a drag or a replayed step re-renders the form only when what it shows changes. */
export const Controls = memo(function Controls({
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
  const s = useAppStore(useShallow(selectForm));
  const a = useAppStoreApi().getState().trainActions;
  const { model, rules } = s;
  const losses = useMemo(
    () => (math ? lossesFor(math, model, rules.split(',') as LossDef['yRule'][]) : []),
    [math, model, rules],
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
      {s.model === 'mlp' && <MlpFields s={s} />}
      <OptimizerFields s={s} withLr={withLr} stability={stability} />
      <BatchFields s={s} />
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
});
