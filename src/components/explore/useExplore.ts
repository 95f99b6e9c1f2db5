// Hooks of the Explore tab: the slice, its actions, and derived data memoised from the inputs.
// Derived data never goes into the store.
import { useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { LossDef, LossId } from '../../math';
import { useAppStore } from '../../state/StoreProvider';
import type { MathBackend } from '../../state/backendLoader';
import { keyOf } from '../../state/explore/reducers';
import type { AppState } from '../../state/store';
import { selectExploreDrafts, selectExploreNotice } from '../../state/selectors';

const selectExplore = (s: AppState) => s.explore;
const selectActions = (s: AppState) => s.exploreActions;
const selectKey = (s: AppState) => keyOf(s.explore);

export const useExplore = () => useAppStore(selectExplore);
/** The typed cell texts (runtime state: never in a link). */
export const useDrafts = () => useAppStore(selectExploreDrafts);
export const useNotice = () => useAppStore(selectExploreNotice);
export const useExploreActions = () => useAppStore(selectActions);
export const useTaskKey = () => useAppStore(selectKey);
export const useOverlay = () =>
  useAppStore(useShallow((s: AppState) => s.explore.overlay[keyOf(s.explore)]));

export function useDefs(math: MathBackend | null): Map<LossId, LossDef> {
  return useMemo(() => new Map((math?.LOSSES ?? []).map((d) => [d.id, d])), [math]);
}

/** An error from the math core, for the message beside the charts. */
export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export type Attempt<T> = { ok: true; value: T } | { ok: false; error: string };

/** Runs a computation of the math core, catching its LossInputError as a message. */
export function attempt<T>(compute: () => T): Attempt<T> {
  try {
    return { ok: true, value: compute() };
  } catch (err) {
    return { ok: false, error: errorMessage(err) };
  }
}

/**
 * The value of a memoised attempt; when it failed, the last value that succeeded with the
 * error, so the charts keep the last valid data.
 */
export function useLastValid<T>(result: Attempt<T>): { value: T | null; error: string | null } {
  const [last, setLast] = useState<T | null>(result.ok ? result.value : null);
  if (result.ok && last !== result.value) setLast(result.value);
  return result.ok ? { value: result.value, error: null } : { value: last, error: result.error };
}
