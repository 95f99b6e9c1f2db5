import * as tf from '@tensorflow/tfjs-core';
import './tf';
import { describe, expect, it } from 'vitest';
import { leaked } from './test/setup';
import { startDragSurface } from './dragSurface';
import { lossSurface, type SurfaceRequest } from './surface';
import { LossInputError } from './errors';
import { mulberry32 as rng } from './random';

const axis = (lo: number, hi: number, n: number) =>
  Array.from({ length: n }, (_, i) => lo + ((hi - lo) * i) / (n - 1));

function problem(loss: SurfaceRequest['loss'], m: number, r: () => number): SurfaceRequest {
  const x = Array.from({ length: m }, () => 4 * r() - 2);
  return {
    model: 'linear',
    x,
    y: x.map((v) => 2 * v + (r() - 0.5)),
    loss,
    params: { delta: 1 },
    regularization: { l2: 0.05 },
    w: axis(-1, 4, 12),
    b: axis(-3, 3, 10),
  };
}

describe('startDragSurface', () => {
  it('after 100 random moves each frame equals the full surface within float32 tolerance', async () => {
    for (const loss of ['huber', 'mse'] as const) {
      const r = rng(loss === 'mse' ? 7 : 11);
      const req = problem(loss, 60, r);
      const i = 17;
      const { values: exact } = await lossSurface(req);
      const drag = startDragSurface(req, i, exact);
      try {
        let frame = exact;
        const x = req.x.slice();
        const y = req.y.slice();
        for (let k = 0; k < 100; k++) {
          x[i] = 6 * r() - 3;
          y[i] = 10 * r() - 5;
          frame = await drag.frame(x[i], y[i]);
        }
        const { values: full } = await lossSurface({ ...req, x, y });
        const scale = Math.max(...full.map(Math.abs));
        full.forEach((v, k) => expect(Math.abs(frame[k] - v)).toBeLessThan(1e-5 * scale + 1e-6));
        // And the surface did move: the last frame is not the start surface.
        expect(frame.some((v, k) => Math.abs(v - exact[k]) > 1e-3)).toBe(true);
      } finally {
        drag.dispose();
      }
    }
  });

  it('keeps the tensor count flat over 1,000 frames, and frees everything on dispose', async () => {
    const r = rng(3);
    const req = problem('huber', 20, r);
    const { values } = await lossSurface(req);
    expect(
      await leaked(async () => {
        const drag = startDragSurface(req, 0, values);
        await drag.frame(0, 0);
        const after1 = tf.memory().numTensors;
        for (let k = 0; k < 1000; k++) await drag.frame(r() - 0.5, r());
        expect(tf.memory().numTensors).toBe(after1);
        drag.dispose();
        drag.dispose();
      }),
    ).toBe(0);
  });

  it('rejects a bad index, a surface of the wrong size and a moved point out of range', async () => {
    const req = problem('mse', 5, rng(1));
    const { values } = await lossSurface(req);
    expect(() => startDragSurface(req, 5, values)).toThrow(LossInputError);
    expect(() => startDragSurface(req, 0, values.slice(1))).toThrow(LossInputError);
    const drag = startDragSurface(req, 0, values);
    await expect(drag.frame(Number.NaN, 0)).rejects.toThrow(LossInputError);
    drag.dispose();
    await expect(drag.frame(0, 0)).rejects.toThrow('disposed');
  });
});
