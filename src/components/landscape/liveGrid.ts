// The surface's live frames while a Train data point is dragged, outside React: the heatmap's
// canvas paints each frame the moment it arrives (issue 15: "draw straight to canvas"), and
// React's render of the same frame (contours, minimum, tooltip) follows at a lower priority.
import type { Grid } from './surfaceGeometry';

export interface LiveGrid {
  /** Sends a frame to the painters (the heatmap's canvas). */
  push(grid: Grid): void;
  /** Calls `paint` with each frame pushed from now on; returns the unsubscribe function. */
  subscribe(paint: (grid: Grid) => void): () => void;
}

export function createLiveGrid(): LiveGrid {
  const painters = new Set<(grid: Grid) => void>();
  return {
    push(grid) {
      painters.forEach((p) => p(grid));
    },
    subscribe(paint) {
      painters.add(paint);
      return () => void painters.delete(paint);
    },
  };
}
