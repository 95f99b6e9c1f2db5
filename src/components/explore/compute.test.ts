import { describe, expect, it } from 'vitest';
import { rememberPerX } from './compute';

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
