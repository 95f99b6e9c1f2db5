// The Train tab's state: plain serializable inputs and settings (never tensors, never
// derived curves). Owned by the Train feature; combined into the app store in ../store.ts.
import type { StateCreator } from 'zustand/vanilla';

export interface TrainState {
  /** Placeholder until the Train feature lands. */
  ready: boolean;
}

export interface TrainSlice {
  train: TrainState;
}

export const initialTrain = (): TrainState => ({ ready: false });

export const createTrainSlice: StateCreator<TrainSlice, [], [], TrainSlice> = () => ({
  train: initialTrain(),
});
