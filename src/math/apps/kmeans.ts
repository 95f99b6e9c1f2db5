// k-means clustering by Lloyd's algorithm on tfjs (Lloyd, 1982). Each iteration has two steps:
// assignment — every point goes to its nearest centroid, and the inertia (the sum of squared
// distances to the assigned centroids, i.e. N × the MSE of the cluster means; sklearn's
// `inertia_`) is read there — then update: each centroid moves to the mean of its points (a
// centroid with no points stays where it is). Initialisation is k-means++ (Arthur &
// Vassilvitskii, 2007: each next centre drawn with probability ∝ D², the squared distance to the
// nearest centre so far) or random (Forgy: k distinct points), from a seed.
import * as tf from '@tensorflow/tfjs-core';
import '../tf';
import { LossInputError } from '../errors';
import { mulberry32 } from '../random';
import { checkNumber } from '../validate';

export type KMeansInit = 'kmeans++' | 'random';
export type Point2 = [number, number];

export interface KMeansRequest {
  points: Point2[];
  k: number;
  init?: KMeansInit;
  seed?: number;
  /** Start from these centroids instead (k of them); `init` and `seed` are then unused. */
  centroids?: Point2[];
  /** At most this many iterations (default 50). */
  maxIter?: number;
}

export interface KMeansIteration {
  /** The centroids the assignment used. */
  centroids: Point2[];
  /** The nearest centroid of each point. */
  labels: number[];
  /** Σ‖x − c_label‖² under these centroids and labels. */
  inertia: number;
  /** The centroids after the update step (the means of the assigned points). */
  updated: Point2[];
}

export interface KMeansRun {
  init: Point2[];
  iterations: KMeansIteration[];
  /** True when the last assignment repeated the one before (a fixed point of Lloyd's steps). */
  converged: boolean;
  /** The inertia at the end (of the last assignment). */
  inertia: number;
}

export const KMEANS_K_MAX = 10;
export const KMEANS_POINTS_MAX = 2000;

/** Validates the points (finite, within ±1e6, 1…2000 of them) and k (integer, 1…min(10, N)). */
export function checkKMeans(points: unknown, k: unknown): Point2[] {
  if (!Array.isArray(points) || points.length === 0)
    throw new LossInputError('points', 'need at least one point');
  if (points.length > KMEANS_POINTS_MAX)
    throw new LossInputError('points', `at most ${KMEANS_POINTS_MAX} points, got ${points.length}`);
  points.forEach((p, i) => {
    if (!Array.isArray(p) || p.length !== 2)
      throw new LossInputError(`points[${i}]`, 'must be a pair [x, y]');
    checkNumber(`points[${i}][0]`, p[0]);
    checkNumber(`points[${i}][1]`, p[1]);
  });
  if (typeof k !== 'number' || !Number.isInteger(k) || k < 1 || k > KMEANS_K_MAX)
    throw new LossInputError('k', `must be an integer in [1, ${KMEANS_K_MAX}], got ${String(k)}`);
  if (k > points.length)
    throw new LossInputError(
      'k',
      `must not exceed the number of points (${points.length}), got ${k}`,
    );
  return points as Point2[];
}

