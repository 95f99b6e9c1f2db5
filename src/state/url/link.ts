// Links to a state: the Share link (this view), the Embed snippet's src (one view in a
// language, `embed=1`; the snippets themselves are in src/embed/snippets.ts), and the embedded
// view's "open in losscape" (the same, without embed).
import type { Lang } from '../prefs';
import type { TabId } from '../tabs';
import { joinHash } from './codec';
import { URL_VERSION, encodePairs, type Draft } from './urlState';

export interface LinkOptions {
  tab?: TabId;
  embed?: boolean;
  /** Written even when English, so an embedded view does not follow the visitor's browser. */
  lang?: Lang;
}

export function hashFor(state: Draft, opts: LinkOptions = {}): string {
  const d: Draft = {
    ...state,
    tab: opts.tab ?? state.tab,
    embed: opts.embed ?? state.embed,
    lang: opts.lang ?? state.lang,
  };
  const pairs = encodePairs(d);
  if (opts.lang && !pairs.some(([k]) => k === 'l')) pairs.unshift(['l', opts.lang]);
  return joinHash(d.tab, pairs.length ? [['v', String(URL_VERSION)], ...pairs] : []);
}

/** An absolute link: this page's address with the given hash. */
export function absoluteLink(loc: Pick<Location, 'origin' | 'pathname' | 'search'>, hash: string) {
  return `${loc.origin}${loc.pathname}${loc.search}${hash}`;
}
