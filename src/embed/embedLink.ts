// Links as people type them (issue 16): `?embed=1&…#/train` and `#/train?embed=1&…` both work.
// Before the store reads the location, state keys found in the query string move into the hash
// (the hash wins where both name a key), and the figure keys (`fig`, `ctl`) move to the query
// string, where the URL sync (which rewrites only the hash) leaves them for the frame's life.
// Other query keys (`backend=`, `surface=`) stay where they are. Pure: strings in, strings out.
import { joinHash, splitHash, splitQuery } from '../state/url/codec';
import { FIELDS } from '../state/url/urlState';
import { FIGURES, isFigureId } from './figures';

// `h5`: the landscape a `fig=h5` figure carries (export/h5Link.ts), which the full app does not
// read: it leaves with the other figure keys.
export const FIGURE_KEYS = ['fig', 'ctl', 'h5'] as const;
const STATE_KEYS = new Set(['v', ...FIELDS.map((f) => f.key)]);
const isFigureKey = (k: string) => (FIGURE_KEYS as readonly string[]).includes(k);

const encodeQuery = (pairs: [string, string][]) =>
  pairs.length
    ? `?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v).replace(/%2C/g, ',')}`).join('&')}`
    : '';

export interface EmbedLocation {
  search: string;
  hash: string;
  fig: string | null;
  ctl: string | null;
}

/** The location with every key in its canonical place; `fig`/`ctl` as the link gave them. */
export function normalizeLocation(search: string, hash: string): EmbedLocation {
  const query = splitQuery(search.startsWith('?') ? search.slice(1) : search);
  const h = splitHash(hash);
  const keep: [string, string][] = [];
  const fromQuery: [string, string][] = [];
  const fig = new Map<string, string>();
  for (const [k, v] of query.pairs) {
    if (isFigureKey(k)) fig.set(k, v);
    else if (STATE_KEYS.has(k)) fromQuery.push([k, v]);
    else keep.push([k, v]);
  }
  const hashPairs: [string, string][] = [];
  for (const [k, v] of h.pairs) {
    if (isFigureKey(k)) {
      if (!fig.has(k)) fig.set(k, v);
    } else hashPairs.push([k, v]);
  }
  const inHash = new Set(hashPairs.map(([k]) => k));
  const pairs = [...hashPairs, ...fromQuery.filter(([k]) => !inHash.has(k))];
  const figId = fig.get('fig') ?? null;
  // A figure belongs to one tab: the frame opens there whatever the path said.
  let path = h.path ?? '';
  if (figId !== null && isFigureId(figId)) path = FIGURES[figId].tab;
  const moved = fromQuery.length > 0 || hashPairs.length !== h.pairs.length || path !== h.path;
  const outHash = moved ? joinHash(path, pairs) : hash;
  const outSearch = fig.size
    ? encodeQuery([...keep, ...[...fig.entries()]])
    : fromQuery.length
      ? encodeQuery(keep)
      : search;
  return { search: outSearch, hash: outHash, fig: figId, ctl: fig.get('ctl') ?? null };
}

/** The query string without the figure keys (for the "open in losscape" link). */
export function withoutFigureKeys(search: string): string {
  const q = splitQuery(search.startsWith('?') ? search.slice(1) : search);
  const rest = q.pairs.filter(([k]) => !isFigureKey(k));
  return rest.length === q.pairs.length ? search : encodeQuery(rest);
}

/** The query string of an embed: the page's own keys (`backend=`…) and, for a one-figure embed,
 *  `fig` and `ctl` (the controls it shows, in the figure's order) and the data it carries (`h5`). */
export function embedQuery(
  search: string,
  fig: { id: string; ctl: readonly string[]; h5?: string } | null,
) {
  const q = splitQuery(withoutFigureKeys(search).replace(/^\?/, ''));
  if (!fig) return encodeQuery(q.pairs);
  const keys: [string, string][] = [['fig', fig.id]];
  if (fig.ctl.length) keys.push(['ctl', fig.ctl.join(',')]);
  if (fig.h5) keys.push(['h5', fig.h5]);
  return encodeQuery([...q.pairs, ...keys]);
}
