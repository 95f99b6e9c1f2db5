// The URL state (issue 7): every setting of every tab, read from and written to the location
// hash `#/<tab>?v=1&key=value…`. TensorFlow Playground's typed table, in zod: the tables of
// each tab (./*Fields.ts, rows as in ./table.ts) are walked in order by the one reader and the
// one writer below; each key reads and validates on its own, so one bad value falls back to its
// default and is named in a notice while the rest of the link still works. Pure: no store, no
// DOM, no history.
import { z } from 'zod/mini';
import { LANGS, type Theme } from '../prefs';
import { DEFAULT_TAB, isTabId } from '../tabs';
import { defaultDraft } from './defaults';
import { MAX_STATE_CHARS, joinHash, splitHash } from './codec';
import type { Draft, Field } from './field';
import { isPacked } from './pack';
import { EXPLORE_FIELDS } from './exploreFields';
import { TRAIN_FIELDS, trainLosses } from './trainFields';
import { APPLICATIONS_FIELDS } from './applicationsFields';
import { LESSON_FIELDS, lessonIgnored } from './lessonFields';
import { URL_VERSION, V0_KEYS, migrate, type Pairs } from './migrations';
import { flag as bool, oneOf } from './schemas';
import { continuous, discrete, fields, flag, row, type Row } from './table';

export type { Draft } from './field';
export { URL_VERSION } from './migrations';
export { defaultDraft } from './defaults';

const SHELL_TABLE: Row[] = [
  discrete('l', 'lang', oneOf(LANGS)),
  row<Theme | null>({
    key: 'th',
    at: 'theme',
    schema: z.nullable(oneOf(['light', 'dark'] as const)),
    codec: { read: (s) => s, write: (v) => v ?? '' },
    discrete: true,
  }),
  continuous('embed', 'embed', bool, flag),
];

export const AREAS = {
  shell: fields(SHELL_TABLE),
  explore: EXPLORE_FIELDS,
  train: TRAIN_FIELDS,
  applications: APPLICATIONS_FIELDS,
  lesson: LESSON_FIELDS,
} as const;
export type Area = keyof typeof AREAS;
export const FIELDS: Field[] = Object.values(AREAS).flat();
const BY_KEY = new Map(FIELDS.map((f) => [f.key, f]));
/** Keys the reader knows besides the fields: the version. */
const META_KEYS = new Set(['v']);

/** Copies the serializable settings out of a state object (the store's, or a draft). */
export function draftOf(s: Draft): Draft {
  return {
    tab: s.tab,
    lang: s.lang,
    theme: s.theme,
    embed: s.embed,
    explore: s.explore,
    train: s.train,
    applications: s.applications,
    lesson: s.lesson,
  };
}

/**
 * The pairs of a state: the table is replayed on a default draft, and a key is written only
 * when its value differs from what the keys before it left there, so reading the pairs back
 * in order rebuilds the state (a preset link carries the preset, not its data).
 */
export function encodePairs(state: Draft, fields: Field[] = FIELDS): Pairs {
  const d = defaultDraft(state.tab);
  const out: Pairs = [];
  for (const f of fields) {
    const v = f.get(state);
    const text = f.write(v);
    if (text === f.write(f.get(d))) continue;
    out.push([f.key, text]);
    f.set(d, structuredClone(v));
  }
  return out;
}

export function encodeHash(state: Draft): string {
  const pairs = encodePairs(state);
  return joinHash(state.tab, pairs.length ? [['v', String(URL_VERSION)], ...pairs] : []);
}

/** The text each area's keys encode to: compared to decide which slices a URL changes. */
export function areaText(state: Draft, area: Area): string {
  return encodePairs(state, AREAS[area])
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
}

export interface Decoded {
  draft: Draft;
  /** Keys that were present (and valid): lang and theme apply only when the link sets them. */
  present: Set<string>;
  /** Whether the link carries any state (a query), or only a tab. */
  hasState: boolean;
  /** What was ignored, by key (`v`, `tab`, a field's key, `url` for the whole link). */
  ignored: string[];
}

const readVersion = (pairs: Pairs): { version: number; bad: boolean } => {
  const raw = pairs.find(([k]) => k === 'v')?.[1];
  if (raw === undefined)
    return { version: pairs.some(([k]) => V0_KEYS.has(k)) ? 0 : URL_VERSION, bad: false };
  const v = /^\d{1,3}$/.test(raw) ? Number(raw) : NaN;
  // A version from the future (or garbage) is read as the current one, and reported.
  if (!(v >= 0 && v <= URL_VERSION)) return { version: URL_VERSION, bad: true };
  return { version: v, bad: false };
};

/** Reads a location hash; never throws. */
export function decodeHash(hash: string): Decoded {
  const ignored: string[] = [];
  const present = new Set<string>();
  // Too long, or packed (./pack.ts: the async unpackHash reads those before this reader).
  if (hash.length > MAX_STATE_CHARS || isPacked(hash)) {
    return { draft: defaultDraft(), present, hasState: true, ignored: ['url'] };
  }
  const split = splitHash(hash);
  const { version, bad } = readVersion(split.pairs);
  if (bad) ignored.push('v');
  const migrated = migrate(version, split.pairs);
  let path = migrated.path ?? split.path;
  if (path !== null && path !== '' && !isTabId(path)) {
    ignored.push('tab');
    path = null;
  }
  const draft = defaultDraft(path && isTabId(path) ? path : DEFAULT_TAB);
  if (split.broken.length) ignored.push(...split.broken.map((b) => b.split('=')[0] || '?'));
  const values = new Map<string, string>();
  for (const [k, v] of migrated.pairs) {
    if (META_KEYS.has(k)) continue;
    if (!BY_KEY.has(k)) ignored.push(k.slice(0, 24));
    else if (values.has(k)) ignored.push(k);
    else values.set(k, v);
  }
  for (const f of FIELDS) {
    const raw = values.get(f.key);
    if (raw === undefined) continue;
    const r = f.schema(draft).safeParse(f.read(raw));
    if (r.success) {
      f.set(draft, r.data);
      present.add(f.key);
    } else ignored.push(f.key);
  }
  ignored.push(...finish(draft));
  ignored.push(...lessonIgnored(draft));
  const hasState = split.pairs.length > 0 || split.broken.length > 0;
  return { draft, present, hasState, ignored: [...new Set(ignored)] };
}

/** Cross-key consistency the per-key schemas cannot see; returns the keys it corrected. */
function finish(d: Draft): string[] {
  const fixed: string[] = [];
  const e = d.explore;
  for (const k of Object.keys(e.selected) as (keyof typeof e.selected)[]) {
    const n = k === 'multiclass' ? e.classRows.length : e.rows[k].length;
    if (e.selected[k] > n - 1) e.selected[k] = n - 1;
  }
  const t = d.train;
  const twoD = t.points.some((p) => p.label !== undefined);
  const oneD = t.points.some((p) => p.label === undefined);
  if (twoD && oneD) {
    // Mixed 1-D and 2-D rows: the data go back to the preset's.
    d.train = { ...defaultDraft().train };
    fixed.push('td');
  } else if (twoD !== (t.model === 'mlp')) {
    t.model = twoD ? 'mlp' : 'linear';
    fixed.push('tm');
  }
  if (!trainLosses(d.train.model, d.train.points).includes(d.train.loss)) {
    d.train.loss = d.train.model === 'linear' ? 'mse' : 'bce';
    fixed.push('tl');
  }
  return fixed;
}
