// Packed hashes (issue 18): a state whose plain hash grows long travels compressed inside the
// hash, `#/<tab>?z=d1.<base64url>` — `z` the one key, `d1` the format (deflate-raw, version 1),
// then the plain hash's UTF-8 bytes deflated (CompressionStream) in base64url. Packing is
// async (the streams are), so writers that must be synchronous (a flush at pagehide) write the
// plain hash, which the reader takes up to the same limit. Unpacking stops at MAX_STATE_CHARS
// of output, so a small link cannot expand into a huge one. Pure: no store, no DOM.
import { MAX_STATE_CHARS, splitHash } from './codec';

export const PACK_KEY = 'z';
export const PACK_FORMAT = 'd1.';
/** Plain hashes up to this length stay plain (readable, and as short as packed). */
export const PACK_OVER = 2000;

/** The packed payload of a hash (`z=d1.…` its only pair), or null for a plain hash. */
export function packedPayload(hash: string): string | null {
  const split = splitHash(hash);
  if (split.pairs.length !== 1 || split.broken.length) return null;
  const [k, v] = split.pairs[0];
  return k === PACK_KEY ? v : null;
}

/** A packed hash that stands for one that could not be unpacked: the reader refuses it whole. */
export const UNREADABLE_HASH = `#/?${PACK_KEY}=`;

export const isPacked = (hash: string): boolean => packedPayload(hash) !== null;

const hasStreams = () =>
  typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';

export function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(s: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(s)) return null;
  try {
    const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  } catch {
    return null;
  }
}

export async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Inflates at most `limit` bytes; null when the data are broken or expand past the limit. */
export async function inflate(bytes: Uint8Array, limit: number): Promise<Uint8Array | null> {
  try {
    const reader = new Blob([bytes as BlobPart])
      .stream()
      .pipeThrough(new DecompressionStream('deflate-raw'))
      .getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > limit) {
        void reader.cancel().catch(() => undefined);
        return null;
      }
      chunks.push(value);
    }
    const out = new Uint8Array(size);
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  } catch {
    return null;
  }
}

/**
 * The hash to hand out for a plain hash: itself while short (or where the browser has no
 * compression streams), else the packed form when that is shorter.
 */
export async function packHash(hash: string): Promise<string> {
  if (hash.length <= PACK_OVER || !hasStreams()) return hash;
  const path = splitHash(hash).path ?? '';
  const packed = `#/${path}?${PACK_KEY}=${PACK_FORMAT}${toBase64Url(await deflate(new TextEncoder().encode(hash)))}`;
  return packed.length < hash.length ? packed : hash;
}

export type Unpacked = { ok: true; hash: string } | { ok: false };

/** The plain hash of a packed one (a plain one is returned as it is); never throws. */
export async function unpackHash(hash: string): Promise<Unpacked> {
  const payload = packedPayload(hash);
  if (payload === null) return { ok: true, hash };
  if (!payload.startsWith(PACK_FORMAT) || hash.length > MAX_STATE_CHARS || !hasStreams())
    return { ok: false };
  const bytes = fromBase64Url(payload.slice(PACK_FORMAT.length));
  if (!bytes) return { ok: false };
  // UTF-8 of a hash: escapes are ASCII, so its byte count is its character count.
  const raw = await inflate(bytes, MAX_STATE_CHARS);
  if (!raw) return { ok: false };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    return { ok: false };
  }
  // A packed hash holds a plain one, never another packed one.
  if (!text.startsWith('#/') || isPacked(text)) return { ok: false };
  return { ok: true, hash: text };
}
