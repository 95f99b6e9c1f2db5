import { describe, expect, it } from 'vitest';
import * as math from '../../math';
import { createAppStore } from '../store';
import { mlpPlan } from './mlpPlan';
import { runPlan } from './runPlan';

describe('mlpPlan', () => {
  it('XOR: one trainMlp request over the training points; 20 % held out; seeded init', () => {
    const s = createAppStore();
    s.getState().trainActions.setModel('mlp');
    const t = s.getState().train;
    expect(t).toMatchObject({ preset: 'xor', model: 'mlp', loss: 'bce' });
    expect(runPlan(t)).toBeNull();
    const plan = mlpPlan(t)!;
    expect(plan.heldIdx).toHaveLength(16);
    expect(plan.request.x).toHaveLength(64);
    expect(plan.request.x[0]).toEqual([t.points[plan.trainIdx[0]].x, t.points[plan.trainIdx[0]].y]);
    expect(plan.request.y.every((v) => v === 0 || v === 1)).toBe(true);
    expect(plan.request).toMatchObject({
      mlp: { hidden: 8, activation: 'tanh' },
      optimizer: { name: 'adam', lr: 0.03 },
      steps: 500,
      seed: 1,
    });
    expect(plan.held.x).toHaveLength(16);
  });

  it('hidden units and activation are clamped and change the run; re-initialise the seed', () => {
    const s = createAppStore();
    const a = s.getState().trainActions;
    a.setModel('mlp');
    const k0 = mlpPlan(s.getState().train)!.key;
    a.setMlp({ hidden: 40 });
    expect(s.getState().train.mlp.hidden).toBe(16);
    a.setMlp({ hidden: 1, activation: 'relu' });
    expect(s.getState().train.mlp).toEqual({ hidden: 2, activation: 'relu' });
    a.reinitialise();
    const plan = mlpPlan(s.getState().train)!;
    expect(plan.request.seed).toBe(2);
    expect(plan.key).not.toBe(k0);
    a.setDirSeed(7);
    expect(s.getState().train.dirSeed).toBe(7);
    expect(mlpPlan(s.getState().train)!.key).toBe(plan.key); // directions are a view only
  });

  it('a loss the MLP cannot read gives no plan; 2-D CSV data switch to the MLP with bce', () => {
    const s = createAppStore();
    const a = s.getState().trainActions;
    a.setModel('mlp');
    a.setLoss('mse');
    expect(mlpPlan(s.getState().train)).toBeNull();
    const t = createAppStore();
    t.getState().trainActions.setPoints([
      { x: 0, y: 0, label: 0 },
      { x: 1, y: 1, label: 1 },
    ]);
    expect(t.getState().train).toMatchObject({ model: 'mlp', loss: 'bce' });
  });

  it('the XOR preset trains to 100 % training accuracy and a low loss', async () => {
    const s = createAppStore();
    s.getState().trainActions.setModel('mlp');
    const plan = mlpPlan(s.getState().train)!;
    const before = math.tensorCount();
    const r = await math.trainMlp(plan.request);
    expect(r.theta).toHaveLength(501);
    expect(r.accuracy[500]).toBe(1);
    expect(r.loss[500]).toBeLessThan(0.1);
    expect(math.tensorCount()).toBe(before);
  }, 30_000);
});
