import { useEffect } from 'react';
import { startBackend } from '../../state/backendLoader';
import { useAppStoreApi } from '../../state/StoreProvider';

/** Loads tfjs after the first paint (effects run after it). */
export function useBackendLoader(): void {
  const store = useAppStoreApi();
  useEffect(() => startBackend(store), [store]);
}
