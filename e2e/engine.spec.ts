// The surface engine in the browser (Node has no WebGL): the fused WebGL program, whose GLSL is
// generated from each loss's expression tree, must agree with the tfjs ops generated from the
// same tree (lossSurface) for every loss that fits a 1-D model, and the engine must fall back to
// chunked ops in the worker when its backend is forced away from WebGL.
import { expect, test } from './fixtures';

declare global {
  interface Window {
    losscapeBench?: {
      math: typeof import('../src/math');
      ready: Promise<void>;
    };
  }
}

const CASES: [
  model: 'linear' | 'logistic',
  loss: string,
  y: number[],
  params?: Record<string, number>,
][] = [
  ['linear', 'mse', [2, 4, 6, 8, -1, 0.5]],
  ['linear', 'mae', [2, 4, 6, 8, -1, 0.5]],
  ['linear', 'huber', [2, 4, 60, 8, -1, 0.5], { delta: 0.7 }],
  ['linear', 'logcosh', [2, 4, 6, 8, -1, 0.5]],
  ['linear', 'quantile', [2, 4, 6, 8, -1, 0.5], { tau: 0.8 }],
  ['linear', 'bce_logits', [0, 1, 1, 0.3, 1, 0]],
  ['linear', 'hinge', [1, -1, 1, -1, 1, 1]],
  ['linear', 'squared_hinge', [1, -1, 1, -1, 1, 1]],
  ['linear', 'exponential', [1, -1, 1, -1, 1, 1]],
  ['linear', 'zero_one', [1, 0, 1, 0, 1, 1]],
  ['logistic', 'bce', [0, 1, 1, 0, 1, 0]],
  ['logistic', 'focal', [0, 1, 1, 0, 1, 0], { gamma: 1.5, alpha: 0.4 }],
  ['logistic', 'mse', [0, 1, 1, 0, 1, 0]],
  ['logistic', 'hinge', [-1, 1, 1, -1, 1, -1]],
];

test('the fused WebGL program equals the tfjs ops for every loss', async ({ page }, info) => {
  await page.goto('./bench.html?backend=wasm');
  const result = await page.evaluate(async (cases) => {
    const { math, ready } = window.losscapeBench!;
    await ready;
    const engine = await math.startSurfaceEngine();
    const x = [1, 2, 3, 4, -2, 0.5];
    const axis = (lo: number, hi: number, n: number) =>
      Array.from({ length: n }, (_, i) => lo + ((hi - lo) * i) / (n - 1));
    const rows = [];
    for (const [model, loss, y, params] of cases) {
      const req = {
        model,
        x,
        y,
        loss: loss as never,
        params,
        w: axis(-3, 3, 17),
        b: axis(-2, 2, 9),
        regularization: { l2: 0.05, l1: 0.02 },
      };
      const fused = await engine.compute(req);
      const ops = await math.lossSurface(req);
      let worst = 0;
      ops.values.forEach((v, k) => {
        const err = Math.abs(fused.values[k] - v) / Math.max(1, Math.abs(v));
        if (!(err <= worst)) worst = err;
      });
      rows.push({ model, loss, worst });
    }
    engine.dispose();
    return { info: engine.info, rows };
  }, CASES);
  info.annotations.push({ type: 'surface engine', description: JSON.stringify(result.info) });
  expect(result.info.engine).toBe('fused-webgl');
  expect(result.info.thread).toBe('worker');
  for (const r of result.rows) expect.soft(r.worst, `${r.model} ${r.loss}`).toBeLessThan(2e-5);
});

test('forced away from WebGL, the worker computes the same surface with chunked ops', async ({
  page,
}) => {
  await page.goto('./bench.html?backend=cpu');
  const r = await page.evaluate(async () => {
    const { math, ready } = window.losscapeBench!;
    await ready;
    const engine = await math.startSurfaceEngine({ force: 'wasm' });
    const req = {
      model: 'linear' as const,
      x: [1, 2, 3, 4],
      y: [2, 4, 6, 8],
      loss: 'huber' as const,
      w: [0, 1, 2, 3],
      b: [-1, 0, 1],
    };
    const a = await engine.compute(req);
    const b = await math.lossSurface(req);
    engine.dispose();
    return {
      info: engine.info,
      same: Array.from(a.values).every((v, k) => Math.abs(v - b.values[k]) < 1e-5 * Math.max(1, v)),
    };
  });
  expect(r.info.engine).toBe('chunked-ops');
  expect(r.info.backend).toBe('wasm');
  expect(r.same).toBe(true);
});

