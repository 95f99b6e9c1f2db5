// The answer each built-in lesson calls right is what its reveal shows: computed here with the
// same run plan and trainPath as the Train tab.
import { describe, expect, it } from 'vitest';
import { trainPath } from '../../math';
import { createAppStore } from '../store';
import { runPlan } from '../train/runPlan';
import { builtinLesson } from './builtins';

async function runOf(id: string, reveal: boolean) {
  const l = builtinLesson(id)!;
  const store = createAppStore({});
  l.view(store.getState());
  if (reveal) l.reveal(store.getState());
  const plan = runPlan(store.getState().train)!;
  return { plan, path: await trainPath(plan.request), points: store.getState().train.points };
}

describe('built-in lessons tell the truth', () => {
  it('outlier: MAE fits the twelve clean points, MSE is pulled up by the three outliers', async () => {
    const before = await runOf('outlier', false);
    const after = await runOf('outlier', true);
    const clean = before.points.slice(0, 12);
    const end = (r: typeof before) => {
      const n = r.path.w.length - 1;
      return { w: r.path.w[n], b: r.path.b[n] };
    };
    const meanAbs = (f: { w: number; b: number }) =>
      clean.reduce((a, p) => a + Math.abs(f.w * p.x + f.b - p.y), 0) / clean.length;
    const mse = end(before);
    const mae = end(after);
    expect(mse.w).toBeGreaterThan(1.2);
    expect(Math.abs(mae.w - 0.8)).toBeLessThan(0.1);
    expect(meanAbs(mae)).toBeLessThan(meanAbs(mse) / 2);
    expect(after.path.divergedAt).toBeUndefined();
  });

  it('momentum: gets the loss below 0.01 first (epoch 39 against 218)', async () => {
    const first = (loss: number[]) => loss.findIndex((v) => v < 0.01);
    const gd = await runOf('momentum', false);
    const mom = await runOf('momentum', true);
    expect(gd.plan.stepsPerEpoch).toBe(1);
    expect(first(mom.path.loss)).toBe(39);
    expect(first(gd.path.loss)).toBe(218);
  });

  it('lrHigh: converges at 0.1, diverges at 0.15, growing about 2.3× per epoch', async () => {
    const ok = await runOf('lrHigh', false);
    const bad = await runOf('lrHigh', true);
    expect(ok.path.divergedAt).toBeUndefined();
    expect(ok.path.loss[0]).toBeCloseTo(13.375, 3);
    expect(ok.path.loss.at(-1)).toBeCloseTo(0.0036, 4);
    expect(bad.path.divergedAt).toBeDefined();
    const r = bad.path.loss[4] / bad.path.loss[3];
    expect(r).toBeGreaterThan(2.1);
    expect(r).toBeLessThan(2.4);
  });
});
