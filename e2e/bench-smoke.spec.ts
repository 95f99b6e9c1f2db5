// The benchmark's in-page pieces compute the right thing (no timing is asserted: the benchmark
// reports times, the tests check correctness): the MSE closed form equals the plain loop, and a
// timed cell of each engine kind returns values that agree with the plain loop's.
import { expect, test } from './fixtures';

interface BenchPage {
  ready: Promise<void>;
  harness: typeof import('../src/bench/harness');
  plainSurface: typeof import('../src/bench/plainSurface').plainSurface;
  mseClosedFormSurface: typeof import('../src/bench/closedForm').mseClosedFormSurface;
  benchProblem: typeof import('../src/bench/problems').benchProblem;
}

test('closed form = plain loop for MSE; every engine agrees with the plain loop', async ({
  page,
}) => {
  await page.goto('./bench.html?backend=webgl');
  const r = await page.evaluate(async () => {
    const b = (window as unknown as { losscapeBench: BenchPage }).losscapeBench;
    await b.ready;
    const p = b.benchProblem('mse', 17, 50);
    const { x, y, w, b: bs } = p.f32;
    const plain = b.plainSurface('mse', x, y, w, bs);
    const closed = b.mseClosedFormSurface(x, y, w, bs);
    let worst = 0;
    plain.forEach((v, k) => {
      worst = Math.max(worst, Math.abs(closed[k] - v) / Math.max(1, Math.abs(v)));
    });
    const cell = { g: 16, m: 40, reps: 1, budgetMs: 1000, capMs: 60_000 };
    const errs: Record<string, number | null> = {};
    for (const loss of ['huber', 'bce_logits'] as const) {
      await b.harness.timeSurface({ ...cell, loss, engine: 'plain' });
      for (const engine of ['worker', 'fused-main', 'fused-main-const', 'ops'] as const) {
        const t = await b.harness.timeSurface({ ...cell, loss, engine });
        errs[`${loss} ${engine}`] = t.ms.length === 1 ? t.maxErr : -1;
      }
    }
    return { worst, errs };
  });
  expect(r.worst).toBeLessThan(1e-5);
  for (const [k, e] of Object.entries(r.errs)) {
    expect.soft(e, k).not.toBeNull();
    expect.soft(e!, k).toBeGreaterThanOrEqual(0);
    expect.soft(e!, k).toBeLessThan(1e-4);
  }
});