test('the latest surface request wins; superseded ones are dropped, errors name the field', async ({
  page,
}) => {
  await page.goto('./bench.html?backend=wasm');
  const r = await page.evaluate(async () => {
    const { math, ready } = window.losscapeBench!;
    await ready;
    const engine = await math.startSurfaceEngine();
    const req = (b: number) => ({
      model: 'linear' as const,
      x: [1, 2],
      y: [2, 4],
      loss: 'mse' as const,
      w: [2],
      b: [b],
    });
    const outcomes = await Promise.allSettled([
      engine.compute(req(0)),
      engine.compute(req(1)),
      engine.compute(req(2)),
      engine.compute(req(3)),
    ]);
    const bad = await engine
      .compute({ ...req(0), x: [1, Number.NaN] })
      .catch((e: Error & { field?: string }) => `${e.name} ${e.field}`);
    engine.dispose();
    return {
      states: outcomes.map((o) =>
        o.status === 'fulfilled' ? o.value.values[0] : (o.reason as Error).name,
      ),
      bad,
    };
  });
  // The first runs; the 2nd and 3rd are replaced while it runs; the 4th (b = 3) is computed.
  expect(r.states[0]).toBeCloseTo(0, 5);
  expect(r.states.slice(1, 3)).toEqual(['AbortError', 'AbortError']);
  expect(r.states[3]).toBeCloseTo(9, 4);
  expect(r.bad).toBe('LossInputError x[1]');
});

test('the engine is chosen by a measured probe, every candidate computes the same surface', async ({
  page,
}, info) => {
  // Seven tfjs workers start here (three candidates probed at two sizes, a pool, a cached start):
  // ~10 s alone, far longer beside a heavy spec on two cores. It waits on results, never on time.
  test.setTimeout(180_000);
  await page.goto('./bench.html?backend=wasm');
  const r = await page.evaluate(async () => {
    const { math, ready } = window.losscapeBench!;
    await ready;
    const storage = new Map<string, string>();
    const store = {
      getItem: (k: string) => storage.get(k) ?? null,
      setItem: (k: string, v: string) => void storage.set(k, v),
    };
    const engine = await math.startMeasuredSurfaceEngine({ cores: 2, storage: store });
    const axis = (lo: number, hi: number, n: number) =>
      Array.from({ length: n }, (_, i) => lo + ((hi - lo) * i) / (n - 1));
    const req = {
      model: 'linear' as const,
      x: axis(-2, 2, 50),
      y: axis(-2, 2, 50).map((v, k) => 2 * v + Math.sin(k)),
      loss: 'huber' as const,
      params: { delta: 0.5 },
      w: axis(-3, 3, 13),
      b: axis(-2, 2, 11),
    };
    const ref = await math.lossSurface(req);
    const worst = (v: Float32Array) =>
      Math.max(
        ...Array.from(v, (x, k) => Math.abs(x - ref.values[k]) / Math.max(1, ref.values[k])),
      );
    const chosen = worst((await engine.compute(req)).values);
    engine.dispose();
    // The pool on its own, whether or not it won here: 2 workers, grid split by rows of b.
    const parts = await Promise.all([math.startSurfaceEngine(), math.startSurfaceEngine()]);
    const pool = math.poolEngine(parts);
    const pooled = worst((await pool.compute(req)).values);
    pool.dispose();
    // A second start reads the cached choice instead of probing again.
    const again = await math.startMeasuredSurfaceEngine({ cores: 2, storage: store });
    again.dispose();
    return { info: engine.info, chosen, pooled, again: again.info, cacheKeys: storage.size };
  });
  info.annotations.push({ type: 'surface choice', description: JSON.stringify(r.info.choice) });
  const choice = r.info.choice!;
  expect(choice.cached).toBe(false);
  expect(choice.timings.map((t) => t.id)).toEqual(['worker', 'workers', 'main']);
  const finished = choice.timings.filter((t) => t.ms !== null);
  expect(finished.length).toBeGreaterThan(0);
  expect(choice.ms).toBe(Math.min(...finished.map((t) => t.ms!)));
  expect(choice.timings.find((t) => t.id === choice.id)!.ms).toBe(choice.ms);
  expect(r.info.thread).toBe({ worker: 'worker', workers: 'workers', main: 'main' }[choice.id]);
  expect(r.chosen).toBeLessThan(2e-5);
  expect(r.pooled).toBeLessThan(2e-5);
  expect(r.cacheKeys).toBe(1);
  expect(r.again.choice).toMatchObject({ id: choice.id, cached: true });
});

test('the app shows the measured engine in the status bar', async ({ page }) => {
  await page.goto('./#/train');
  const status = page.getByTestId('surface-status');
  await expect(status).toHaveAttribute('data-choice', /^(worker|workers|main)$/);
  const choice = await status.getAttribute('data-choice');
  const ms = Number(await status.getAttribute('data-probe-ms'));
  expect(ms).toBeGreaterThan(0);
  await expect(status).toContainText(/ms probe\)/);
  const title = await page.getByTestId('surface-backend').getAttribute('title');
  expect(title).toMatch(/Measured on a small surface: one worker .* main thread/);
  // The chosen candidate's time is the one shown.
  expect(title).toContain(
    `${{ worker: 'one worker', workers: 'worker pool', main: 'main thread' }[choice!]} `,
  );
});
