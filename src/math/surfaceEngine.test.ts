import { describe, expect, it } from 'vitest';
import { poolEngine, type SurfaceEngine } from './surfaceEngine';

// A stand-in part engine: values[i * gw + j] = 100 b[i] + w[j], latest request per channel wins.
function fakePart(log: number[][]): SurfaceEngine {
  let disposed = false;
  return {
    info: {
      backend: 'cpu',
      engine: 'chunked-ops',
      renderer: null,
      thread: 'worker',
      reason: 'fake',
    },
    async compute(req) {
      log.push(req.b);
      const values = new Float32Array(req.w.length * req.b.length);
      req.b.forEach((b, i) =>
        req.w.forEach((w, j) => (values[i * req.w.length + j] = 100 * b + w)),
      );
      if (disposed) throw new DOMException('gone', 'AbortError');
      return { values, ms: 1 };
    },
    dispose() {
      disposed = true;
    },
  };
}

const req = (gb: number) => ({
  model: 'linear' as const,
  x: [1],
  y: [1],
  loss: 'mse' as const,
  w: [0.5, 1.5, 2.5],
  b: Array.from({ length: gb }, (_, i) => i),
});

describe('poolEngine', () => {
  it('splits the grid by rows of b and concatenates them in order', async () => {
    for (const [parts, gb] of [
      [2, 7],
      [3, 9],
      [4, 2],
      [2, 1],
    ]) {
      const log: number[][] = [];
      const pool = poolEngine(Array.from({ length: parts }, () => fakePart(log)));
      expect(pool.info.thread).toBe('workers');
      expect(pool.info.workers).toBe(parts);
      const r = await pool.compute(req(gb));
      const expected = fakePart([]).compute(req(gb));
      expect(Array.from(r.values)).toEqual(Array.from((await expected).values));
      // Every row computed exactly once, no empty part requests.
      expect(log.flat().sort((a, b) => a - b)).toEqual(req(gb).b);
      expect(log.every((b) => b.length > 0)).toBe(true);
    }
  });
  it('rejects when a part is superseded or gone', async () => {
    const pool = poolEngine([fakePart([]), fakePart([])]);
    pool.dispose();
    await expect(pool.compute(req(4))).rejects.toMatchObject({ name: 'AbortError' });
  });
});
