import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deflate, toBase64Url } from '../state/url/pack';
import { readLandscapeH5, type H5Surface } from './h5Landscape';
import {
  H5_LINK_FORMAT,
  MAX_H5_LINK_CHARS,
  figureLandscape,
  h5Values,
  packH5Link,
  unpackH5Link,
} from './h5Link';
import { MAX_H5_STATE_VALUES, MAX_STATE_BYTES, type H5State } from './stateFile';

const fixture = (f: string) => {
  const b = readFileSync(new URL(`./fixtures/${f}`, import.meta.url));
  const r = readLandscapeH5(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength), f);
  if (!r.ok) throw new Error(r.error.code);
  return r.file;
};

/** A 2-D surface of n × n points with `k` fields of smooth values (as the tool writes). */
function grid(n: number, k: number, noise = 0): H5State {
  const axis = Array.from({ length: n }, (_, i) => -1 + (2 * i) / (n - 1));
  const names = ['train_loss', 'test_loss', 'train_acc', 'test_acc'].slice(0, k);
  let seed = 7;
  const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * noise;
  const fields = Object.fromEntries(
    names.map((name, f) => [
      name,
      Float32Array.from({ length: n * n }, (_, i) => {
        const x = axis[i % n];
        const y = axis[Math.floor(i / n)];
        // noise > 1: values of every magnitude (written 1.23456e-7), the worst case for the size
        if (noise > 1) return 10 ** ((-10 * rnd()) / noise) * rnd();
        return 0.1 * (f + 1) + x * x + 3 * y * y + rnd();
      }),
    ]),
  );
  const surface: H5Surface = {
    kind: 'surface',
    name: `grid${n}.h5`,
    x: axis,
    y: axis,
    fields,
    order: names,
    missing: Object.fromEntries(names.map((m) => [m, 0])),
  };
  return { surface, projection: null, directions: null };
}

const packed = async (text: string) =>
  H5_LINK_FORMAT + toBase64Url(await deflate(new TextEncoder().encode(text)));

describe('a landscape in a link (h5=)', () => {
  it('round-trips the fixture surface, its path and its PCA shares', async () => {
    const h: H5State = {
      surface: fixture('surface.h5') as H5Surface,
      projection: fixture('projection.h5') as H5State['projection'],
      directions: fixture('directions.h5') as H5State['directions'],
    };
    const r = await packH5Link(h);
    if (!r.ok) throw new Error(r.reason);
    expect(r.payload.startsWith(H5_LINK_FORMAT)).toBe(true);
    expect(r.payload).toMatch(/^[A-Za-z0-9_.-]+$/); // safe in a query string as it is
    const back = await unpackH5Link(r.payload);
    if (!back) throw new Error('not read back');
    expect(back.surface.name).toBe('surface.h5');
    expect(back.surface.order).toEqual(h.surface.order);
    expect(back.surface.x).toEqual(h.surface.x.map((v) => Number(v.toPrecision(6))));
    for (const k of h.surface.order)
      Array.from(back.surface.fields[k]).forEach((v, i) =>
        expect(v).toBeCloseTo(h.surface.fields[k][i], 5),
      );
    expect(back.projection?.x).toHaveLength(8);
    expect(back.directions?.explained[0]).toBeCloseTo(0.83, 6);
  });

  it('keeps gaps (points not computed) as gaps', async () => {
    const h = grid(5, 1);
    h.surface.fields.train_loss[7] = NaN;
    h.surface.missing.train_loss = 1;
    const r = await packH5Link(h);
    const back = r.ok ? await unpackH5Link(r.payload) : null;
    expect(back?.surface.fields.train_loss[7]).toBeNaN();
    expect(back?.surface.missing.train_loss).toBe(1);
  });

  it('carries the field a figure shows of a 101 × 101 surface with float32 noise', async () => {
    const h = grid(101, 4, 0.001);
    const all = await packH5Link(h);
    // All four fields would be ~180 K characters (measured): over the limit.
    expect(all.ok).toBe(false);
    const fig = figureLandscape(h, 'test_loss');
    expect(fig.surface.order).toEqual(['test_loss']);
    expect(figureLandscape(h, 'nope').surface.order).toEqual(['train_loss']);
    const r = await packH5Link(fig);
    if (!r.ok) throw new Error(r.reason);
    expect(r.payload.length).toBeLessThan(MAX_H5_LINK_CHARS / 2);
    const back = await unpackH5Link(r.payload);
    expect(back?.surface.fields.test_loss[5000]).toBeCloseTo(h.surface.fields.test_loss[5000], 5);
  });

  it('refuses more numbers than a state file carries, saying how many', async () => {
    const h = grid(107, 4); // 45,796 numbers
    expect(h5Values(h)).toBeGreaterThan(MAX_H5_STATE_VALUES);
    expect(await packH5Link(h)).toEqual({
      ok: false,
      reason: 'tooManyValues',
      size: 45_796,
      max: MAX_H5_STATE_VALUES,
    });
  });

  it('refuses a surface whose packed form is still too long, saying how long', async () => {
    // Random digits at random magnitudes defeat the compression: 210² = 44,100 numbers.
    const r = await packH5Link(grid(210, 1, 2));
    expect(r.ok).toBe(false);
    if (r.ok || r.reason !== 'tooLong') throw new Error('not refused as too long');
    expect(r.size).toBeGreaterThan(MAX_H5_LINK_CHARS);
    expect(r.max).toBe(MAX_H5_LINK_CHARS);
  });

  it('reads nothing from what is not a landscape link', async () => {
    const bomb = await packed(' '.repeat(MAX_STATE_BYTES + 10));
    expect(bomb.length).toBeLessThan(4000);
    for (const bad of [
      '',
      'j1.',
      'x1.abc',
      'j1.!!!',
      'j1.AAAA',
      await packed('not json'),
      await packed('{"surface": 3}'),
      await packed('<script>alert(1)</script>'),
      bomb,
      H5_LINK_FORMAT + 'A'.repeat(MAX_H5_LINK_CHARS),
    ])
      expect(await unpackH5Link(bad)).toBeNull();
  });
});
