import { describe, expect, it } from 'vitest';
import { createAppStore } from '../store';

const store = () => createAppStore();

describe('train slice', () => {
  it('starts on the seed example: w = b = 0.5, SGD at 0.1, 1000 epochs, full batch', () => {
    const { train } = store().getState();
    expect(train.points).toEqual([1, 2, 3, 4].map((x) => ({ x, y: 2 * x })));
    expect(train).toMatchObject({
      preset: 'seed',
      model: 'linear',
      loss: 'mse',
      init: { w: 0.5, b: 0.5 },
      batch: 'full',
      epochs: 1000,
    });
    expect(store().getState().trainRuntime).toMatchObject({ step: 0, playing: false });
    expect(train.optimizer).toMatchObject({ name: 'sgd', lr: 0.1 });
  });

  it('a settings change restarts from step 0; play goes on', () => {
    const s = store();
    const a = s.getState().trainActions;
    a.setStep(40);
    a.setPlaying(true);
    a.setOptimizer({ lr: 0.2 });
    expect(s.getState().trainRuntime).toMatchObject({ step: 0, playing: true });
    expect(s.getState().train.optimizer.lr).toBe(0.2);
    a.setOptimizer({ lr: -1 });
    expect(s.getState().train.optimizer.lr).toBe(0.2);
    a.setOptimizer({ name: 'rmsprop' });
    expect(s.getState().train.optimizer).toMatchObject({ name: 'rmsprop', lr: 0.2, momentum: 0 });
  });

  it('reset keeps the start weights; re-initialise draws new ones, reproducibly', () => {
    const s = store();
    const a = s.getState().trainActions;
    a.setStep(10);
    a.reset();
    expect(s.getState().trainRuntime.step).toBe(0);
    expect(s.getState().train.init).toEqual({ w: 0.5, b: 0.5 });
    a.reinitialise();
    const first = s.getState().train.init;
    expect(first).not.toEqual({ w: 0.5, b: 0.5 });
    const t = store();
    t.getState().trainActions.reinitialise();
    expect(t.getState().train.init).toEqual(first);
  });

  it('edits points: move keeps the step, add and remove make the data custom', () => {
    const s = store();
    const a = s.getState().trainActions;
    a.setStep(500);
    a.movePoint(3, { x: 4, y: 10 });
    expect(s.getState().trainRuntime.step).toBe(500);
    expect(s.getState().train.preset).toBe('custom');
    expect(s.getState().train.points[3]).toEqual({ x: 4, y: 10 });
    a.addPoint({ x: 5, y: 1 });
    expect(s.getState().train.points).toHaveLength(5);
    a.removePoint(0);
    expect(s.getState().train.points[0]).toEqual({ x: 2, y: 4 });
    for (let i = 0; i < 10; i++) a.removePoint(0);
    expect(s.getState().train.points).toHaveLength(1);
  });

  it('switching to logistic on real-valued data loads the two blobs', () => {
    const s = store();
    s.getState().trainActions.setModel('logistic');
    expect(s.getState().train).toMatchObject({ model: 'logistic', preset: 'blobs', loss: 'bce' });
    s.getState().trainActions.setModel('linear');
    expect(s.getState().train).toMatchObject({ model: 'linear', loss: 'mse', preset: 'blobs' });
  });

  it('clamps epochs and batch sizes, and keeps the last MAX_GHOSTS ghosts', () => {
    const s = store();
    const a = s.getState().trainActions;
    a.setEpochs(0);
    expect(s.getState().train.epochs).toBe(1);
    a.setEpochs(1e9);
    expect(s.getState().train.epochs).toBe(10_000);
    a.setBatch('mini', 0);
    expect(s.getState().train).toMatchObject({ batch: 'mini', miniBatch: 1 });
    for (let i = 0; i < 6; i++) a.addGhost({ label: `run ${i}`, epochs: [0], loss: [1] });
    expect(s.getState().trainRuntime.ghosts.map((g) => g.label)).toEqual([
      'run 2',
      'run 3',
      'run 4',
      'run 5',
    ]);
  });

  it('the state is plain serializable data', () => {
    const { train } = store().getState();
    expect(JSON.parse(JSON.stringify(train))).toEqual(train);
  });
});

describe('setInit (a click on the landscape)', () => {
  it('restarts from the chosen weights and plays; ignores non-finite points', () => {
    const s = store();
    s.getState().trainActions.setStep(5);
    s.getState().trainActions.setInit(1.5, -2);
    expect(s.getState().train.init).toEqual({ w: 1.5, b: -2 });
    expect(s.getState().trainRuntime.step).toBe(0);
    expect(s.getState().trainRuntime.playing).toBe(true);
    s.getState().trainActions.setInit(Number.NaN, 0);
    expect(s.getState().train.init).toEqual({ w: 1.5, b: -2 });
  });
});

describe('settings and runtime state are separate slices', () => {
  it('a playback frame, a hover or a drag leaves the settings object as it was', () => {
    const s = store();
    const settings = s.getState().train;
    const a = s.getState().trainActions;
    a.setStep(3);
    a.setPlaying(true);
    a.setHover({ w: 1, b: 1 });
    a.setDragging(2);
    a.addGhost({ label: 'g', epochs: [0], loss: [1] });
    expect(s.getState().train).toBe(settings);
    expect(s.getState().trainRuntime).toMatchObject({ step: 3, playing: true, dragging: 2 });
  });

  it('a settings change leaves the runtime object alone unless it restarts the run', () => {
    const s = store();
    const a = s.getState().trainActions;
    const rt = s.getState().trainRuntime;
    a.setLogScale(true);
    expect(s.getState().trainRuntime).toBe(rt);
    a.setLoss('mae');
    expect(s.getState().trainRuntime).not.toBe(rt);
    expect(s.getState().trainRuntime.step).toBe(0);
  });
});

describe('setHover (the landscape point under the pointer)', () => {
  it('keeps a finite point and clears on null or non-finite input', () => {
    const s = store();
    s.getState().trainActions.setHover({ w: 1, b: 2 });
    expect(s.getState().trainRuntime.hover).toEqual({ w: 1, b: 2 });
    s.getState().trainActions.setHover({ w: Number.NaN, b: 2 });
    expect(s.getState().trainRuntime.hover).toBeNull();
    s.getState().trainActions.setHover({ w: 1, b: 2 });
    s.getState().trainActions.setHover(null);
    expect(s.getState().trainRuntime.hover).toBeNull();
  });
});
