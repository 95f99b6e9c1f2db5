// The Train tab's current run, as the embed API reads it (getLoss, step): the Train panel
// publishes its loss path here, per store, so the API needs no second copy of the run in the
// store and nothing is serialized.
import { useEffect } from 'react';
import { useAppStoreApi } from '../state/StoreProvider';
import type { AppStore } from '../state/store';

export interface LiveRun {
  /** The loss before each step and after the last (length last + 1). */
  loss: readonly number[];
  stepsPerEpoch: number;
}

const runs = new WeakMap<AppStore, LiveRun>();

export const liveRun = (store: AppStore): LiveRun | null => runs.get(store) ?? null;

export function setLiveRun(store: AppStore, run: LiveRun | null): void {
  if (run) runs.set(store, run);
  else runs.delete(store);
}

/** Publishes the panel's run while it is shown (one call in each training panel). */
export function useLiveRun(loss: readonly number[] | null, stepsPerEpoch: number): void {
  const store = useAppStoreApi();
  useEffect(() => {
    if (!loss) return;
    setLiveRun(store, { loss, stepsPerEpoch });
    return () => {
      if (runs.get(store)?.loss === loss) runs.delete(store);
    };
  }, [store, loss, stepsPerEpoch]);
}
