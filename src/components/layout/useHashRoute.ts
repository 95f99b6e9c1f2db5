import { useEffect } from 'react';
import type { AppStore } from '../../state/store';
import { useAppStoreApi } from '../../state/StoreProvider';
import { parseTabHash, tabHash, type TabId } from '../../state/tabs';

/** Selects a tab: the store at once, and the hash (one history entry per tab change). */
export function navigateToTab(store: AppStore, tab: TabId): void {
  store.getState().setTab(tab);
  if (parseTabHash(window.location.hash) !== tab || !window.location.hash.startsWith('#/')) {
    window.location.hash = tabHash(tab);
  }
}

/** Follows the hash (Back/Forward, edited URLs). Hashes not of the form `#/…` are left alone. */
export function useHashRoute(): void {
  const store = useAppStoreApi();
  useEffect(() => {
    const onHashChange = () => {
      const { hash } = window.location;
      if (hash === '' || hash.startsWith('#/')) store.getState().setTab(parseTabHash(hash));
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [store]);
}
