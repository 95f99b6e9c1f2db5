import { useSyncExternalStore } from 'react';
import { useAppStore } from '../../state/StoreProvider';
import { selectTheme } from '../../state/selectors';
import type { Theme } from '../../state/prefs';
import { DARK_QUERY, systemTheme } from './documentPrefs';

function subscribe(onChange: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => undefined;
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** The theme in force: the stored choice, else the system's prefers-color-scheme (live). */
export function useEffectiveTheme(): Theme {
  const chosen = useAppStore(selectTheme);
  const system = useSyncExternalStore(subscribe, systemTheme);
  return chosen ?? system;
}
