// The landscape file opened in Applications (Li et al.'s HDF5 layout, issue 17.6) and the field
// on display: data, not a setting, so never in the URL's state, never an undo step, never in
// storage. It lives in the store, not in the card, because three places outside the card use
// it: the header's Export → "Load state" restores it, the Embed dialog packs it into a figure
// link (`fig=h5`), and the card reads it back after either.
import type { StateCreator } from 'zustand/vanilla';
import type { H5Directions, H5Projection, H5Surface } from './h5Types';

export interface LandscapeFiles {
  surface: H5Surface | null;
  projection: H5Projection | null;
  directions: H5Directions | null;
  /** The surface's field on display ('' for its first). */
  field: string;
}

export interface LandscapeFileSlice {
  landscapeFiles: LandscapeFiles;
  setLandscapeFiles(patch: Partial<LandscapeFiles>): void;
}

export const NO_LANDSCAPE: LandscapeFiles = {
  surface: null,
  projection: null,
  directions: null,
  field: '',
};

export const createLandscapeFileSlice: StateCreator<
  LandscapeFileSlice,
  [],
  [],
  LandscapeFileSlice
> = (set) => ({
  landscapeFiles: NO_LANDSCAPE,
  setLandscapeFiles: (patch) => set((s) => ({ landscapeFiles: { ...s.landscapeFiles, ...patch } })),
});
