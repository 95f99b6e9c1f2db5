// Numbers as the UI shows them (DESIGN.md): 4 significant digits, more on hover; float32
// overflow as "∞ (overflow)", never "Infinity" or "NaN".
import { format } from 'd3-format';

const sig4 = format('.4~g');
const sig7 = format('.7~g');

export function fmt(v: number, overflowText = '∞ (overflow)'): string {
  if (Number.isNaN(v)) return '—';
  if (v === Infinity) return overflowText;
  if (v === -Infinity) return `−${overflowText}`;
  return sig4(v).replace('-', '−');
}

/** The longer form for tooltips and titles. */
export function fmtLong(v: number, overflowText = '∞ (overflow)'): string {
  if (!Number.isFinite(v)) return fmt(v, overflowText);
  return sig7(v).replace('-', '−');
}

/** A long typed text named by its start in a message (a 10,000-character paste is not echoed). */
export function clipText(text: string, max = 24): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
