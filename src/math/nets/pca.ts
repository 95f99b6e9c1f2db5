// The PCA plane of a training trajectory (Li et al. 2018, §7; their projection.py): with
// D_i = θ_i − θ_final over the saved checkpoints, the axes are the top two principal components
// of the D_i (centred, as scikit-learn's PCA does), each axis's share of the variance is its
// eigenvalue over the sum of all, and the path is each D_i projected onto the two (orthonormal)
// axes. Computed through the k×k Gram matrix of the centred D_i, since k ≪ |θ|.
import { dot, symmetricEigen } from './linalg';

export interface PcaPlane {
  axes: [Float32Array, Float32Array];
  /** Share of the trajectory's variance along each axis (explained_variance_ratio_). */
  explained: [number, number];
  /** The checkpoints projected onto the axes (coordinates of θ_i − θ_final). */
  path: { x: number[]; y: number[] };
}

export function pcaPlane(checkpoints: readonly Float32Array[], final: Float32Array): PcaPlane {
  const k = checkpoints.length;
  const p = final.length;
  if (k < 3) throw new RangeError(`the PCA plane needs at least 3 checkpoints, got ${k}`);
  const d = checkpoints.map((c) => Float64Array.from(c, (v, i) => v - final[i]));
  const mean = new Float64Array(p);
  for (const r of d) for (let i = 0; i < p; i++) mean[i] += r[i] / k;
  const c = d.map((r) => r.map((v, i) => v - mean[i]));
  const gram = new Float64Array(k * k);
  for (let i = 0; i < k; i++)
    for (let j = i; j < k; j++) gram[i * k + j] = gram[j * k + i] = dot(c[i], c[j]);
  const { values, vectors } = symmetricEigen(gram, k);
  const total = values.reduce((a, v) => a + Math.max(v, 0), 0);
  const axis = (m: number) => {
    const a = new Float64Array(p);
    vectors[m].forEach((u, i) => {
      for (let j = 0; j < p; j++) a[j] += u * c[i][j];
    });
    const norm = Math.sqrt(dot(a, a)) || 1;
    return Float32Array.from(a, (v) => v / norm);
  };
  const axes: [Float32Array, Float32Array] = [axis(0), axis(1)];
  return {
    axes,
    explained: [Math.max(values[0], 0) / total, Math.max(values[1], 0) / total],
    path: { x: d.map((r) => dot(r, axes[0])), y: d.map((r) => dot(r, axes[1])) },
  };
}
