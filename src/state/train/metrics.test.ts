import { describe, expect, it } from 'vitest';
import { accuracy, logInterval, rSquared, roundBelow, stabilityLimit } from './metrics';

describe('metrics', () => {
  it('R² is 1 for a perfect fit, 0 for the mean, NaN when undefined', () => {
    expect(rSquared([1, 2, 3], [1, 2, 3])).toBe(1);
    expect(rSquared([1, 2, 3], [2, 2, 2])).toBe(0);
    expect(rSquared([1], [1])).toBeNaN();
    expect(rSquared([2, 2], [1, 3])).toBeNaN();
  });

  it('accuracy thresholds p at 0.5', () => {
    expect(accuracy([0, 1, 1, 0], [0.2, 0.7, 0.4, 0.5])).toBe(0.5);
    expect(accuracy([], [])).toBeNaN();
  });

  it('the seed example: λ_max ≈ 16.70, so η < 0.1198 converges and 0.13 does not', () => {
    const limit = stabilityLimit([1, 2, 3, 4]);
    expect(2 / limit).toBeCloseTo(16.7, 2);
    expect(limit).toBeGreaterThan(0.1);
    expect(limit).toBeLessThan(0.13);
    // Heavy-ball momentum β = 0.9 allows (1 + β) times more.
    expect(stabilityLimit([1, 2, 3, 4], 0, 0.9)).toBeCloseTo(1.9 * limit, 10);
    // λ on w raises the curvature, lowering the limit.
    expect(stabilityLimit([1, 2, 3, 4], 1)).toBeLessThan(limit);
  });

  it('rounds a learning rate below a limit, and picks a log interval', () => {
    expect(roundBelow(0.1198)).toBe(0.1);
    expect(roundBelow(0.5)).toBe(0.2);
    expect(roundBelow(3)).toBe(2);
    expect(logInterval(1000)).toBe(100);
    expect(logInterval(300)).toBe(50);
    expect(logInterval(2000)).toBe(200);
    expect(logInterval(5)).toBe(1);
  });
});
