// The text layer of the URL state: a hash `#/<tab>?k=v&k=v` split into its tab and its
// key/value pairs, numbers written short, lists written as `a,b;c,d`. Pure: no store, no DOM.

/**
 * The one size limit of a state's text (issue 18): a hash — plain or packed (./pack.ts) — and
 * what a packed hash expands to are refused whole above it, and no writer makes a longer one.
 * The largest legal state (./largest.ts: 1,000 Train points, 200 rows on every Explore task, 10
 * classes, all at full precision) is about 140 K characters plain, 82 K packed (pack.test.ts
 * measures it): 512 Ki leaves a margin of more than three. The embed protocol's setState cap
 * is this constant.
 */
export const MAX_STATE_CHARS = 512 * 1024;

export interface SplitHash {
  /** The path after `#/`, or null when the hash is not of the form `#/…`. */
  path: string | null;
  /** Key/value pairs in order; a key may repeat (the decoder reports the repeat). */
  pairs: [string, string][];
  /** Pieces that are not `key=value` or whose escapes are broken. */
  broken: string[];
}

function safeDecode(s: string): string | null {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** Splits a location hash (`#/train?v=1&tlr=0.1`) into its path and its pairs. */
export function splitHash(hash: string): SplitHash {
  const h = hash.startsWith('#') ? hash.slice(1) : hash;
  const q = h.indexOf('?');
  const head = q < 0 ? h : h.slice(0, q);
  const query = q < 0 ? '' : h.slice(q + 1);
  const path = head.startsWith('/') ? head.slice(1) : head === '' ? '' : null;
  return { path, ...splitQuery(query) };
}

export function splitQuery(query: string): Pick<SplitHash, 'pairs' | 'broken'> {
  const pairs: [string, string][] = [];
  const broken: string[] = [];
  for (const piece of query.split('&')) {
    if (piece === '') continue;
    const eq = piece.indexOf('=');
    const key = safeDecode(eq < 0 ? piece : piece.slice(0, eq));
    const value = eq < 0 ? '' : safeDecode(piece.slice(eq + 1));
    if (key === null || value === null || eq < 0) broken.push(piece.slice(0, 40));
    else pairs.push([key, value]);
  }
  return { pairs, broken };
}

/** Escapes a value for a hash, keeping the list separators `,` `;` `:` readable. */
export function escapeValue(v: string): string {
  return encodeURIComponent(v).replace(/%2C/g, ',').replace(/%3B/g, ';').replace(/%3A/g, ':');
}

export function joinHash(path: string, pairs: [string, string][]): string {
  const query = pairs.map(([k, v]) => `${k}=${escapeValue(v)}`).join('&');
  return `#/${path}${query ? `?${query}` : ''}`;
}

/** A number as the shortest decimal that reads back to the same double (user data are exact,
 *  issue 18): 0.1 stays `0.1`, 1.23456789 stays `1.23456789`. */
export function fmt(v: number): string {
  const s = String(v);
  return s === '-0' ? '0' : s;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** A strict number: decimal notation only (no hex, no `Infinity`, no spaces); NaN otherwise. */
export function num(s: string): number {
  return NUMBER.test(s) ? Number(s) : NaN;
}

/** `a,b;c,d` → [[a, b], [c, d]] (NaN for a bad entry, which the schema then refuses). */
export function numRows(s: string): number[][] {
  if (s === '') return [];
  return s.split(';').map((row) => row.split(',').map(num));
}

export const fmtRows = (rows: readonly (readonly number[])[]): string =>
  rows.map((r) => r.map(fmt).join(',')).join(';');

export const numList = (s: string): number[] => (s === '' ? [] : s.split(',').map(num));
export const fmtList = (v: readonly number[]): string => v.map(fmt).join(',');
