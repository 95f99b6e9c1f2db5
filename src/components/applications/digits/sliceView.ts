// What the slice chart draws of a network's plane (math/nets/protocol PlaneInfo): its grid once
// values have come, the projected path (PCA planes only) and the axes' extent. Pure.
import type { PlaneInfo } from '../../../math/nets/protocol';
import { colorAt } from '../../charts/palette';
import type { LandscapePath } from '../../landscape/SurfaceHeatmap';
import type { Grid } from '../../landscape/surfaceGeometry';

export function planeGrid(plane: PlaneInfo | null, values: Float32Array | null): Grid | null {
  return plane && values ? { w: plane.xs, b: plane.ys, values } : null;
}

export function planePaths(plane: PlaneInfo | null, label: string): LandscapePath[] {
  if (!plane?.path) return [];
  return [{ id: 'path', label, color: colorAt(1), w: plane.path.x, b: plane.path.y }];
}

export function planeBase(
  plane: PlaneInfo | null,
): { w: [number, number]; b: [number, number] } | null {
  if (!plane) return null;
  return { w: [plane.xs[0], plane.xs.at(-1)!], b: [plane.ys[0], plane.ys.at(-1)!] };
}
