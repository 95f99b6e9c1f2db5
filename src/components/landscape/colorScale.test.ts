// The surface's colour scale: viridis over the transformed value (dark = low loss), grey for
// overflow, and the canvas pixels with rows flipped so that larger b is up.
import { interpolateViridis } from 'd3-scale-chromatic';
import { rgb } from 'd3-color';
import { describe, expect, it } from 'vitest';
import { OVERFLOW_RGB, colorFor, gridPixels } from './colorScale';
import { valueTransform } from './surfaceGeometry';

const bytes = (css: string) => {
  const c = rgb(css);
  return [c.r, c.g, c.b];
};

describe('colorFor', () => {
  it('maps the lowest loss to viridis 0 (dark), the highest to viridis 1, linearly between', () => {
    const tr = valueTransform(new Float32Array([1, 2, 3, 5]));
    expect(tr.log).toBe(false);
    const color = colorFor(tr);
    expect(color(1)).toBe(interpolateViridis(0));
    expect(color(5)).toBe(interpolateViridis(1));
    // 3 is half-way from 1 to 5.
    expect(color(3)).toBe(interpolateViridis(0.5));
    // Low loss is darker than high loss (sum of channels).
    const sum = (s: string) => bytes(s).reduce((a, b) => a + b, 0);
    expect(sum(color(1))).toBeLessThan(sum(color(5)));
  });

  it('colours by the log of the distance above the minimum when the values span decades', () => {
    const tr = valueTransform(new Float32Array([0, 0.01, 1, 100, 10000]));
    expect(tr.log).toBe(true);
    const color = colorFor(tr);
    // On a linear scale 100 would sit at 1 % of the range; on the log scale it is far above.
    const t100 = (tr.f(100) - tr.f(0)) / (tr.f(10000) - tr.f(0));
    expect(t100).toBeGreaterThan(0.3);
    expect(color(100)).toBe(interpolateViridis(t100));
    expect(color(0)).toBe(interpolateViridis(0));
  });

  it('gives overflow (±∞, NaN) the grey overflow colour, never a viridis colour', () => {
    const color = colorFor(valueTransform(new Float32Array([0, 1])));
    for (const v of [Infinity, -Infinity, NaN]) expect(color(v)).toBe('rgb(200,200,200)');
    expect(OVERFLOW_RGB).toEqual([200, 200, 200]);
  });

  it('paints a flat surface (or one with no finite value) in the middle of the scale', () => {
    expect(colorFor(valueTransform(new Float32Array([4, 4, 4])))(4)).toBe(interpolateViridis(0.5));
    const none = valueTransform(new Float32Array([NaN, Infinity]));
    expect(colorFor(none)(0)).toBe(interpolateViridis(0.5));
  });
});

describe('gridPixels', () => {
  // A 3 × 2 grid (gw = 3 columns of w, gb = 2 rows of b): row 0 is b[0], the lowest b.
  const values = new Float32Array([1, 6, 11, 11, Infinity, 1]);
  const tr = valueTransform(values);
  const px = gridPixels(values, 3, 2, tr);
  it('uses a linear transform here (1…11 spans less than a decade above its minimum)', () => {
    expect(tr.log).toBe(false);
  });
  const at = (row: number, col: number) =>
    Array.from(px.slice((row * 3 + col) * 4, (row * 3 + col) * 4 + 4));

  it('returns opaque RGBA for each cell', () => {
    expect(px).toHaveLength(3 * 2 * 4);
    for (let k = 3; k < px.length; k += 4) expect(px[k]).toBe(255);
  });

  it('flips the rows: the grid row of the lowest b is the bottom pixel row', () => {
    // values[0..2] (b[0]) land on pixel row 1 (the bottom), values[3..5] on row 0 (the top).
    expect(at(1, 0).slice(0, 3)).toEqual(bytes(interpolateViridis(0)));
    expect(at(1, 2).slice(0, 3)).toEqual(bytes(interpolateViridis(1)));
    expect(at(0, 0).slice(0, 3)).toEqual(bytes(interpolateViridis(1)));
    expect(at(0, 2).slice(0, 3)).toEqual(bytes(interpolateViridis(0)));
  });

  it('quantises to the 256-level table (6 of 1…11 is level 128) and greys out overflow', () => {
    expect(at(1, 1).slice(0, 3)).toEqual(bytes(interpolateViridis(128 / 255)));
    expect(at(0, 1)).toEqual([...OVERFLOW_RGB, 255]);
  });

  it('paints a flat grid at the middle level, not at an end of the scale', () => {
    const flat = gridPixels(
      new Float32Array([2, 2]),
      2,
      1,
      valueTransform(new Float32Array([2, 2])),
    );
    expect(Array.from(flat.slice(0, 3))).toEqual(bytes(interpolateViridis(128 / 255)));
  });
});
