import { describe, expect, it } from 'vitest';
import { sampleRows, TABLE_ROWS } from './ChartTable';

describe('sampleRows', () => {
  it('keeps every row up to the cap', () => {
    expect(sampleRows(0)).toEqual({ idx: [], every: 1 });
    expect(sampleRows(1)).toEqual({ idx: [0], every: 1 });
    const all = sampleRows(TABLE_ROWS);
    expect(all.every).toBe(1);
    expect(all.idx).toEqual(Array.from({ length: TABLE_ROWS }, (_, i) => i));
  });

  it('samples evenly past the cap: the first row, every k-th, the last; never more than the cap', () => {
    for (const n of [TABLE_ROWS + 1, 101, 1001, 2001, 100_000]) {
      const { idx, every } = sampleRows(n);
      expect(idx.length, `n = ${n}`).toBeLessThanOrEqual(TABLE_ROWS);
      expect(idx[0]).toBe(0);
      expect(idx[idx.length - 1]).toBe(n - 1);
      for (let j = 1; j < idx.length - 1; j++) expect(idx[j] - idx[j - 1]).toBe(every);
      expect(idx[idx.length - 1] - idx[idx.length - 2]).toBeLessThanOrEqual(every);
    }
    expect(sampleRows(1001).every).toBe(21);
  });

  it('honours a smaller cap', () => {
    expect(sampleRows(10, 4)).toEqual({ idx: [0, 4, 8, 9], every: 4 });
  });
});
