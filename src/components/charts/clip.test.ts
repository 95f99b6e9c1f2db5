import { describe, expect, it } from 'vitest';
import { clipSegment, clippedPath, plotBox } from './clip';

describe('clipping lines to a box', () => {
  const box = plotBox(100, 100, 0); // [0, 100]²
  it('keeps a segment inside, cuts one that leaves, drops one outside', () => {
    expect(clipSegment([10, 10], [90, 90], box)).toEqual([
      [10, 10],
      [90, 90],
    ]);
    expect(clipSegment([50, 50], [50, 1e8], box)).toEqual([
      [50, 50],
      [50, 100],
    ]);
    expect(clipSegment([-10, -10], [-5, 200], box)).toBeNull();
  });
  it('keeps the direction of a steep line through the view', () => {
    const seg = clipSegment([0, -1e8], [100, 1e8], box)!;
    // The line y = 2e6·x − 1e8 crosses y = 0 and y = 100 near x = 50.
    expect(seg[0][0]).toBeCloseTo(50, 3);
    expect(seg[1][0]).toBeCloseTo(50.00005, 3);
  });
  it('writes a path that breaks at non-finite points and never holds huge numbers', () => {
    const d = clippedPath(
      [
        [10, 10],
        [20, 20],
        [Infinity, 5],
        [30, 30],
        [40, 1e9],
      ],
      box,
    );
    expect(d).toBe('M10.0,10.0L20.0,20.0M30.0,30.0L30.0,100.0');
    expect(Math.max(...(d.match(/[\d.]+/g) ?? []).map(Number))).toBeLessThanOrEqual(100);
  });
});
