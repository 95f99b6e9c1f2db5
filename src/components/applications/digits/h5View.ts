// What the landscape card and its figure read off an opened HDF5 surface: the field shown, its
// grid in the app's order, and its best point (lowest loss, highest accuracy). Pure.
import type { H5Surface } from '../../../state/applications/h5Types';
import { gridMinimum, type Grid } from '../../landscape/surfaceGeometry';

/** The field on display: the one picked when the surface has it, else its first. */
export const shownField = (s: H5Surface | null, picked: string): string =>
  s && s.order.includes(picked) ? picked : (s?.order[0] ?? '');

/** Accuracies are best high; losses and errors low. */
export const higherIsBetter = (field: string) => /_acc$/.test(field);

/** A 2-D surface's field as the heatmap's grid; null for a 1-D line. */
export function surfaceGrid(s: H5Surface | null, field: string): Grid | null {
  return s?.y && s.fields[field] ? { w: s.x, b: s.y, values: s.fields[field] } : null;
}

export interface Best {
  x: number;
  /** null on a 1-D line. */
  y: number | null;
  value: number;
}

/** The best point of a 2-D grid (gaps skipped). */
export function gridBest(grid: Grid, higher: boolean): Best | null {
  const m = gridMinimum(higher ? { ...grid, values: grid.values.map((v) => -v) } : grid);
  return m ? { x: m.w, y: m.b, value: higher ? -m.value : m.value } : null;
}

/** The best point of a 1-D line (gaps skipped). */
export function lineBest(s: H5Surface, field: string, higher: boolean): Best | null {
  let k = -1;
  const v = s.fields[field];
  v.forEach((a, i) => {
    if (Number.isFinite(a) && (k < 0 || (higher ? a > v[k] : a < v[k]))) k = i;
  });
  return k < 0 ? null : { x: s.x[k], y: null, value: v[k] };
}

/** The best point of what is shown. */
export function bestOf(s: H5Surface | null, field: string): Best | null {
  if (!s || !s.fields[field]) return null;
  const higher = higherIsBetter(field);
  const grid = surfaceGrid(s, field);
  return grid ? gridBest(grid, higher) : lineBest(s, field, higher);
}
