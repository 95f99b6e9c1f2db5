// The whole state as a JSON file, and reading one back. The file carries the URL state — the
// encoded hash with its schema version — so loading it is reading a link: the same per-key zod
// validation, migrations and defaults (decodeHash), the same notice naming what was ignored.
// What cannot be a state file at all (too big, not JSON, wrong shape) is refused as a whole,
// and the caller keeps the current state.
import { z } from 'zod/mini';
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

export function stateFileText(state: Draft, link?: string): string {
  const file = {
    format: STATE_FORMAT,
    version: URL_VERSION,
    hash: encodeHash(state),
    ...(link ? { link } : {}),
  };
  return JSON.stringify(file, null, 2) + '\n';
}

export type StateFileError = 'tooBig' | 'notJson' | 'wrongShape';
export type StateFileResult =
  { ok: true; decoded: Decoded } | { ok: false; reason: StateFileError };

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
  return { ok: true, decoded: decodeHash(parsed.data.hash) };
}
