// Which losses to draw (up to 6, each with its colour and dash), and which one the
// step-by-step and explain panels compute (●).
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { LossId } from '../../math';
import { TASK_LOSSES, type TaskKey } from '../../state/explore/model';
import { colorAt, dashAt } from '../charts/palette';
import { useAppStore } from '../../state/StoreProvider';
import { useExploreActions } from './useExplore';

/** A loss's colour and dash: by its place in the task's list, so they never move. */
export function styleOf(k: TaskKey, id: LossId) {
  const i = TASK_LOSSES[k].indexOf(id);
  return { color: colorAt(i), dash: dashAt(i) };
}

export function Swatch({ color, dash }: { color: string; dash: string }) {
  return (
    <svg className="ex-swatch" width="28" height="10" aria-hidden="true">
      <line
        x1="1"
        x2="27"
        y1="5"
        y2="5"
        stroke={color}
        strokeWidth="3"
        strokeDasharray={dash || undefined}
      />
    </svg>
  );
}

/** Memoised, and subscribed to the task's overlay and active loss alone (not to the rows). */
export const LossPicker = memo(function LossPicker({ k }: { k: TaskKey }) {
  const { t } = useTranslation();
  const overlay = useAppStore(useShallow((s) => s.explore.overlay[k]));
  const active = useAppStore((s) => s.explore.active[k]);
  const a = useExploreActions();
  return (
    <fieldset className="ex-losses" data-testid="loss-picker">
      <legend className="ex-h3">{t('explore.losses.title')}</legend>
      <p className="ex-hint">{t('explore.losses.hint')}</p>
      <ul className="ex-loss-list">
        {TASK_LOSSES[k].map((id) => {
          const name = t(`losses.${id}.name`);
          const on = overlay.includes(id);
          const st = styleOf(k, id);
          return (
            <li key={id} className={on ? 'is-on' : undefined}>
              <label className="ex-loss-toggle">
                <input type="checkbox" checked={on} onChange={() => a.toggleLoss(id)} />
                <Swatch {...st} />
                <span>{name}</span>
              </label>
              <button
                type="button"
                className={`ex-active ${active === id ? 'is-active' : ''}`}
                aria-pressed={active === id}
                aria-label={t('explore.losses.active', { name })}
                title={t('explore.losses.active', { name })}
                onClick={() => a.setActive(id)}
              >
                {active === id ? '●' : '○'}
              </button>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
});
