import { describe, expect, it } from 'vitest';
import { createAppStore } from '../store';
import { MAX_STEPS, runPlan } from './runPlan';

describe('runPlan', () => {
  it('the seed preset is exactly the seed example: one request for 1000 full-batch steps', () => {
    const plan = runPlan(createAppStore().getState().train);
    expect(plan?.request).toEqual({
      model: 'linear',
      x: [1, 2, 3, 4],
      y: [2, 4, 6, 8],
      loss: 'mse',
      init: { w: 0.5, b: 0.5 },
      optimizer: { name: 'sgd', lr: 0.1 },
      steps: 1000,
    });
    expect(plan).toMatchObject({ stepsPerEpoch: 1, epochs: 1000, heldIdx: [] });
  });

  it('mini-batches count ⌊N / batch⌋ steps per epoch, seeded; held-out points are not trained on', () => {
    const s = createAppStore();
    const a = s.getState().trainActions;
    a.loadPreset('noisy', 3);
    a.setBatch('mini', 8);
    const plan = runPlan(s.getState().train)!;
    expect(plan.heldIdx).toHaveLength(8);
    expect(plan.request.x).toHaveLength(32);
    expect(plan.stepsPerEpoch).toBe(4);
    expect(plan.request).toMatchObject({ batchSize: 8, seed: 3, steps: 300 * 4 });
  });

  it('caps the planned steps and passes each optimizer its own parameters', () => {
    const s = createAppStore();
    const a = s.getState().trainActions;
    a.loadPreset('noisy', 1);
    a.setBatch('one');
    a.setEpochs(10_000);
    a.setOptimizer({ name: 'adam', beta1: 0.8 });
    a.setL2(0.01);
    const plan = runPlan(s.getState().train)!;
    expect(plan.request.steps).toBeLessThanOrEqual(MAX_STEPS);
    expect(plan.epochs).toBe(Math.floor(MAX_STEPS / 32));
    expect(plan.request.optimizer).toEqual({
      name: 'adam',
      lr: 0.05,
      beta1: 0.8,
      beta2: 0.999,
      epsilon: 1e-7,
    });
    expect(plan.request.regularization).toEqual({ l2: 0.01 });
  });

  it('a moved point changes the key but not the settings key; 2-D data has no plan yet', () => {
    const s = createAppStore();
    const before = runPlan(s.getState().train)!;
    s.getState().trainActions.movePoint(0, { x: 1, y: 3 });
    const after = runPlan(s.getState().train)!;
    expect(after.key).not.toBe(before.key);
    expect(after.settingsKey).toBe(before.settingsKey);
    s.getState().trainActions.loadPreset('xor');
    expect(runPlan(s.getState().train)).toBeNull();
  });
});
