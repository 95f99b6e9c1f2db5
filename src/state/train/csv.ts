// CSV of the Train data: a header `x,y` or `x,y,label`, one point per line, cells optionally
// quoted ("1","2"). Parsing reports the first bad line by number instead of guessing. Past
// MAX_POINTS points the rest is left out and counted (`total`), as Explore's paste does.
import { splitCsvLine } from './csvCells';
import type { Point } from './presets';

export const MAX_POINTS = 1000;
const LIMIT = 1e6; // the math core's input range (DESIGN.md)

export type CsvResult =
  | {
      ok: true;
      points: Point[];
      twoD: boolean;
      /** Data rows in the file; more than points.length when rows past MAX_POINTS were left out. */
      total: number;
    }
  | { ok: false; line: number; reason: CsvError };

export type CsvError = 'empty' | 'columns' | 'number' | 'range' | 'label';

export function toCsv(points: Point[]): string {
  const twoD = points.some((p) => p.label !== undefined);
  const head = twoD ? 'x,y,label' : 'x,y';
  const rows = points.map((p) => (twoD ? `${p.x},${p.y},${p.label ?? 0}` : `${p.x},${p.y}`));
  return [head, ...rows].join('\n') + '\n';
}

function parseNumber(cell: string): number | null {
  const s = cell.trim();
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) return null;
  return Number(s);
}

export function parseCsv(text: string): CsvResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const points: Point[] = [];
  let columns = 0;
  let total = 0;
  for (let k = 0; k < lines.length; k++) {
    const raw = lines[k].trim();
    if (raw === '' || raw.startsWith('#')) continue;
    if (points.length >= MAX_POINTS) {
      total++; // counted, not read
      continue;
    }
    const cells = splitCsvLine(raw, ',;\t');
    // A header line: any non-numeric first cell before the first point.
    if (points.length === 0 && columns === 0 && parseNumber(cells[0]) === null) {
      columns = cells.length;
      if (columns < 2 || columns > 3) return { ok: false, line: k + 1, reason: 'columns' };
      continue;
    }
    if (columns === 0) columns = cells.length;
    if (cells.length !== columns || columns < 2 || columns > 3)
      return { ok: false, line: k + 1, reason: 'columns' };
    const nums = cells.map(parseNumber);
    if (nums.some((v) => v === null)) return { ok: false, line: k + 1, reason: 'number' };
    const [x, y, label] = nums as number[];
    if (Math.abs(x) > LIMIT || Math.abs(y) > LIMIT)
      return { ok: false, line: k + 1, reason: 'range' };
    if (columns === 3 && label !== 0 && label !== 1)
      return { ok: false, line: k + 1, reason: 'label' };
    points.push(columns === 3 ? { x, y, label: label as 0 | 1 } : { x, y });
    total++;
  }
  if (points.length === 0) return { ok: false, line: lines.length, reason: 'empty' };
  return { ok: true, points, twoD: columns === 3, total };
}
