// The whole state as a JSON file, and reading one back. The file carries the URL state — the
// encoded hash with its schema version — so loading it is reading a link: the same per-key zod
// validation, migrations and defaults (decodeHash), the same notice naming what was ignored.
// What cannot be a state file at all (too big, not JSON, wrong shape) is refused as a whole,
// and the caller keeps the current state.
import { z } from 'zod/mini';
import type { H5Directions, H5Projection, H5Surface } from '../state/applications/h5Types';
import { MAX_STATE_CHARS } from '../state/url/codec';
import {
  URL_VERSION,
  decodeHash,
  encodeHash,
  type Decoded,
  type Draft,
} from '../state/url/urlState';

export const STATE_FORMAT = 'losscape-state';
/** Larger files are refused unread. */
export const MAX_STATE_BYTES = 1024 * 1024;

const StateFile = z.object({
  format: z.literal(STATE_FORMAT),
  version: z.int().check(z.gte(0)),
  hash: z.string().check(z.maxLength(MAX_STATE_CHARS), z.regex(/^#/)),
});

export function stateFileText(state: Draft, link?: string, h5?: H5StateJson): string {
  const file = {
    format: STATE_FORMAT,
    version: URL_VERSION,
    hash: encodeHash(state),
    ...(link ? { link } : {}),
    ...(h5 ? { h5 } : {}),
  };
  return JSON.stringify(file, null, 2) + '\n';
}

export type StateFileError = 'tooBig' | 'notJson' | 'wrongShape';
export type StateFileResult =
  { ok: true; decoded: Decoded; h5?: H5State } | { ok: false; reason: StateFileError };

/** `size`: the file's size in bytes, checked before its text is read. */
export function checkStateSize(size: number): StateFileError | null {
  return size > MAX_STATE_BYTES ? 'tooBig' : null;
}

export function readStateFile(text: string): StateFileResult {
  if (text.length > MAX_STATE_BYTES) return { ok: false, reason: 'tooBig' };
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, reason: 'notJson' };
  }
  const parsed = StateFile.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: 'wrongShape' };
  const h5 = readH5State((raw as { h5?: unknown }).h5);
  return { ok: true, decoded: decodeHash(parsed.data.hash), ...(h5 ? { h5 } : {}) };
}

// ---- A landscape opened from HDF5 (Applications → "Open a landscape file") -----------------
// It is data, not a setting, so it never enters the URL; a state file carries it when it is
// small: at most MAX_H5_STATE_VALUES numbers over all its fields (a 101×101 surface with
// train_loss, test_loss, train_acc and test_acc is ~41,000), written with 6 significant digits
// (~10 characters each, so well under MAX_STATE_BYTES). NaN (a point not computed) is null.

export const MAX_H5_STATE_VALUES = 45_000;

export interface H5State {
  surface: H5Surface;
  projection: H5Projection | null;
  directions: H5Directions | null;
}

const num = (v: number) => Number(v.toPrecision(6));
const finite = z.number().check(z.refine(Number.isFinite));
const axis = z.array(finite).check(z.minLength(2), z.maxLength(1001));
const H5Json = z.object({
  surface: z.object({
    name: z.string().check(z.maxLength(200)),
    x: axis,
    y: z.nullable(axis),
    fields: z.record(z.string().check(z.regex(/^\w{1,40}$/)), z.array(z.nullable(finite))),
  }),
  projection: z.nullable(
    z.object({ name: z.string().check(z.maxLength(200)), x: z.array(finite), y: z.array(finite) }),
  ),
  directions: z.nullable(
    z.object({
      name: z.string().check(z.maxLength(200)),
      explained: z.array(finite).check(z.minLength(2)),
    }),
  ),
});
export type H5StateJson = z.infer<typeof H5Json>;

/** The landscape as JSON for a state file, or null when it is too big to carry. */
export function h5StateJson(h: H5State): H5StateJson | null {
  const s = h.surface;
  const total = s.order.length * s.x.length * (s.y?.length ?? 1);
  if (total > MAX_H5_STATE_VALUES) return null;
  const fields: Record<string, (number | null)[]> = {};
  for (const k of s.order)
    fields[k] = Array.from(s.fields[k], (v) => (Number.isNaN(v) ? null : num(v)));
  return {
    surface: { name: s.name, x: s.x.map(num), y: s.y?.map(num) ?? null, fields },
    projection: h.projection
      ? { name: h.projection.name, x: h.projection.x.map(num), y: h.projection.y.map(num) }
      : null,
    directions: h.directions
      ? { name: h.directions.name, explained: h.directions.explained.map(num) }
      : null,
  };
}

/** Validates a state file's `h5` part; anything malformed is dropped (null), never half-read. */
export function readH5State(raw: unknown): H5State | null {
  if (raw === undefined) return null;
  const p = H5Json.safeParse(raw);
  if (!p.success) return null;
  const { surface: js, projection, directions } = p.data;
  const n = js.x.length * (js.y?.length ?? 1);
  const order = Object.keys(js.fields);
  if (order.length === 0 || order.some((k) => js.fields[k].length !== n)) return null;
  if (projection && projection.x.length !== projection.y.length) return null;
  const fields: Record<string, Float32Array> = {};
  const missing: Record<string, number> = {};
  for (const k of order) {
    fields[k] = Float32Array.from(js.fields[k], (v) => v ?? NaN);
    missing[k] = js.fields[k].filter((v) => v === null).length;
  }
  return {
    surface: { kind: 'surface', name: js.name, x: js.x, y: js.y, fields, order, missing },
    projection: projection ? { kind: 'projection', ...projection } : null,
    directions: directions ? { kind: 'directions', ...directions } : null,
  };
}
