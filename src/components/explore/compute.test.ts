import { describe, expect, it } from 'vitest';
import { GRID, grid, niceCeil, rememberPerX, sweepDomain } from './compute';

describe('rememberPerX', () => {
  it('computes each x once and returns the same value after', () => {
    const calls: number[] = [];
    const f = rememberPerX((x) => {
      calls.push(x);
      return { v: x * 2 };
    });
    const a = f(1.5);
    expect(f(1.5)).toBe(a);
    expect(f(2)).toEqual({ v: 4 });
    expect(calls).toEqual([1.5, 2]);
  });

  it('forgets everything once it holds `size` values, so it never grows past them', () => {
    const calls: number[] = [];
    const f = rememberPerX((x) => calls.push(x), 2);
    f(1);
    f(2);
    f(3); // full: cleared, then 3 kept
    f(3);
    f(1); // computed again
    expect(calls).toEqual([1, 2, 3, 1]);
  });
});

describe('grid and niceCeil', () => {
  it('spans [lo, hi] in GRID points, both ends included', () => {
    const g = grid(-2, 2);
    expect(g).toHaveLength(GRID);
    expect(g[0]).toBe(-2);
    expect(g[GRID - 1]).toBe(2);
    expect(g[(GRID - 1) / 2]).toBeCloseTo(0, 12);
    expect(grid(0, 1, 3)).toEqual([0, 0.5, 1]);
  });

  it('rounds up to 1, 2, 2.5 or 5 × 10^k', () => {
    expect([0.7, 1, 1.1, 2.2, 3, 7, 12, 0.031].map(niceCeil)).toEqual([
      1, 1, 2, 2.5, 5, 10, 20, 0.05,
    ]);
  });
});

describe('sweepDomain', () => {
  it('centres a regression row’s curves on y, wide enough to show its ŷ', () => {
    // |ŷ − y| = 2.5: 1.5 × 2.5 = 3.75 → 5 on each side of y = 4.
    expect(sweepDomain('regression', { id: 1, y: 4, yHat: 1.5 })).toEqual({
      domain: [-1, 9],
      step: 0.01,
    });
    // A perfect prediction still shows ±2 around y.
    expect(sweepDomain('regression', { id: 1, y: 4, yHat: 4 }).domain).toEqual([2, 6]);
  });

  it('sweeps p over [0, 1] and scores symmetrically around 0 (at least ±4)', () => {
    expect(sweepDomain('binaryProb', { id: 1, y: 1, yHat: 0.3 })).toEqual({
      domain: [0, 1],
      step: 0.001,
    });
    expect(sweepDomain('margin', { id: 1, y: 1, yHat: 0.5 }).domain).toEqual([-4, 4]);
    expect(sweepDomain('binaryLogit', { id: 1, y: 0, yHat: -7 }).domain).toEqual([-10, 10]);
  });

  it('keeps the marker inside the swept range', () => {
    for (const yHat of [-50, -3, 0, 0.2, 9, 120]) {
      const { domain } = sweepDomain('margin', { id: 1, y: 1, yHat });
      expect(yHat).toBeGreaterThanOrEqual(domain[0]);
      expect(yHat).toBeLessThanOrEqual(domain[1]);
    }
  });
});
