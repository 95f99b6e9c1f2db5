// The landscapes read from Li et al.'s HDF5 files (src/export/h5Landscape.ts), as plain data: apart from
// the reader so that the store (this layer) and the links can name them without loading jsfive's types.

export interface H5Surface {
  kind: 'surface';
  name: string;
  x: number[];
  /** null for a 1-D surface (a line). */
  y: number[] | null;
  /** Dataset name → values in grid order (NaN where not computed). */
  fields: Record<string, Float32Array>;
  /** The field names in display order (train_loss first). */
  order: string[];
  /** Points not computed (NaN), per field. */
  missing: Record<string, number>;
}
export interface H5Projection {
  kind: 'projection';
  name: string;
  x: number[];
  y: number[];
}
export interface H5Directions {
  kind: 'directions';
  name: string;
  explained: number[];
}
export type H5Landscape = H5Surface | H5Projection | H5Directions;

export type H5Error =
  | { code: 'tooBig'; name: string; bytes: number }
  | { code: 'notHdf5'; name: string }
  | { code: 'missing'; name: string; keys: string[]; found: string[] }
  | { code: 'shape'; name: string; dataset: string; expected: string; got: string }
  | { code: 'values'; name: string; dataset: string };
