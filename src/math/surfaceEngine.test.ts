import { describe, expect, it } from 'vitest';
import { poolEngine, sizedEngine, workerEngine, type SurfaceEngine } from './surfaceEngine';
import type { EngineCandidate, EngineChoice } from './engineChoice';

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

describe('sizedEngine', () => {
  // worker: fast at small sizes; workers: fast at large ones (fits as in engineChoice.test.ts).
  const choice: EngineChoice = {
    id: 'workers',
    ms: 30,
    cached: false,
    timings: [
      { id: 'worker', ms: 40 },
      { id: 'workers', ms: 30 },
    ],
    small: [
      { id: 'worker', ms: 4 },
      { id: 'workers', ms: 12 },
    ],
    smallId: 'worker',
  };
  const sized = (w: number, x: number) => ({
    ...req(w),
    w: Array.from({ length: w }, (_, i) => i),
    x: new Array(x).fill(1),
    y: new Array(x).fill(1),
  });
  function engines() {
    const logs = { worker: [] as number[][], workers: [] as number[][] };
    const map = new Map<EngineCandidate, SurfaceEngine>([
      ['worker', fakePart(logs.worker)],
      ['workers', fakePart(logs.workers)],
    ]);
    return { logs, map };
  }

  it('sends each request to the candidate predicted fastest at its size', async () => {
    const { logs, map } = engines();
    const e = sizedEngine(map, choice);
    expect(e.info.choice).toBe(choice);
    await e.compute(sized(32, 100)); // 32 × 32 × 100: the small probe's size
    expect([logs.worker.length, logs.workers.length]).toEqual([1, 0]);
    await e.compute(sized(128, 1000)); // the bench's G = 128, M = 1,000 (b has 128 rows)
    expect([logs.worker.length, logs.workers.length]).toEqual([1, 1]);
  });

  it('keeps latest-wins per channel across the two engines', async () => {
    const { map } = engines();
    const e = sizedEngine(map, choice);
    const old = e.compute(sized(128, 1000), 'a');
    const other = e.compute(sized(128, 1000), 'b');
    const next = e.compute(sized(32, 100), 'a');
    await expect(old).rejects.toMatchObject({ name: 'AbortError' });
    await expect(other).resolves.toBeTruthy();
    await expect(next).resolves.toBeTruthy();
  });

  it('is the large winner itself without small timings, disposing the rest', async () => {
    const { logs, map } = engines();
    const e = sizedEngine(map, { ...choice, small: undefined, smallId: undefined });
    expect(e).toBe(map.get('workers'));
    await expect(map.get('worker')!.compute(sized(2, 1))).rejects.toMatchObject({
      name: 'AbortError',
    });
    await e.compute(sized(32, 100));
    expect(logs.workers.length).toBe(1);
  });
});

describe('workerEngine', () => {
  /** A stand-in for a started worker: records what it is sent; the test answers or fails it. */
  function fakeWorker() {
    const sent: { id: number }[] = [];
    const w = {
      onmessage: null as ((ev: MessageEvent) => void) | null,
      onerror: null as ((ev: ErrorEvent) => void) | null,
      postMessage: (m: { id: number }) => void sent.push(m),
      terminate: () => undefined,
    };
    return { w, sent };
  }
  const info = { backend: 'wasm', engine: 'fused', thread: 'worker' } as never;
  const req = { model: 'linear', x: [0], y: [0], loss: 'mse', w: [0], b: [0] } as never;

  it('answers the job the worker replies to', async () => {
    const { w, sent } = fakeWorker();
    const engine = workerEngine(w as never, info);
    const job = engine.compute(req);
    w.onmessage!({
      data: { type: 'result', id: sent[0].id, values: new Float32Array([3]), ms: 1 },
    } as never);
    await expect(job).resolves.toMatchObject({ ms: 1 });
  });
  it('dispose rejects the running and the waiting jobs with AbortError', async () => {
    const { w } = fakeWorker();
    const engine = workerEngine(w as never, info);
    const running = engine.compute(req, 'a');
    const waiting = engine.compute(req, 'b');
    engine.dispose();
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
    await expect(waiting).rejects.toMatchObject({ name: 'AbortError' });
  });
  it('a worker that dies rejects the running job, the waiting ones and every later one', async () => {
    const { w } = fakeWorker();
    const engine = workerEngine(w as never, info);
    const running = engine.compute(req, 'a');
    const waiting = engine.compute(req, 'b');
    w.onerror!({ message: 'out of memory', preventDefault: () => undefined } as never);
    await expect(running).rejects.toThrow('the surface worker stopped (out of memory)');
    await expect(waiting).rejects.toThrow('the surface worker stopped');
    await expect(engine.compute(req)).rejects.toThrow('the surface worker stopped');
  });
});
