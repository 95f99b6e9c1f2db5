import { describe, expect, it } from 'vitest';
import { leaked } from '../test/setup';
import { normal } from './gauss';
import { symmetricEigen } from './linalg';
import { netDef, offsets } from './net';
import { sharpness } from './sharpness';
import { disposeSet, toTensorSet, trainNet } from './train';

// The tiny net 4 → 3 (tanh) → 3 in plain float64 JS, independent of tfjs.
function tinyLoss(theta: Float64Array, x: Float32Array, y: Int32Array, n: number): number {
  const [o1, o2, o3, o4] = offsets(netDef('tiny'));
  let total = 0;
  for (let s = 0; s < n; s++) {
    const h = [0, 1, 2].map((u) => {
      let a = theta[o2 + u];
      for (let i = 0; i < 4; i++) a += x[s * 4 + i] * theta[o1 + i * 3 + u];
      return Math.tanh(a);
    });
    const z = [0, 1, 2].map(
      (c) => theta[o4 + c] + h.reduce((a, hu, u) => a + hu * theta[o3 + u * 3 + c], 0),
    );
    const m = Math.max(...z);
    const lse = m + Math.log(z.reduce((a, zc) => a + Math.exp(zc - m), 0));
    total += lse - z[y[s]];
  }
  return total / n;
}

/** The full Hessian by second-order central differences of the float64 loss. */
function exactHessian(theta: Float64Array, f: (t: Float64Array) => number, h = 1e-4): Float64Array {
  const p = theta.length;
  const H = new Float64Array(p * p);
  const at = (i: number, si: number, j: number, sj: number) => {
    const t = Float64Array.from(theta);
    t[i] += si * h;
    t[j] += sj * h;
    return f(t);
  };
  for (let i = 0; i < p; i++)
    for (let j = i; j < p; j++)
      H[i * p + j] = H[j * p + i] =
        (at(i, 1, j, 1) - at(i, 1, j, -1) - at(i, -1, j, 1) + at(i, -1, j, -1)) / (4 * h * h);
  return H;
}

describe('sharpness by power iteration on Hessian-vector products', () => {
  it('matches the largest eigenvalue of the exact Hessian of a tiny net', async () => {
    const gauss = normal(11);
    const n = 30;
    const data = {
      x: Float32Array.from({ length: n * 4 }, () => gauss()),
      y: Int32Array.from({ length: n }, (_, i) => i % 3),
      n,
    };
    const set = toTensorSet(data, 3, 4);
    const spec = {
      kind: 'tiny',
      optimizer: 'adam',
      lr: 0.05,
      batchSize: n,
      epochs: 150,
      weightDecay: 0,
      seed: 3,
    } as const;
    const { theta } = await trainNet(spec, set, set);
    const H = exactHessian(Float64Array.from(theta), (t) => tinyLoss(t, data.x, data.y, n));
    const { values } = symmetricEigen(H, theta.length);
    const top = values.reduce((a, v) => (Math.abs(v) > Math.abs(a) ? v : a), 0);
    expect(top).toBeGreaterThan(0);
    let s: Awaited<ReturnType<typeof sharpness>> | undefined;
    expect(
      await leaked(
        async () =>
          (s = await sharpness(netDef('tiny'), theta, set, {
            iterations: 300,
            tol: 1e-6,
            h: 1e-2,
          })),
      ),
    ).toBe(0);
    expect(Math.abs(s!.lambda - top) / top).toBeLessThan(0.02);
    disposeSet(set);
  });
});
