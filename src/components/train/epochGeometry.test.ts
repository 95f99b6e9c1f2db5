import { describe, expect, it } from 'vitest';
import { decades, logTick, lossScale, showLog, thinCurve } from './epochGeometry';

const curve = (loss: number[]) => ({ epochs: loss.map((_, i) => i / 2), loss });

describe('thinCurve', () => {
  it('keeps every point when there are few', () => {
    expect(thinCurve(curve([3, 2, 1]), 10)).toEqual([
      [0, 3],
      [0.5, 2],
      [1, 1],
    ]);
  });
  it('keeps every stride-th point and always the last one', () => {
    const pts = thinCurve(curve(Array.from({ length: 11 }, (_, i) => i)), 5);
    expect(pts.map(([, v]) => v)).toEqual([0, 2, 4, 6, 8, 10]);
    const odd = thinCurve(curve(Array.from({ length: 10 }, (_, i) => i)), 4);
    expect(odd.map(([, v]) => v)).toEqual([0, 2, 4, 6, 8, 9]);
  });
  it('is empty for an empty curve', () => {
    expect(thinCurve(curve([]), 4)).toEqual([]);
  });
});

describe('lossScale', () => {
  it('runs from 0 past the largest finite loss (NaN, Infinity and null curves ignored)', () => {
    const s = lossScale([curve([4, NaN, Infinity, 1]), null], false, 100);
    const [lo, hi] = s.domain();
    expect(lo).toBe(0);
    expect(hi).toBeGreaterThanOrEqual(4.2);
    expect(s(0)).toBe(100);
  });
  it('on a log axis starts at the smallest positive loss, at most max / 10', () => {
    expect(lossScale([curve([100, 0.5, 0])], true, 100).domain()).toEqual([0.5, 100]);
    expect(lossScale([curve([2, 1.5])], true, 100).domain()).toEqual([0.2, 2]);
  });
});

describe('logTick', () => {
  it('labels 1, 2 and 5 × 10ᵏ only', () => {
    expect(logTick(0.01)).not.toBe('');
    expect(logTick(20)).not.toBe('');
    expect(logTick(500)).not.toBe('');
    expect(logTick(3)).toBe('');
    expect(logTick(70)).toBe('');
  });
  it('writes small and large decades in one notation', () => {
    expect(logTick(1e-5)).toBe('1e\u22125');
    expect(logTick(1e-10)).toBe('1e\u221210');
    expect(logTick(5e-7)).toBe('5e\u22127');
    expect(logTick(2e4)).toBe('2e4');
    expect(logTick(0.001)).toBe('0.001');
    expect(logTick(1)).toBe('1');
  });
});

describe('the loss axis picks log by itself (issue 14.8)', () => {
  // A seed-like run: a spike of 40 falling to 0.01 spans 3.6 decades.
  const spike = [40, 2, 0.3, 0.05, 0.02, 0.01, 0.01];
  it('counts the decades over the finite positive values', () => {
    expect(decades(spike)).toBeCloseTo(Math.log10(4000), 9);
    expect(decades([NaN, Infinity, 0, -1])).toBe(0);
    expect(decades([])).toBe(0);
  });
  it('shows log past three decades until the user picks, then the pick', () => {
    expect(showLog(false, false, spike)).toBe(true);
    expect(showLog(false, false, [4, 2, 1, 0.5])).toBe(false);
    expect(showLog(false, true, null)).toBe(false);
    expect(showLog(true, false, spike)).toBe(false);
    expect(showLog(true, true, [4, 2])).toBe(true);
  });
});
