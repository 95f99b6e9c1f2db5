import { describe, expect, it } from 'vitest';
import { stabilityPoint } from './useRunStability';
import { isQuadratic } from './useStability';

const seed = { model: 'linear' as const, x: [1, 2, 3, 4], y: [2, 4, 6, 8], loss: 'mse' as const };
const path = { w: [0.5, 1.2, 1.9, 2], b: [0.5, 0.3, 0.1, 0] };

describe('where the stability limit reads the Hessian', () => {
  it('reads a quadratic loss at the run’s start, whatever the step (one number all run long)', () => {
    expect(isQuadratic(seed)).toBe(true);
    expect(isQuadratic({ ...seed, regularization: { l2: 0.5 } })).toBe(true);
    for (const step of [0, 2, 3, 99])
      expect(stabilityPoint(seed, path, step)).toEqual({ w: 0.5, b: 0.5 });
  });

  it('reads other losses at the state shown (the curvature there)', () => {
    const mae = { ...seed, loss: 'huber' as const };
    expect(isQuadratic(mae)).toBe(false);
    expect(isQuadratic({ ...seed, regularization: { l1: 0.1 } })).toBe(false);
    expect(isQuadratic({ ...seed, model: 'logistic' as const, y: [0, 0, 1, 1] })).toBe(false);
    expect(stabilityPoint(mae, path, 2)).toEqual({ w: 1.9, b: 0.1 });
    expect(stabilityPoint(mae, path, 99)).toEqual({ w: 2, b: 0 });
  });

  it('has no point without a path', () => {
    expect(stabilityPoint(seed, null, 0)).toBeNull();
    expect(stabilityPoint(seed, { w: [], b: [] }, 0)).toBeNull();
  });
});
