// Pure helpers of the MLP's views (no DOM, no tfjs): the G×G grid of inputs on which the
// decision probability p = σ(z) is evaluated, its pixels (class 0 blue, 1 orange, white at
// p = 0.5, as the points' colours), the weight norm of θ, and the accuracy of probabilities.
import type { Domain } from './dataDomain';

export interface InputGrid {
  /** x₁ at each column and x₂ at each row (row-major, row 0 = lowest x₂). */
  x1: number[];
  x2: number[];
  /** [[x₁, x₂], …] in the order values come back: index i·G + j = (x1[j], x2[i]). */
  points: number[][];
}

export function inputGrid(domain: Domain, g: number): InputGrid {
  const ax = ([lo, hi]: [number, number]) =>
    Array.from({ length: g }, (_, k) => lo + ((hi - lo) * (k + 0.5)) / g);
  const x1 = ax(domain.x);
  const x2 = ax(domain.y);
  const points: number[][] = [];
  for (const b of x2) for (const a of x1) points.push([a, b]);
  return { x1, x2, points };
}

const CLASS0: [number, number, number] = [0, 114, 178]; // #0072b2
const CLASS1: [number, number, number] = [230, 159, 0]; // #e69f00

/** RGBA of p on a G×G grid (rows flipped so larger x₂ is up); more opaque as p leaves 0.5. */
export function decisionPixels(p: ArrayLike<number>, g: number): Uint8ClampedArray<ArrayBuffer> {
  const px = new Uint8ClampedArray(g * g * 4);
  for (let i = 0; i < g; i++) {
    for (let j = 0; j < g; j++) {
      const v = p[i * g + j];
      const o = ((g - 1 - i) * g + j) * 4;
      if (!Number.isFinite(v)) continue; // transparent
      const c = v >= 0.5 ? CLASS1 : CLASS0;
      [px[o], px[o + 1], px[o + 2]] = c;
      px[o + 3] = Math.round(Math.min(1, Math.abs(v - 0.5) * 2) * 150);
    }
  }
  return px;
}

/** ‖W‖₂ over the weights W1 (2×h) and W2 (h) of θ = [W1, b1, W2, b2]: biases excluded. */
export function weightNorm(theta: ArrayLike<number>, h: number): number {
  let s = 0;
  for (let k = 0; k < 2 * h; k++) s += theta[k] ** 2;
  for (let k = 3 * h; k < 4 * h; k++) s += theta[k] ** 2;
  return Math.sqrt(s);
}

/** Share of points whose p is on their label's side of 0.5 (p = 0.5 counts as class 0, as trainMlp's z > 0). */
export function accuracyOf(p: ArrayLike<number>, labels: number[], offset = 0): number {
  if (labels.length === 0) return NaN;
  let ok = 0;
  labels.forEach((y, k) => {
    if (p[offset + k] > 0.5 === y > 0.5) ok++;
  });
  return ok / labels.length;
}
