// Tiny 8×8 glyphs generated in code, for the image-classification demo: four classes of
// strokes, each drawn a few times with a one-pixel shift and a little seeded pixel noise, so the
// examples of a class differ but a linear softmax classifier can still separate them.
import { mulberry32 } from '../random';

export const GLYPH_SIZE = 8;
export const GLYPH_CLASSES = ['vertical', 'horizontal', 'diagonal', 'ring'] as const;
export type GlyphClass = (typeof GLYPH_CLASSES)[number];

export interface GlyphSet {
  /** N images, each 64 intensities in [0, 1], row-major. */
  images: number[][];
  /** The class index of each image. */
  labels: number[];
  classes: readonly GlyphClass[];
}

const S = GLYPH_SIZE;

function draw(cls: GlyphClass, dx: number, dy: number): number[] {
  const img = Array<number>(S * S).fill(0);
  const on = (r: number, c: number) => {
    const rr = r + dy;
    const cc = c + dx;
    if (rr >= 0 && rr < S && cc >= 0 && cc < S) img[rr * S + cc] = 1;
  };
  for (let i = 1; i < S - 1; i++) {
    if (cls === 'vertical') [3, 4].forEach((c) => on(i, c));
    if (cls === 'horizontal') [3, 4].forEach((r) => on(r, i));
    if (cls === 'diagonal') [0, 1].forEach((d) => on(i, Math.min(S - 1, i + d - 0)));
  }
  if (cls === 'ring')
    for (let r = 0; r < S; r++)
      for (let c = 0; c < S; c++) {
        const d = Math.hypot(r - 3.5, c - 3.5);
        if (d > 1.9 && d < 3.3) on(r, c);
      }
  return img;
}

const SHIFTS: [number, number][] = [
  [0, 0],
  [1, 0],
  [-1, 1],
  [0, -1],
];

/** `perClass` examples of each class (1–4), noise flips a pixel with probability `noise`. */
export function makeGlyphs(seed = 1, perClass = 3, noise = 0.06): GlyphSet {
  const rand = mulberry32(seed);
  const images: number[][] = [];
  const labels: number[] = [];
  const n = Math.max(1, Math.min(SHIFTS.length, Math.round(perClass)));
  GLYPH_CLASSES.forEach((cls, label) => {
    for (let i = 0; i < n; i++) {
      const [dx, dy] = SHIFTS[i];
      const img = draw(cls, dx, dy).map((v) => (rand() < noise ? 1 - v : v));
      images.push(img.map((v) => (v ? 0.75 + 0.25 * rand() : 0.15 * rand())));
      labels.push(label);
    }
  });
  return { images, labels, classes: GLYPH_CLASSES };
}
