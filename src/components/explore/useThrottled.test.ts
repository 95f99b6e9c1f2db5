import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createThrottle } from './useThrottled';

describe('createThrottle (the summary panels during a drag)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('shows a change after a quiet spell at once, a drag’s moves at most every ms, the last one last', () => {
    const shown: number[] = [];
    const th = createThrottle<number>(
      150,
      (v) => shown.push(v),
      () => Date.now(),
    );
    th.push(0);
    vi.advanceTimersByTime(0);
    expect(shown).toEqual([0]);
    // A drag: a move every 16 ms for one second.
    for (let i = 1; i <= 62; i++) {
      th.push(i);
      vi.advanceTimersByTime(16);
    }
    vi.advanceTimersByTime(200);
    expect(shown.at(-1)).toBe(62);
    // 1 + ⌈62 · 16 / 150⌉ updates at most, each at least 150 ms after the one before.
    expect(shown.length).toBeLessThanOrEqual(1 + Math.ceil((62 * 16) / 150));
    expect(shown.length).toBeGreaterThan(2);
    expect([...shown].sort((a, b) => a - b)).toEqual(shown);
    // Quiet again: the next change shows at once.
    vi.advanceTimersByTime(500);
    th.push(99);
    vi.advanceTimersByTime(0);
    expect(shown.at(-1)).toBe(99);
  });

  it('cancel drops the waiting value', () => {
    const shown: number[] = [];
    const th = createThrottle<number>(
      150,
      (v) => shown.push(v),
      () => Date.now(),
    );
    th.push(1);
    vi.advanceTimersByTime(0);
    th.push(2);
    th.cancel();
    vi.advanceTimersByTime(1000);
    expect(shown).toEqual([1]);
  });
});
