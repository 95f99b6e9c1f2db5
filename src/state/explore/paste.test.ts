import { describe, expect, it } from 'vitest';
import { MAX_ROWS } from './model';
import { parsePaste, pasteRows } from './paste';
import { initialExplore, withRuntime } from './reducers';

describe('parsePaste', () => {
  it('is not a table paste for one value', () => {
    expect(parsePaste('1.5', 'regression', 0)).toBeNull();
    expect(parsePaste('1,5', 'regression', 0)).toBeNull();
  });
  it('splits columns by tab, semicolon or comma; a comma is decimal only beside a tab or ;', () => {
    expect(parsePaste('1\t2\n3\t4', 'regression', 0)).toEqual({
      ok: true,
      pairs: [
        [1, 2],
        [3, 4],
      ],
      total: 2,
    });
    expect(parsePaste('1,5\t2\n3;4,25', 'regression', 0)).toMatchObject({
      pairs: [
        [1.5, 2],
        [3, 4.25],
      ],
    });
    expect(parsePaste('1,5\n2,7', 'regression', 0)).toMatchObject({
      pairs: [
        [1, 5],
        [2, 7],
      ],
    });
  });
  it('reads quoted cells, a quoted header and a quoted decimal comma', () => {
    expect(parsePaste('"y","ŷ"\n"1","2"\n"1,5","2,5"', 'regression', 0)).toEqual({
      ok: true,
      pairs: [
        [1, 2],
        [1.5, 2.5],
      ],
      total: 2,
    });
    expect(parsePaste('"1"\t"2"\n"3";"4"', 'regression', 0)).toMatchObject({
      pairs: [
        [1, 2],
        [3, 4],
      ],
    });
    expect(parsePaste('"1","2\n3,4', 'regression', 0)).toMatchObject({ ok: false, line: 1 });
  });
  it('skips a header line and counts the rows past the limit', () => {
    const text = ['y,ŷ', ...Array.from({ length: 1000 }, (_, i) => `${i},${i + 1}`)].join('\n');
    const r = parsePaste(text, 'regression', 0);
    expect(r).toMatchObject({ ok: true, total: 1000 });
    if (!r?.ok) throw new Error('refused');
    expect(r.pairs).toHaveLength(MAX_ROWS);
    expect(r.pairs[MAX_ROWS - 1]).toEqual([MAX_ROWS - 1, MAX_ROWS]);
    const from3 = parsePaste(text, 'regression', 3);
    expect(from3?.ok && from3.pairs.length).toBe(MAX_ROWS - 3);
  });
  it('refuses the whole paste at the first bad line, naming it', () => {
    expect(parsePaste('1,2\n3,abc\n5,6', 'regression', 0)).toEqual({
      ok: false,
      line: 2,
      error: 'notNumber',
      text: 'abc',
    });
    expect(parsePaste('1,2\n3\n', 'regression', 0)).toMatchObject({ ok: false, error: 'columns' });
    expect(parsePaste('1,2\n0,1e999', 'regression', 0)).toMatchObject({ error: 'notFinite' });
    expect(parsePaste('1;0.5\n2;0.5', 'binaryProb', 0)).toMatchObject({ error: 'label01' });
  });
});

describe('pasteRows', () => {
  it('writes over the rows from the index, adds rows, keeps everything else', () => {
    const s = withRuntime(initialExplore());
    const before = s.rows.regression;
    const out = pasteRows(s, 1, [
      [10, 11],
      [12, 13],
      [14, 15],
      [16, 17],
    ]);
    const rows = out.rows.regression;
    expect(rows[0]).toEqual(before[0]);
    expect(rows.slice(1).map((r) => [r.y, r.yHat])).toEqual([
      [10, 11],
      [12, 13],
      [14, 15],
      [16, 17],
    ]);
    expect(out.params).toBe(s.params);
    expect(out.overlay).toBe(s.overlay);
    expect(pasteRows(s, 0, [])).toBe(s);
  });
});
