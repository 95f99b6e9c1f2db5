import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readLandscapeH5, type H5Surface } from './h5Landscape';

// Fixtures written by h5py in the layout of Li et al.'s loss-landscape tool
// (scripts/make-h5-fixtures.py).
const load = (f: string) => {
  const b = readFileSync(new URL(`./fixtures/${f}`, import.meta.url));
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
};
const read = (f: string) => readLandscapeH5(load(f), f);

describe('readLandscapeH5', () => {
  it('reads a 2-D surface into grid order, train_loss first', () => {
    const r = read('surface.h5');
    expect(r.ok).toBe(true);
    const s = (r as { file: H5Surface }).file;
    expect(s.kind).toBe('surface');
    expect(s.x).toHaveLength(11);
    expect(s.y).toHaveLength(6);
    expect(s.order).toEqual(['train_loss', 'test_loss', 'train_acc']);
    // values[i · nx + j] = f(x[j], y[i]); the fixture's loss is 0.1 + (x − 0.2)² + 4(y + 0.1)².
    const f = (x: number, y: number) => 0.1 + (x - 0.2) ** 2 + 4 * (y + 0.1) ** 2;
    for (const [i, j] of [
      [0, 0],
      [2, 7],
      [5, 10],
      [3, 4],
    ])
      expect(s.fields.train_loss[i * 11 + j]).toBeCloseTo(f(s.x[j], s.y![i]), 6);
    expect(s.fields.test_loss[3 * 11 + 4] - s.fields.train_loss[3 * 11 + 4]).toBeCloseTo(0.05, 6);
    expect(s.missing.train_loss).toBe(0);
  });

  it('reads a 1-D surface, a projected trajectory and PCA directions', () => {
    const line = read('surface1d.h5');
    expect(line.ok && line.file.kind === 'surface' && line.file.y).toBe(null);
    const p = read('projection.h5');
    expect(p.ok && p.file.kind === 'projection' && [p.file.x.length, p.file.x.at(-1)]).toEqual([
      8, 0,
    ]);
    const d = read('directions.h5');
    expect(d.ok && d.file.kind === 'directions' && d.file.explained).toEqual([0.83, 0.11]);
  });

  it('names what is missing, refuses what is not HDF5, and never throws', () => {
    const r = read('nothing.h5');
    expect(r).toMatchObject({ ok: false, error: { code: 'missing', found: ['weights'] } });
    const text = new TextEncoder().encode('x,y\n1,2\n');
    expect(readLandscapeH5(text.buffer, 'a.csv')).toMatchObject({
      ok: false,
      error: { code: 'notHdf5' },
    });
    // A truncated HDF5 file: the signature is right, the rest is gone.
    const cut = load('surface.h5').slice(0, 600);
    expect(readLandscapeH5(cut, 'cut.h5').ok).toBe(false);
    expect(readLandscapeH5(new ArrayBuffer(0), 'empty.h5').ok).toBe(false);
  });
});
