import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random';
import { leaked } from '../test/setup';
import { filterNormalizedDirection, forEachFilter } from './directions';
import { normal } from './gauss';
import { gridLevels, linspace, lossSlice } from './landscape';
import { dot } from './linalg';
import { initTheta, netDef } from './net';
import { pcaPlane } from './pca';
import { bundledDigits, head } from './testData';
import { disposeSet, evaluate, toTensorSet } from './train';

describe('filter-normalised directions (Li et al. 2018)', () => {
  it.each(['cnn', 'mlp'] as const)(
    '%s: each filter has the norm of θ’s filter, biases zero',
    (kind) => {
      const def = netDef(kind);
      const theta = initTheta(def, mulberry32(4));
      const d = filterNormalizedDirection(def, theta, 9);
      let filters = 0;
      forEachFilter(def, (at, count, role) => {
        let nd = 0;
        let nt = 0;
        for (let i = 0; i < count; i++) {
          nd += d[at(i)] ** 2;
          nt += theta[at(i)] ** 2;
        }
        if (role === 'bias') expect(nd).toBe(0);
        else {
          filters++;
          expect(Math.sqrt(nd)).toBeCloseTo(Math.sqrt(nt), 4);
        }
      });
      expect(filters).toBe(kind === 'cnn' ? 8 + 16 + 10 : 32 + 10);
      expect(filterNormalizedDirection(def, theta, 10)).not.toEqual(d);
    },
  );
});

/** Top singular values² of the centred rows by power iteration with deflation on AᵀA. */
function svdVariances(rows: Float64Array[], m: number): number[] {
  const p = rows[0].length;
  const out: number[] = [];
  const found: Float64Array[] = [];
  const gauss = normal(77);
  for (let c = 0; c < m; c++) {
    let v = Float64Array.from({ length: p }, () => gauss());
    let s2 = 0;
    for (let it = 0; it < 500; it++) {
      for (const f of found) {
        const k = dot(v, f);
        v = v.map((x, i) => x - k * f[i]);
      }
      const w = new Float64Array(p);
      for (const r of rows) {
        const k = dot(r, v);
        for (let i = 0; i < p; i++) w[i] += k * r[i];
      }
      const n = Math.sqrt(dot(w, w));
      s2 = n / Math.sqrt(dot(v, v));
      v = w.map((x) => x / n);
    }
    found.push(v);
    out.push(s2);
  }
  return out;
}

describe('PCA plane of a trajectory', () => {
  const p = 40;
  const gauss = normal(5);
  const final = Float32Array.from({ length: p }, () => gauss());
  const traj = Array.from({ length: 12 }, (_, i) =>
    Float32Array.from(
      final,
      (f, j) => f + Math.exp(-i / 3) * (j % 3 === 0 ? 2 : 0.3) * Math.cos(i + j) + 0.05 * gauss(),
    ),
  );

  it('axes are orthonormal, and their variances match an independent SVD', () => {
    const plane = pcaPlane(traj, final);
    const [a, b] = plane.axes;
    expect(dot(a, a)).toBeCloseTo(1, 5);
    expect(dot(b, b)).toBeCloseTo(1, 5);
    expect(Math.abs(dot(a, b))).toBeLessThan(1e-5);
    const d = traj.map((c) => Float64Array.from(c, (v, i) => v - final[i]));
    const mean = d[0].map((_, i) => d.reduce((s, r) => s + r[i], 0) / d.length);
    const centred = d.map((r) => r.map((v, i) => v - mean[i]));
    const total = centred.reduce((s, r) => s + dot(r, r), 0);
    const [s1, s2] = svdVariances(centred, 2);
    expect(plane.explained[0]).toBeCloseTo(s1 / total, 4);
    expect(plane.explained[1]).toBeCloseTo(s2 / total, 4);
    expect(plane.explained[0]).toBeGreaterThan(plane.explained[1]);
    expect(plane.path.x).toHaveLength(12);
    expect(plane.path.x[11]).toBeCloseTo(dot(d[11], a), 5);
  });

  it('checkpoints lying in a plane project onto themselves', () => {
    const u = Float32Array.from({ length: p }, () => gauss());
    const w = Float32Array.from({ length: p }, () => gauss());
    const inPlane = Array.from({ length: 8 }, (_, i) =>
      Float32Array.from(final, (f, j) => f + Math.sin(i) * u[j] + (i / 4) ** 2 * w[j]),
    );
    const plane = pcaPlane(inPlane, final);
    inPlane.forEach((c, i) => {
      const x = plane.path.x[i];
      const y = plane.path.y[i];
      c.forEach((v, j) =>
        expect(final[j] + x * plane.axes[0][j] + y * plane.axes[1][j]).toBeCloseTo(v, 4),
      );
    });
    expect(plane.explained[0] + plane.explained[1]).toBeCloseTo(1, 5);
  });

  it('needs three checkpoints', () => {
    expect(() => pcaPlane(traj.slice(0, 2), final)).toThrow(/at least 3/);
  });
});

describe('2-D slices', () => {
  it('levels go coarse to fine', () => {
    expect(gridLevels(41)).toEqual([4, 2, 1]);
    expect(gridLevels(21)).toEqual([2, 1]);
    expect(gridLevels(7)).toEqual([1]);
  });

  it('the slice at (0, 0) is the loss at θ*, refined level by level, tensors flat', async () => {
    const { train } = await bundledDigits();
    const set = toTensorSet(head(train, 60), 10);
    const def = netDef('mlp');
    const theta = initTheta(def, mulberry32(2));
    const g = 17;
    const xs = linspace(-1, 1, g);
    const req = {
      theta,
      d1: filterNormalizedDirection(def, theta, 1),
      d2: filterNormalizedDirection(def, theta, 2),
      xs,
      ys: xs,
    };
    const strides: number[] = [];
    let values: Float32Array = new Float32Array();
    expect(
      await leaked(async () => {
        values = await lossSlice(def, req, set, { onLevel: (p) => strides.push(p.stride) });
      }),
    ).toBe(0);
    expect(strides).toEqual([2, 1]);
    expect(values.every(Number.isFinite)).toBe(true);
    const at0 = (await evaluate(def, theta, set)).loss;
    expect(values[8 * g + 8]).toBeCloseTo(at0, 4);
    expect(Math.max(...values)).toBeGreaterThan(at0);
    const ctl = new AbortController();
    const cancelled = lossSlice(def, req, set, {
      signal: ctl.signal,
      onProgress: (done) => done > 20 && ctl.abort(),
    });
    await expect(cancelled).rejects.toThrow(/aborted/);
    disposeSet(set);
  });
});
