// Pasting rows into the (y, ŷ) table, as copied from a spreadsheet or a CSV file: one row per
// line, two columns split by a tab, a semicolon or a comma. With a tab or a semicolon present a
// comma is a decimal comma ("1,5\t2" is 1.5 and 2); otherwise it splits the columns ("1,5" is
// y = 1, ŷ = 5, never 15 or 1.5). Rows past the table's limit are dropped and counted, so the UI
// can name the limit; a refused line refuses the whole paste, and nothing changes. Cells may be
// quoted ("1","2"), as spreadsheets and CSV files write them.
import { splitCsvLine } from '../train/csvCells';
import { parseCell, type CellError } from './cells';
import { MAX_ROWS, newId, type ScalarKey } from './model';
import { scalarKey, type ExploreWork } from './reducers';

export type PasteResult =
  | { ok: true; pairs: [number, number][]; total: number }
  | { ok: false; line: number; error: CellError | 'columns'; text: string };

function columns(line: string): string[] {
  return splitCsvLine(line, line.includes('\t') ? '\t' : line.includes(';') ? ';' : ',');
}

/** A multi-line paste of `text` at row `index`; null when it is not a table (one line). */
export function parsePaste(text: string, key: ScalarKey, index: number): PasteResult | null {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length < 2 && !/[\t;]/.test(text)) return null;
  const room = Math.max(0, MAX_ROWS - index);
  const pairs: [number, number][] = [];
  for (let n = 0; n < lines.length && pairs.length < room; n++) {
    const cols = columns(lines[n]).map((c) => c.trim());
    // A first line of column names (y, ŷ) is skipped as a header.
    if (n === 0 && cols.every((c) => !/\d/.test(c))) continue;
    if (cols.length !== 2) return { ok: false, line: n + 1, error: 'columns', text: lines[n] };
    const y = parseCell(cols[0], key, 'y');
    if (!y.ok) return { ok: false, line: n + 1, error: y.error, text: cols[0] };
    const yHat = parseCell(cols[1], key, 'yHat');
    if (!yHat.ok) return { ok: false, line: n + 1, error: yHat.error, text: cols[1] };
    pairs.push([y.value, yHat.value]);
  }
  const header = lines.length > 0 && columns(lines[0]).every((c) => !/\d/.test(c)) ? 1 : 0;
  return { ok: true, pairs, total: lines.length - header };
}

/** Writes pasted pairs over the rows from `index` on, adding rows as needed (up to MAX_ROWS). */
export function pasteRows(s: ExploreWork, index: number, pairs: [number, number][]): ExploreWork {
  const k = scalarKey(s);
  if (!k || pairs.length === 0) return s;
  const old = s.rows[k];
  const replaced = old.slice(index, index + pairs.length).map((r) => `${r.id}.`);
  const pasted = pairs.map(([y, yHat]) => ({ id: newId(), y, yHat }));
  const rows = [...old.slice(0, index), ...pasted, ...old.slice(index + pairs.length)].slice(
    0,
    MAX_ROWS,
  );
  const drafts = Object.fromEntries(
    Object.entries(s.drafts).filter(([key]) => !replaced.some((p) => key.startsWith(p))),
  );
  return { ...s, rows: { ...s.rows, [k]: rows }, drafts, notice: null };
}
