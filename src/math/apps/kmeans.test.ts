import { describe, expect, it } from 'vitest';
import { LossInputError } from '../errors';
import { leaked } from '../test/setup';
import { kmeansElbow, kmeansInit, kmeansRun, type Point2 } from './kmeans';

// Two pairs of points, far apart: the hand-checked case.
const SQUARE: Point2[] = [
  [0, 0],
  [0, 2],
  [10, 0],
  [10, 2],
];

describe('kmeansRun (Lloyd on tfjs)', () => {
  it('matches a hand-checked small case step by step', async () => {
    // Start: c0 = (0, 0), c1 = (0, 2). Assignment 1: (0,0)→0, (0,2)→1, (10,0)→0, (10,2)→1;
    // inertia = 0 + 0 + 100 + 100 = 200. Update: c0 = (5, 0), c1 = (5, 2).
    // Assignment 2: same labels (each point is 25 from its own centre, 29 from the other);
    // inertia = 4 × 25 = 100; converged.
    const run = await kmeansRun({
      points: SQUARE,
      k: 2,
      centroids: [
        [0, 0],
        [0, 2],
      ],
    });
    expect(run.iterations[0].labels).toEqual([0, 1, 0, 1]);
    expect(run.iterations[0].inertia).toBeCloseTo(200, 4);
    expect(run.iterations[0].updated).toEqual([
      [5, 0],
      [5, 2],
    ]);
    expect(run.iterations[1].inertia).toBeCloseTo(100, 4);
    expect(run.converged).toBe(true);
    expect(run.iterations).toHaveLength(2);
    expect(run.inertia).toBeCloseTo(100, 4);
  });

  it('finds the two far-apart pairs from k-means++ and reaches inertia 4', async () => {
    const run = await kmeansRun({ points: SQUARE, k: 2, seed: 3 });
    // Best split: {(0,0),(0,2)} and {(10,0),(10,2)}, each 1 from its mean: 4 × 1 = 4.
    expect(run.inertia).toBeCloseTo(4, 4);
    const l = run.iterations[run.iterations.length - 1].labels;
    expect(l[0]).toBe(l[1]);
    expect(l[2]).toBe(l[3]);
    expect(l[0]).not.toBe(l[2]);
  });

  it('inertia never increases between iterations (Lloyd is a descent method)', async () => {
    const pts: Point2[] = Array.from({ length: 60 }, (_, i) => [
      Math.sin(i * 1.7) * 5 + (i % 3) * 8,
      Math.cos(i * 2.3) * 4 + (i % 2) * 6,
    ]);
    for (const init of ['random', 'kmeans++'] as const) {
      const run = await kmeansRun({ points: pts, k: 4, init, seed: 7 });
      const inertia = run.iterations.map((it) => it.inertia);
      for (let i = 1; i < inertia.length; i++)
        expect(inertia[i]).toBeLessThanOrEqual(inertia[i - 1] * (1 + 1e-5));
      // The inertia equals the hand-written Σ‖x − c_label‖² of each iteration.
      for (const it of run.iterations) {
        const want = pts.reduce(
          (s, p, i) =>
            s +
            (p[0] - it.centroids[it.labels[i]][0]) ** 2 +
            (p[1] - it.centroids[it.labels[i]][1]) ** 2,
          0,
        );
        expect(Math.abs(it.inertia - want)).toBeLessThanOrEqual(1e-4 * want + 1e-4);
      }
    }
  });

  it('keeps an empty cluster’s centroid where it was', async () => {
    const run = await kmeansRun({
      points: SQUARE,
      k: 2,
      centroids: [
        [5, 1],
        [100, 100],
      ],
      maxIter: 1,
    });
    expect(run.iterations[0].labels).toEqual([0, 0, 0, 0]);
    expect(run.iterations[0].updated[1]).toEqual([100, 100]);
  });

  it('is reproducible from its seed, and inits are distinct points', () => {
    const pts: Point2[] = Array.from({ length: 20 }, (_, i) => [i, (i * 7) % 5]);
    for (const init of ['random', 'kmeans++'] as const) {
      const a = kmeansInit(pts, 5, init, 42);
      expect(kmeansInit(pts, 5, init, 42)).toEqual(a);
      expect(new Set(a.map((p) => p.join())).size).toBe(5);
    }
  });

  it('gives an elbow that falls with k to 0 at k = N', async () => {
    const e = await kmeansElbow({ points: SQUARE, seed: 1 });
    expect(e.k).toEqual([1, 2, 3, 4]);
    // k = 1: the mean is (5, 1), inertia = 4 × (25 + 1) = 104.
    expect(e.inertia[0]).toBeCloseTo(104, 3);
    expect(e.inertia[3]).toBeCloseTo(0, 4);
    for (let i = 1; i < e.inertia.length; i++)
      expect(e.inertia[i]).toBeLessThanOrEqual(e.inertia[i - 1] + 1e-4);
  });

  it('refuses bad input with a LossInputError naming the field', async () => {
    await expect(kmeansRun({ points: [], k: 1 })).rejects.toThrow(/points/);
    await expect(kmeansRun({ points: SQUARE, k: 5 })).rejects.toThrow(/k: must not exceed/);
    await expect(kmeansRun({ points: SQUARE, k: 0 })).rejects.toThrow(LossInputError);
    await expect(kmeansRun({ points: SQUARE, k: 11 })).rejects.toThrow(LossInputError);
    await expect(kmeansRun({ points: [[0, NaN]], k: 1 })).rejects.toThrow(/points\[0\]\[1\]/);
  });

  it('leaves no tensor behind', async () => {
    expect(await leaked(() => kmeansRun({ points: SQUARE, k: 2, seed: 1 }))).toBe(0);
    expect(await leaked(() => kmeansElbow({ points: SQUARE }))).toBe(0);
    expect(await leaked(() => kmeansRun({ points: SQUARE, k: 9 }))).toBe(0);
  });
});
