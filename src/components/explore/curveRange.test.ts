import { describe, expect, it } from 'vitest';
import { curveYDomain } from './curveRange';

const on = (f: (x: number) => number) => Array.from({ length: 81 }, (_, i) => f(-2 + i * 0.15));

describe('curveYDomain', () => {
  it('keeps MSE from flattening MAE and Huber on a wide ŷ range', () => {
    const y = 8;
    const mse = on((x) => (x - y) ** 2); // up to 100
    const mae = on((x) => Math.abs(x - y)); // up to 10
    const huber = on((x) => (Math.abs(x - y) <= 1 ? 0.5 * (x - y) ** 2 : Math.abs(x - y) - 0.5));
    const [lo, hi] = curveYDomain([mse, mae, huber])!;
    expect(lo).toBe(0);
    // MAE (the second steepest) lies wholly inside; MSE is clipped well below its 100.
    expect(hi).toBeGreaterThanOrEqual(10);
    expect(hi).toBeLessThan(25);
  });

  it('shows one curve whole, and a derivative both ways', () => {
    expect(curveYDomain([[0, 1, 4]])).toEqual([0, 4.2]);
    const [lo, hi] = curveYDomain([on((x) => 2 * (x - 3)), on((x) => Math.sign(x - 3))])!;
    expect(lo).toBeLessThan(-1.9);
    expect(lo).toBeGreaterThan(-3);
    expect(hi).toBeGreaterThan(1.9);
    expect(hi).toBeLessThan(3);
  });

  it('ignores non-finite values and gives up on flat or empty curves', () => {
    expect(curveYDomain([[NaN, Infinity]])).toBeUndefined();
    expect(curveYDomain([])).toBeUndefined();
    expect(curveYDomain([[0, 0, 0]])).toBeUndefined();
  });
});
