// Validation of one typed cell. A bad cell keeps its text (a draft) and the row keeps its last
// valid value, so nothing typed is lost and the charts never see a bad number.
import type { ScalarKey } from './model';

/** Why a cell was refused; the UI says each in the current language (explore.errors.*). */
export type CellError =
  | 'empty'
  | 'notNumber'
  | 'notFinite'
  | 'outOfRange'
  | 'probability'
  | 'label01'
  | 'labelPm1'
  | 'share';

export type CellResult = { ok: true; value: number } | { ok: false; error: CellError };

/** The limit of the math conventions: every input value lies in [−1e6, 1e6]. */
export const VALUE_LIMIT = 1e6;

// Unambiguous (the digits before and after the point are split by the point itself), so a
// 10,000-character paste is matched in linear time, without backtracking.
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/**
 * Parses a finite number as people type it: surrounding spaces are trimmed, and a Unicode minus
 * and one decimal comma are accepted ("1,5" is 1.5, never 15). Hex, NaN, Infinity and any other
 * text are refused. No range check: see `parseNumber` for the math range.
 */
export function parseFinite(text: string): CellResult {
  const s = text
    .trim()
    .replace(/\u2212/g, '-')
    .replace(',', '.');
  if (s === '') return { ok: false, error: 'empty' };
  if (/^[+-]?(inf|infinity|∞)$/i.test(s)) return { ok: false, error: 'notFinite' };
  if (!NUMBER.test(s)) return { ok: false, error: 'notNumber' };
  const v = Number(s);
  if (!Number.isFinite(v)) return { ok: false, error: 'notFinite' };
  return { ok: true, value: v };
}

/** `parseFinite` within the math range [−1e6, 1e6]. */
export function parseNumber(text: string): CellResult {
  const r = parseFinite(text);
  if (r.ok && Math.abs(r.value) > VALUE_LIMIT) return { ok: false, error: 'outOfRange' };
  return r;
}

export type Field = 'y' | 'yHat';

/** A scalar task's cell: a number, then the task's rule for that column. */
export function parseCell(text: string, key: ScalarKey, field: Field): CellResult {
  const r = parseNumber(text);
  if (!r.ok) return r;
  const v = r.value;
  if (field === 'y') {
    if (key === 'margin' && v !== -1 && v !== 1) return { ok: false, error: 'labelPm1' };
    if ((key === 'binaryProb' || key === 'binaryLogit') && v !== 0 && v !== 1)
      return { ok: false, error: 'label01' };
  } else if (key === 'binaryProb' && (v < 0 || v > 1)) {
    return { ok: false, error: 'probability' };
  }
  return r;
}

/** One class probability (of P or Q) in the multi-class task. */
export function parseShare(text: string): CellResult {
  const r = parseNumber(text);
  if (!r.ok) return r;
  return r.value < 0 || r.value > 1 ? { ok: false, error: 'share' } : r;
}

/** What each column allows, for the message beside a refused cell (explore.allowed.*). */
export type Allowed = 'real' | 'pm1' | 'zeroOne' | 'probability' | 'score';

export function allowedKey(key: ScalarKey, field: Field): Allowed {
  if (field === 'y') return key === 'regression' ? 'real' : key === 'margin' ? 'pm1' : 'zeroOne';
  return key === 'binaryProb' ? 'probability' : key === 'regression' ? 'real' : 'score';
}