const d2 = (a: Point2, b: Point2) => (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2;

/** Seeded initial centroids (points of the data set, so no number here is computed). */
export function kmeansInit(points: Point2[], k: number, init: KMeansInit = 'kmeans++', seed = 1) {
  checkKMeans(points, k);
  const rand = mulberry32(seed);
  const n = points.length;
  if (init === 'random') {
    const idx = Array.from({ length: n }, (_, i) => i);
    for (let i = 0; i < k; i++) {
      const j = i + Math.floor(rand() * (n - i));
      [idx[i], idx[j]] = [idx[j], idx[i]];
    }
    return idx.slice(0, k).map((i) => [...points[i]] as Point2);
  }
  const centres: Point2[] = [[...points[Math.floor(rand() * n)]] as Point2];
  const dist = points.map((p) => d2(p, centres[0]));
  while (centres.length < k) {
    const total = dist.reduce((s, v) => s + v, 0);
    let pick = 0;
    if (total > 0) {
      let r = rand() * total;
      while (pick < n - 1 && (r -= dist[pick]) >= 0) pick++;
      while (dist[pick] === 0 && pick > 0) pick--; // never a point that is already a centre
    } else pick = Math.floor(rand() * n); // all points coincide with the centres
    const c: Point2 = [...points[pick]] as Point2;
    centres.push(c);
    points.forEach((p, i) => (dist[i] = Math.min(dist[i], d2(p, c))));
  }
  return centres;
}

/**
 * One Lloyd iteration as tensors: squared distances [N, K] by broadcasting, labels by argMin,
 * inertia as the sum of the minima, centroids as (one-hotᵀ · X) / counts.
 */
export function lloydStep(x: tf.Tensor2D, c: tf.Tensor2D) {
  return tf.tidy(() => {
    const k = c.shape[0];
    const dist = tf.sum(tf.squaredDifference(tf.expandDims(x, 1), tf.expandDims(c, 0)), 2);
    const labels = tf.argMin(dist, 1);
    const inertia = tf.sum(tf.min(dist, 1));
    // (tf.oneHot refuses depth 1, so the one-hot matrix is built by comparison)
    const onehot = tf.cast(
      tf.equal(tf.expandDims(labels, 1), tf.range(0, k, 1, 'int32')),
      'float32',
    ) as tf.Tensor2D;
    const counts = tf.sum(onehot, 0);
    const sums = tf.matMul(onehot, x, true, false);
    const means = tf.div(sums, tf.expandDims(tf.maximum(counts, 1), 1));
    const updated = tf.where(tf.tile(tf.expandDims(tf.greater(counts, 0), 1), [1, 2]), means, c);
    return { labels, inertia, updated: updated as tf.Tensor2D };
  });
}

const pairs = (flat: ArrayLike<number>): Point2[] =>
  Array.from({ length: flat.length / 2 }, (_, i) => [flat[2 * i], flat[2 * i + 1]] as Point2);

/** Runs Lloyd's algorithm until the assignment repeats or maxIter; every iteration is kept. */
export async function kmeansRun(req: KMeansRequest): Promise<KMeansRun> {
  const points = checkKMeans(req.points, req.k);
  const maxIter = req.maxIter ?? 50;
  if (!Number.isInteger(maxIter) || maxIter < 1 || maxIter > 1000)
    throw new LossInputError('maxIter', `must be an integer in [1, 1000], got ${maxIter}`);
  let start: Point2[];
  if (req.centroids) {
    if (req.centroids.length !== req.k)
      throw new LossInputError('centroids', `must hold k = ${req.k} centroids`);
    req.centroids.forEach((p, i) => {
      checkNumber(`centroids[${i}][0]`, p[0]);
      checkNumber(`centroids[${i}][1]`, p[1]);
    });
    start = req.centroids.map((p) => [p[0], p[1]] as Point2);
  } else start = kmeansInit(points, req.k, req.init ?? 'kmeans++', req.seed ?? 1);
  const x = tf.tensor2d(points.flat(), [points.length, 2]);
  let c = tf.tensor2d(start.flat(), [req.k, 2]);
  const out: KMeansRun = { init: start, iterations: [], converged: false, inertia: 0 };
  try {
    let cPlain = start;
    for (let it = 0; it < maxIter; it++) {
      const step = lloydStep(x, c);
      const [labels, inertia, updated] = await Promise.all([
        step.labels.data(),
        step.inertia.data(),
        step.updated.data(),
      ]);
      tf.dispose([step.labels, step.inertia, c]);
      c = step.updated;
      const iteration: KMeansIteration = {
        centroids: cPlain,
        labels: Array.from(labels),
        inertia: inertia[0],
        updated: pairs(updated),
      };
      const prev = out.iterations[out.iterations.length - 1];
      out.iterations.push(iteration);
      cPlain = iteration.updated;
      if (prev && prev.labels.every((l, i) => l === iteration.labels[i])) {
        out.converged = true;
        break;
      }
    }
  } finally {
    tf.dispose([x, c]);
  }
  out.inertia = out.iterations[out.iterations.length - 1].inertia;
  return out;
}

/** The final inertia for k = 1 … kMax (capped at N), one run each with the same init and seed. */
export async function kmeansElbow(req: {
  points: Point2[];
  kMax?: number;
  init?: KMeansInit;
  seed?: number;
}): Promise<{ k: number[]; inertia: number[] }> {
  checkKMeans(req.points, 1);
  const kMax = Math.min(req.kMax ?? KMEANS_K_MAX, req.points.length, KMEANS_K_MAX);
  const out = { k: [] as number[], inertia: [] as number[] };
  for (let k = 1; k <= kMax; k++) {
    const run = await kmeansRun({ points: req.points, k, init: req.init, seed: req.seed });
    out.k.push(k);
    out.inertia.push(run.inertia);
  }
  return out;
}
