// Seeded data of the Applications tab: k-means point clouds and the segmentation scene (a 32×32
// image with one small object, so the foreground is rare: the class imbalance the weighted
// losses address). Plain numbers, reproducible from their seeds.
import { mulberry32 } from '../../math/random';
import type { Point2 } from '../../math';

export type KPresetId = 'blobs3' | 'blobs5' | 'uniform' | 'stretched';
export const K_PRESETS: readonly KPresetId[] = ['blobs3', 'blobs5', 'uniform', 'stretched'];
/** The k-means plane: both coordinates in [0, 10]. */
export const K_DOMAIN: [number, number] = [0, 10];

const clamp = (v: number) => Math.min(K_DOMAIN[1], Math.max(K_DOMAIN[0], v));
const round = (v: number) => Math.round(v * 1000) / 1000;

function gaussian(rand: () => number): number {
  // Box–Muller; 1 − u keeps log away from 0.
  return Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}

export function kPresetPoints(id: KPresetId, seed = 1): Point2[] {
  const rand = mulberry32(seed);
  const pt = (x: number, y: number): Point2 => [round(clamp(x)), round(clamp(y))];
  const blobs = (centres: Point2[], n: number, sd: number) =>
    centres.flatMap(([cx, cy]) =>
      Array.from({ length: n }, () => pt(cx + sd * gaussian(rand), cy + sd * gaussian(rand))),
    );
  switch (id) {
    case 'blobs3':
      return blobs(
        [
          [2.5, 7],
          [7.5, 7.5],
          [5, 2.5],
        ],
        20,
        0.8,
      );
    case 'blobs5':
      return blobs(
        [
          [2, 2],
          [2, 8],
          [8, 2],
          [8, 8],
          [5, 5],
        ],
        14,
        0.6,
      );
    case 'uniform':
      return Array.from({ length: 60 }, () => pt(0.5 + 9 * rand(), 0.5 + 9 * rand()));
    case 'stretched':
      // Two long parallel clusters: k-means (round clusters) cuts them across.
      return [3.5, 6.5].flatMap((cy) =>
        Array.from({ length: 30 }, () => pt(1 + 8 * rand(), cy + 0.35 * gaussian(rand))),
      );
  }
}

export const SEG_SIZE = 32;

export interface SegScene {
  /** Grey levels in [0, 1], row-major. */
  image: number[];
  /** Ground truth: 1 on the object. */
  mask: number[];
}

const OBJECT = { cx: 20.5, cy: 12.5, r: 5 };

/** A soft-lit background with noise and one bright round object; its mask. */
export function segScene(seed = 1): SegScene {
  const rand = mulberry32(seed);
  const image: number[] = [];
  const mask: number[] = [];
  for (let r = 0; r < SEG_SIZE; r++)
    for (let c = 0; c < SEG_SIZE; c++) {
      const inside = Math.hypot(c - OBJECT.cx, r - OBJECT.cy) <= OBJECT.r;
      mask.push(inside ? 1 : 0);
      const bg = 0.18 + 0.25 * (c / SEG_SIZE) * (1 - r / SEG_SIZE);
      image.push(Math.min(1, Math.max(0, (inside ? 0.85 : bg) + 0.08 * (rand() - 0.5))));
    }
  return { image, mask };
}

/**
 * A plausible first prediction: the object found but shifted and too large, with soft edges
 * (p = σ((r₀ − d) / 1.2), kept in [0.03, 0.97]).
 */
export function initialPrediction(): number[] {
  const out: number[] = [];
  for (let r = 0; r < SEG_SIZE; r++)
    for (let c = 0; c < SEG_SIZE; c++) {
      const d = Math.hypot(c - (OBJECT.cx - 2), r - (OBJECT.cy + 1.5));
      const p = 1 / (1 + Math.exp(-(OBJECT.r + 1 - d) / 1.2));
      out.push(Math.round(Math.min(0.97, Math.max(0.03, p)) * 1000) / 1000);
    }
  return out;
}

/** Paints probability `value` in a disc of `radius` pixels around (row, col). */
export function paint(prob: number[], row: number, col: number, radius: number, value: number) {
  const out = prob.slice();
  for (let r = Math.floor(row - radius); r <= row + radius; r++)
    for (let c = Math.floor(col - radius); c <= col + radius; c++)
      if (
        r >= 0 &&
        r < SEG_SIZE &&
        c >= 0 &&
        c < SEG_SIZE &&
        Math.hypot(r - row, c - col) <= radius
      )
        out[r * SEG_SIZE + c] = value;
  return out;
}
