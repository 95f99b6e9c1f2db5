// What the k-means plot shows at a Lloyd half-step: the centroids, the labels (none before the
// first assignment), the centroids' previous places (on an update step) and the inertia.
import type { KMeansRun, Point2 } from '../../math';

export interface KMeansFrame {
  /** 0-based iteration, or −1 at the initial centroids. */
  iteration: number;
  phase: 'init' | 'assign' | 'update';
  centroids: Point2[];
  /** Where the centroids were before this update step. */
  from: Point2[] | null;
  labels: number[] | null;
  /** The inertia of the last assignment shown (null at the start). */
  inertia: number | null;
  /** Inertia of each iteration assigned so far. */
  history: number[];
}

/** The last half-step of a run: the update of its last iteration. */
export const lastStep = (run: KMeansRun) => 2 * run.iterations.length;

export function frameAt(run: KMeansRun, step: number): KMeansFrame {
  const s = Math.max(0, Math.min(step, lastStep(run)));
  if (s === 0)
    return {
      iteration: -1,
      phase: 'init',
      centroids: run.init,
      from: null,
      labels: null,
      inertia: null,
      history: [],
    };
  const t = Math.floor((s - 1) / 2);
  const it = run.iterations[t];
  const update = s % 2 === 0;
  return {
    iteration: t,
    phase: update ? 'update' : 'assign',
    centroids: update ? it.updated : it.centroids,
    from: update ? it.centroids : null,
    labels: it.labels,
    inertia: it.inertia,
    history: run.iterations.slice(0, t + 1).map((i) => i.inertia),
  };
}
