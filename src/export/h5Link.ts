// An opened HDF5 landscape inside a link (issue 17.6): the one-figure embed `fig=h5` carries the
// surface, the projected path and the PCA shares in its query string, `h5=j1.<base64url>` — `j1`
// the format (the state file's `h5` JSON, deflate-raw, version 1), then that JSON's UTF-8 bytes
// deflated (CompressionStream, as Share packs a large hash: state/url/pack.ts) in base64url. It
// is read back through the state file's validation (readH5State), so a link can hold nothing a
// state file could not. Too much to carry is refused, with the numbers to say so, never cut.
// Pure: no store, no DOM.
import { deflate, fromBase64Url, inflate, toBase64Url } from '../state/url/pack';
import {
  MAX_H5_STATE_VALUES,
  MAX_STATE_BYTES,
  h5StateJson,
  readH5State,
  type H5State,
} from './stateFile';

export const H5_LINK_KEY = 'h5';
export const H5_LINK_FORMAT = 'j1.';
/** The longest payload a link carries (characters): iframe links far longer than this load
 *  slowly and some course sites cut them. Measured (h5Link.test.ts): one field of a 101×101
 *  surface with float32 noise in its digits is ~45 K; four such fields would be ~180 K, which is
 *  why a figure carries only the field it shows (figureLandscape). */
export const MAX_H5_LINK_CHARS = 128 * 1024;

export type H5LinkRefusal =
  /** More numbers than a state file carries (`size` numbers, `max` allowed). */
  | { reason: 'tooManyValues'; size: number; max: number }
  /** Packed, still longer than a link carries (`size` characters, `max` allowed). */
  | { reason: 'tooLong'; size: number; max: number }
  /** This browser has no compression streams. */
  | { reason: 'noStreams' };

export type H5LinkResult = { ok: true; payload: string } | ({ ok: false } & H5LinkRefusal);

const hasStreams = () =>
  typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';

/** The numbers a landscape holds over all its fields. */
export const h5Values = (h: H5State) =>
  h.surface.order.length * h.surface.x.length * (h.surface.y?.length ?? 1);

/** What a figure shows of a landscape: the one field on display (the first when it names none
 *  the surface has), the path and the PCA shares. */
export function figureLandscape(h: H5State, field: string): H5State {
  const s = h.surface;
  const k = s.order.includes(field) ? field : s.order[0];
  const surface = {
    ...s,
    order: [k],
    fields: { [k]: s.fields[k] },
    missing: { [k]: s.missing[k] },
  };
  return { ...h, surface };
}

/** The landscape as a link's `h5=` value, or why it cannot be one. */
export async function packH5Link(h: H5State): Promise<H5LinkResult> {
  const json = h5StateJson(h);
  if (!json)
    return { ok: false, reason: 'tooManyValues', size: h5Values(h), max: MAX_H5_STATE_VALUES };
  if (!hasStreams()) return { ok: false, reason: 'noStreams' };
  const bytes = await deflate(new TextEncoder().encode(JSON.stringify(json)));
  const payload = H5_LINK_FORMAT + toBase64Url(bytes);
  if (payload.length > MAX_H5_LINK_CHARS)
    return { ok: false, reason: 'tooLong', size: payload.length, max: MAX_H5_LINK_CHARS };
  return { ok: true, payload };
}

/** The landscape of a link's `h5=` value; null for anything that is not one (never throws). */
export async function unpackH5Link(payload: string): Promise<H5State | null> {
  if (!payload.startsWith(H5_LINK_FORMAT) || payload.length > MAX_H5_LINK_CHARS) return null;
  if (!hasStreams()) return null;
  const bytes = fromBase64Url(payload.slice(H5_LINK_FORMAT.length));
  if (!bytes) return null;
  const raw = await inflate(bytes, MAX_STATE_BYTES);
  if (!raw) return null;
  try {
    return readH5State(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw)));
  } catch {
    return null;
  }
}
