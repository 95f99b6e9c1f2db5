// The surface's colour scale: viridis (perceptually uniform, colour-blind safe, readable in
// greyscale) over the transformed value, low loss dark.
import { interpolateViridis } from 'd3-scale-chromatic';
import { rgb } from 'd3-color';
import type { ValueTransform } from './surfaceGeometry';

export const OVERFLOW_RGB: [number, number, number] = [200, 200, 200];

export function colorFor(tr: ValueTransform): (v: number) => string {
  const [a, b] = [tr.f(tr.lo), tr.f(tr.hi)];
  return (v) =>
    Number.isFinite(v)
      ? interpolateViridis(b > a ? (tr.f(v) - a) / (b - a) : 0.5)
      : `rgb(${OVERFLOW_RGB.join(',')})`;
}

/** RGBA pixels of the grid, rows flipped so larger b is up. */
export function gridPixels(
  values: Float32Array,
  gw: number,
  gb: number,
  tr: ValueTransform,
): Uint8ClampedArray<ArrayBuffer> {
  const px = new Uint8ClampedArray(gw * gb * 4);
  // A 256-entry lookup table: one d3 colour per level, not per pixel.
  const lut = Array.from({ length: 256 }, (_, k) => rgb(interpolateViridis(k / 255)));
  const [a, b] = [tr.f(tr.lo), tr.f(tr.hi)];
  for (let i = 0; i < gb; i++) {
    for (let j = 0; j < gw; j++) {
      const v = values[i * gw + j];
      const o = ((gb - 1 - i) * gw + j) * 4;
      if (!Number.isFinite(v)) {
        [px[o], px[o + 1], px[o + 2]] = OVERFLOW_RGB;
      } else {
        const c =
          lut[
            Math.max(0, Math.min(255, Math.round(b > a ? ((tr.f(v) - a) / (b - a)) * 255 : 128)))
          ];
        [px[o], px[o + 1], px[o + 2]] = [c.r, c.g, c.b];
      }
      px[o + 3] = 255;
    }
  }
  return px;
}
