import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore, useAppStoreApi } from '../../state/StoreProvider';
import { selectTab } from '../../state/selectors';
import { TAB_IDS, type TabId } from '../../state/tabs';
import { navigateToTab } from './useHashRoute';

const KEY_STEP: Record<string, number> = {
  ArrowRight: 1,
  ArrowDown: 1,
  ArrowLeft: -1,
  ArrowUp: -1,
};

/** WAI-ARIA tabs with automatic activation: arrows, Home and End move and select. */
export function Tabs() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const active = useAppStore(selectTab);
  const refs = useRef<Partial<Record<TabId, HTMLButtonElement | null>>>({});

  const select = (tab: TabId, focus: boolean) => {
    navigateToTab(store, tab);
    if (focus) refs.current[tab]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const i = TAB_IDS.indexOf(store.getState().tab);
    const n = TAB_IDS.length;
    let next: number | null = null;
    if (event.key in KEY_STEP) next = (i + KEY_STEP[event.key] + n) % n;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = n - 1;
    if (next === null) return;
    event.preventDefault();
    select(TAB_IDS[next], true);
  };

  return (
    <div className="tabs" role="tablist" aria-label={t('tabs.label')} onKeyDown={onKeyDown}>
      {TAB_IDS.map((id) => {
        const selected = id === active;
        return (
          <button
            key={id}
            ref={(el) => {
              refs.current[id] = el;
            }}
            id={`tab-${id}`}
            type="button"
            role="tab"
            className="tab"
            aria-selected={selected}
            aria-controls={selected ? `panel-${id}` : undefined}
            tabIndex={selected ? 0 : -1}
            onClick={() => select(id, false)}
          >
            {t(`tabs.${id}`)}
          </button>
        );
      })}
    </div>
  );
}
