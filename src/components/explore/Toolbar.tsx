// Task switch (regression, binary, margin, multi-class), ŷ form for binary, classes for
// multi-class, and the presets.
import { Lockable } from '../lesson/Lockable';
import { useTranslation } from 'react-i18next';
import { MAX_CLASSES, MIN_CLASSES, type PresetId, type Task } from '../../state/explore/model';
import { NumberField } from '../controls/NumberField';
import { Segmented } from './Segmented';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../state/StoreProvider';
import type { AppState } from '../../state/store';
import { useExploreActions } from './useExplore';

const TASKS: readonly Task[] = ['regression', 'binary', 'margin', 'multiclass'];
const PRESETS: readonly PresetId[] = ['seed', 'outlier', 'balanced', 'confidentWrong'];
/** What the toolbar shows (not the rows: a drag's moves leave it alone). */
const selectBar = (st: AppState) => ({
  task: st.explore.task,
  form: st.explore.form,
  classes: st.explore.classes,
});

export function Toolbar() {
  const { t } = useTranslation();
  const s = useAppStore(useShallow(selectBar));
  const a = useExploreActions();
  return (
    <div className="ex-toolbar">
      <Lockable id="task">
        <Segmented
          label={t('explore.task.label')}
          value={s.task}
          options={TASKS.map((v) => ({ value: v, label: t(`explore.task.${v}`) }))}
          onChange={a.setTask}
          testId="task"
        />
        {s.task === 'binary' && (
          <Segmented
            label={t('explore.form.label')}
            value={s.form}
            options={(['probability', 'logit'] as const).map((v) => ({
              value: v,
              label: t(`explore.form.${v}`),
            }))}
            onChange={a.setForm}
            testId="form"
          />
        )}
        {s.task === 'multiclass' && (
          <NumberField
            label={t('explore.classes')}
            value={s.classes}
            min={MIN_CLASSES}
            max={MAX_CLASSES}
            integer
            onCommit={a.setClasses}
            className="ex-field"
            inputClassName="ex-input ex-input-short"
            testId="classes-input"
          />
        )}
      </Lockable>
      <Lockable id="data">
        <label className="ex-field ex-preset">
          <span>{t('explore.presets.label')}</span>
          <select
            className="ex-input"
            value=""
            onChange={(e) => e.target.value && a.applyPreset(e.target.value as PresetId)}
          >
            <option value="">{t('explore.presets.choose')}</option>
            {PRESETS.map((p) => (
              <option key={p} value={p}>
                {t(`explore.presets.${p}`)}
              </option>
            ))}
          </select>
        </label>
      </Lockable>
    </div>
  );
}
