import { describe, expect, it } from 'vitest';
import { createAppStore } from '../store';
import { initialPrediction, kPresetPoints, segScene, SEG_SIZE } from './presets';
import { BRUSH_VALUE, DEFAULT_FORMULA } from './slice';

const store = () => createAppStore();

describe('applications slice', () => {
  it('starts with three blobs, k = 3, a random start, seed 1, step 0', () => {
    const { applications, applicationsRuntime } = store().getState();
    const { kmeans } = applications;
    expect(kmeans).toMatchObject({ preset: 'blobs3', k: 3, init: 'random', seed: 1 });
    expect(applicationsRuntime.kmeans.step).toBe(0);
    expect(kmeans.points).toEqual(kPresetPoints('blobs3', 1));
    expect(kmeans.points).toHaveLength(60);
  });

  it('k-means: a click adds a point (inside the plane only) and restarts the run', () => {
    const s = store();
    const a = s.getState().applicationsActions;
    a.setKStep(5);
    a.addKPoint([1.23456, 9]);
    const k = s.getState().applications.kmeans;
    expect(k.points.at(-1)).toEqual([1.235, 9]);
    expect(k.preset).toBe('custom');
    expect(s.getState().applicationsRuntime.kmeans.step).toBe(0);
    const n = k.points.length;
    a.addKPoint([11, 2]);
    a.addKPoint([NaN, 2]);
    expect(s.getState().applications.kmeans.points).toHaveLength(n);
    a.removeKPoint(0);
    expect(s.getState().applications.kmeans.points).toHaveLength(n - 1);
    a.clearKPoints();
    expect(s.getState().applications.kmeans.points).toEqual([]);
  });

  it('k-means: k is clamped to 1–10, seed to an integer; presets reproduce from their seed', () => {
    const s = store();
    const a = s.getState().applicationsActions;
    a.setK(42);
    expect(s.getState().applications.kmeans.k).toBe(10);
    a.setK(0);
    expect(s.getState().applications.kmeans.k).toBe(1);
    a.setKSeed(3.7);
    expect(s.getState().applications.kmeans.seed).toBe(4);
    a.loadKPreset('uniform', 9);
    expect(s.getState().applications.kmeans.points).toEqual(kPresetPoints('uniform', 9));
    expect(kPresetPoints('uniform', 9)).not.toEqual(kPresetPoints('uniform', 10));
    for (const id of ['blobs3', 'blobs5', 'uniform', 'stretched'] as const)
      kPresetPoints(id, 2).forEach(([x, y]) => {
        expect(x >= 0 && x <= 10 && y >= 0 && y <= 10).toBe(true);
      });
  });

  it('classifier: a bad learning rate is refused; reset clears the wrong label', () => {
    const s = store();
    const a = s.getState().applicationsActions;
    a.setClassifier({ lr: -1 });
    a.setClassifier({ lr: NaN });
    expect(s.getState().applications.classifier.lr).toBe(0.5);
    a.setClassifier({ lr: 0.1, optimizer: 'adam' });
    a.setWrong(3);
    expect(s.getState().applications.classifier).toMatchObject({ lr: 0.1, wrong: 3 });
    a.resetClassifier();
    expect(s.getState().applications.classifier.wrong).toBeNull();
    expect(s.getState().applicationsRuntime.classifier.generation).toBe(1);
  });

  it('segmentation: paint sets a disc of pixels, bad maps are refused, reset restores', () => {
    const s = store();
    const a = s.getState().applicationsActions;
    a.setSegBrush('bg', 1);
    a.paintSeg(10, 10);
    const prob = s.getState().applications.segmentation.prob;
    expect(prob[10 * SEG_SIZE + 10]).toBe(BRUSH_VALUE.bg);
    expect(prob[10 * SEG_SIZE + 11]).toBe(BRUSH_VALUE.bg);
    expect(prob[12 * SEG_SIZE + 12]).toBe(initialPrediction()[12 * SEG_SIZE + 12]);
    a.setSegProb([0.5]);
    a.setSegProb(Array(SEG_SIZE * SEG_SIZE).fill(2));
    expect(s.getState().applications.segmentation.prob).toBe(prob);
    a.setSegParams({ gamma: -1, alpha: 0.5 });
    expect(s.getState().applications.segmentation).toMatchObject({ gamma: 2, alpha: 0.5 });
    a.resetSeg();
    expect(s.getState().applications.segmentation.prob).toEqual(initialPrediction());
  });

  it('the scene is imbalanced: the object covers under 10 % of the pixels', () => {
    const { mask, image } = segScene();
    const fg = mask.reduce((t, v) => t + v, 0);
    expect(fg / mask.length).toBeGreaterThan(0.05);
    expect(fg / mask.length).toBeLessThan(0.1);
    image.forEach((v) => expect(v >= 0 && v <= 1).toBe(true));
  });

  it('custom formula: invalid text is kept for editing, the last valid formula stays in use', () => {
    const s = store();
    const a = s.getState().applicationsActions;
    expect(s.getState().applications.custom.formula).toBe(DEFAULT_FORMULA);
    a.setCustomText('log(1 + (yhat - y)^2)', true);
    a.setCustomText('log(1 + (yhat - y', false);
    expect(s.getState().applications.custom).toEqual({
      text: 'log(1 + (yhat - y',
      formula: 'log(1 + (yhat - y)^2)',
    });
  });
});
