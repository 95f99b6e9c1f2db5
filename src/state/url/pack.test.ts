import { describe, expect, it } from 'vitest';
import { MAX_STATE_CHARS } from './codec';
import { largestDraft } from './largest';
import { PACK_OVER, isPacked, packHash, unpackHash } from './pack';
import { decodeHash, defaultDraft, encodeHash } from './urlState';
import { stateFileText, readStateFile } from '../../export/stateFile';

const b64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

async function deflate(text: string): Promise<Uint8Array> {
  const s = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(s).arrayBuffer());
}

describe('the size limit and packed hashes (issue 18)', () => {
  const big = largestDraft();
  const plain = encodeHash(big);

  it('the largest legal state fits under the one limit with a margin of two', () => {
    expect(plain.length).toBeGreaterThan(100_000);
    expect(plain.length * 2).toBeLessThan(MAX_STATE_CHARS);
  });

  it('reads the largest state back bit for bit, plain and packed', async () => {
    const back = decodeHash(plain);
    expect(back.ignored).toEqual([]);
    expect(back.draft.train.points).toEqual(big.train.points);
    expect(back.draft.explore.classRows.map((r) => r.yHat)).toEqual(
      big.explore.classRows.map((r) => r.yHat),
    );
    const packed = await packHash(plain);
    expect(isPacked(packed)).toBe(true);
    expect(packed.length).toBeLessThan(plain.length);
    expect(packed.startsWith('#/train?z=d1.')).toBe(true);
    expect(await unpackHash(packed)).toEqual({ ok: true, hash: plain });
  });

  it('keeps a short hash plain', async () => {
    const h = encodeHash(defaultDraft('train'));
    expect(h.length).toBeLessThanOrEqual(PACK_OVER);
    expect(await packHash(h)).toBe(h);
    expect(await unpackHash(h)).toEqual({ ok: true, hash: h });
  });

  it('keeps 1.23456789 exact', () => {
    const d = defaultDraft('train');
    d.train = { ...d.train, optimizer: { ...d.train.optimizer, lr: 1.23456789e-3 } };
    d.train.points = d.train.points.map((p, i) => (i === 0 ? { ...p, x: 1.23456789 } : p));
    const back = decodeHash(encodeHash(d)).draft.train;
    expect(back.points[0].x).toBe(1.23456789);
    expect(back.optimizer.lr).toBe(1.23456789e-3);
  });

  it.each([
    ['an unknown format', '#/train?z=x9.AAAA'],
    ['broken base64', '#/train?z=d1.a*b!'],
    ['bytes that are not deflate', '#/train?z=d1.____________'],
  ])('refuses %s', async (_name, hash) => {
    expect(await unpackHash(hash)).toEqual({ ok: false });
    expect(decodeHash(hash).ignored).toEqual(['url']);
  });

  it('refuses a small link that expands past the limit (a deflate bomb)', async () => {
    const bomb = `#/train?z=d1.${b64url(await deflate('#/train?a=' + 'a'.repeat(MAX_STATE_CHARS)))}`;
    expect(bomb.length).toBeLessThan(2000);
    expect(await unpackHash(bomb)).toEqual({ ok: false });
  });

  it('refuses a packed hash that holds another packed hash, or no hash', async () => {
    const nested = `#/train?z=d1.${b64url(await deflate('#/train?z=d1.AAAA'))}`;
    expect(await unpackHash(nested)).toEqual({ ok: false });
    const notHash = `#/train?z=d1.${b64url(await deflate('hello'))}`;
    expect(await unpackHash(notHash)).toEqual({ ok: false });
  });

  it('a state file carries the largest state whole', () => {
    const r = readStateFile(stateFileText(big, 'https://example.org/' + plain));
    expect(r.ok && r.decoded.draft.train.points).toEqual(big.train.points);
  });
});
