import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv, MAX_POINTS } from './csv';
import { presetPoints } from './presets';

describe('CSV', () => {
  it('round-trips 1-D and 2-D data', () => {
    for (const id of ['noisy', 'xor'] as const) {
      const pts = presetPoints(id, 5);
      const back = parseCsv(toCsv(pts));
      expect(back).toEqual({ ok: true, points: pts, twoD: id === 'xor', total: pts.length });
    }
  });

  it('reads without a header, with CRLF, semicolons, tabs, comments and blank lines', () => {
    const r = parseCsv('# my data\r\n1;2\r\n\r\n3\t4.5e0\r\n-.5,+2\r\n');
    expect(r).toEqual({
      ok: true,
      twoD: false,
      total: 3,
      points: [
        { x: 1, y: 2 },
        { x: 3, y: 4.5 },
        { x: -0.5, y: 2 },
      ],
    });
  });

  it.each([
    ['', 'empty'],
    ['x,y\n', 'empty'],
    ['x\n1\n', 'columns'],
    ['a,b,c,d\n1,2,3,4', 'columns'],
    ['x,y\n1,2\n3,4,5', 'columns'],
    ['x,y\n1,two', 'number'],
    ['x,y\n1,NaN', 'number'],
    ['x,y\n1,Infinity', 'number'],
    ['x,y\n1,0x10', 'number'],
    ['x,y\n1,1e7', 'range'],
    ['x,y,label\n1,2,3', 'label'],
    ['x,y,label\n1,2,0.5', 'label'],
  ])('rejects %j as %s, naming the line', (text, reason) => {
    const r = parseCsv(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toBe(reason);
      expect(r.line).toBeGreaterThanOrEqual(1);
    }
  });

  it('names the line of the first bad row', () => {
    expect(parseCsv('x,y\n1,2\n3,4\nfive,6')).toEqual({ ok: false, line: 4, reason: 'number' });
  });

  it('takes the first MAX_POINTS points of a longer file and counts the rest', () => {
    const rows = Array.from({ length: MAX_POINTS + 234 }, (_, i) => `${i},1`);
    const r = parseCsv(`x,y\n${rows.join('\n')}\n# end\n`);
    expect(r).toMatchObject({ ok: true, total: MAX_POINTS + 234 });
    if (r.ok) {
      expect(r.points).toHaveLength(MAX_POINTS);
      expect(r.points.at(-1)).toEqual({ x: MAX_POINTS - 1, y: 1 });
    }
    // Rows past the limit are not read: a bad one there does not refuse the file.
    expect(parseCsv(`${rows.slice(0, MAX_POINTS).join('\n')}\nbad,row`)).toMatchObject({
      ok: true,
      total: MAX_POINTS + 1,
    });
  });

  it('reads fully quoted cells, quoted headers and "" escapes', () => {
    expect(parseCsv('"x","y","label"\r\n"1","2","0"\n "3" ; "-4.5e0";"1"\n')).toEqual({
      ok: true,
      twoD: true,
      total: 2,
      points: [
        { x: 1, y: 2, label: 0 },
        { x: 3, y: -4.5, label: 1 },
      ],
    });
    expect(parseCsv('"the ""x""","y, too"\n1,"2"')).toMatchObject({
      ok: true,
      points: [{ x: 1, y: 2 }],
    });
  });

  it.each([
    ['x,y\n"1,2"', 'columns'],
    ['x,y\n"1","2', 'number'],
    ['x,y\n"1"x,2', 'number'],
    ['x,y\n"","2"', 'number'],
    ['x,y\n"one","2"', 'number'],
  ])('refuses the badly quoted %j as %s', (text, reason) => {
    expect(parseCsv(text)).toEqual({ ok: false, line: 2, reason });
  });
});
