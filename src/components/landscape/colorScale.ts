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

/** viridis at 256 levels as r, g, b bytes: one d3 colour per level, not per pixel. */
let viridisLut: Uint8Array | null = null;
function lut(): Uint8Array {
  if (viridisLut) return viridisLut;
  viridisLut = new Uint8Array(256 * 3);
  for (let k = 0; k < 256; k++) {
    const c = rgb(interpolateViridis(k / 255));
    viridisLut.set([c.r, c.g, c.b], k * 3);
  }
  return viridisLut;
}

/** RGBA pixels of the grid, rows flipped so larger b is up. */
export function gridPixels(
  values: Float32Array,
  gw: number,
  gb: number,
  tr: ValueTransform,
): Uint8ClampedArray<ArrayBuffer> {
  const px = new Uint8ClampedArray(gw * gb * 4);
  const table = lut();
  const [a, b] = [tr.f(tr.lo), tr.f(tr.hi)];
  const scale = b > a ? 255 / (b - a) : 0;
  for (let i = 0; i < gb; i++) {
    for (let j = 0; j < gw; j++) {
      const v = values[i * gw + j];
      const o = ((gb - 1 - i) * gw + j) * 4;
      if (!Number.isFinite(v)) {
        px[o] = OVERFLOW_RGB[0];
        px[o + 1] = OVERFLOW_RGB[1];
        px[o + 2] = OVERFLOW_RGB[2];
      } else {
        const k = scale ? Math.max(0, Math.min(255, Math.round((tr.f(v) - a) * scale))) : 128;
        px[o] = table[k * 3];
        px[o + 1] = table[k * 3 + 1];
        px[o + 2] = table[k * 3 + 2];
      }
      px[o + 3] = 255;
    }
  }
  return px;
}
