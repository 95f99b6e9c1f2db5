import { useEffect } from 'react';
import type { AppStore } from '../../state/store';
import { useAppStoreApi } from '../../state/StoreProvider';
import type { TabId } from '../../state/tabs';
import { startUrlSync } from '../../state/url/history';
import { browserStorage } from '../../state/url/storage';

/** Selects a tab; the URL sync makes it a history entry of its own. */
export function navigateToTab(store: AppStore, tab: TabId): void {
  store.getState().setTab(tab);
}

/** Keeps the URL (tab and every setting) and the store in step, both ways, for this page. */
export function useHashRoute(): void {
  const store = useAppStoreApi();
  useEffect(() => startUrlSync(store, { win: window, storage: browserStorage() }), [store]);
}
