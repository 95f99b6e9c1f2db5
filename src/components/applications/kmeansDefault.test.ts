// The default k-means run teaches (issue 14.8): Lloyd's steps visibly move the centroids for
// more than two iterations before the assignment repeats, and still end at the best clusters.
import { describe, expect, it } from 'vitest';
import { kmeansRun } from '../../math/apps/kmeans';
import { initialApplications } from '../../state/applications/slice';

describe('the default k-means data', () => {
  it('takes more than two iterations to converge, to the k-means++ clusters', async () => {
    const { points, k, init, seed } = initialApplications().kmeans;
    const run = await kmeansRun({ points, k, init, seed });
    expect(run.converged).toBe(true);
    expect(run.iterations.length).toBeGreaterThan(2);
    const best = await kmeansRun({ points, k, init: 'kmeans++', seed });
    expect(run.inertia).toBeCloseTo(best.inertia, 3);
    // The inertia falls at every iteration until the end.
    const inertia = run.iterations.map((it) => it.inertia);
    for (let i = 1; i < inertia.length; i++) expect(inertia[i]).toBeLessThanOrEqual(inertia[i - 1]);
  });
});
