// The Explore tab's state: plain serializable inputs and settings (never tensors, never
// derived curves). Owned by the Explore feature; combined into the app store in ../store.ts.
import type { StateCreator } from 'zustand/vanilla';

export interface ExploreState {
  /** Placeholder until the Explore feature lands. */
  ready: boolean;
}

export interface ExploreSlice {
  explore: ExploreState;
}

export const initialExplore = (): ExploreState => ({ ready: false });

export const createExploreSlice: StateCreator<ExploreSlice, [], [], ExploreSlice> = () => ({
  explore: initialExplore(),
});
