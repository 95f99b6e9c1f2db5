import { useEffect } from 'react';
import type { AppStore } from '../../state/store';
import { useAppStoreApi } from '../../state/StoreProvider';
import type { TabId } from '../../state/tabs';

/** Selects a tab; the URL sync makes it a history entry of its own. */
export function navigateToTab(store: AppStore, tab: TabId): void {
  store.getState().setTab(tab);
}

/**
 * Keeps the URL (tab and every setting) and the store in step, both ways, for this page. The
 * sync (with the URL writer) loads after the first paint; what changed meanwhile follows then.
 */
export function useHashRoute(): void {
  const store = useAppStoreApi();
  useEffect(() => {
    const from = store.getState();
    let stop: (() => void) | null = null;
    let gone = false;
    void Promise.all([import('../../state/url/history'), import('../../state/url/storage')]).then(
      ([{ startUrlSync }, { browserStorage }]) => {
        if (!gone) stop = startUrlSync(store, { win: window, storage: browserStorage(), from });
      },
    );
    return () => {
      gone = true;
      stop?.();
    };
  }, [store]);
}
