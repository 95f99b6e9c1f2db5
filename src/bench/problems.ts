// Deterministic benchmark problems: M data points and a G×G grid of (w, b), the same in every run
// and every engine. Regression losses get y = 2x + 0.5 + noise; bce_logits gets labels drawn from
// σ(2x + 0.5), so each surface has a minimum inside the grid.
import { mulberry32 } from '../math/random';

export type BenchLoss = 'huber' | 'bce_logits' | 'mse';

export interface BenchProblem {
  loss: BenchLoss;
  /** The model of the request: bce_logits on the linear model's score is logistic regression. */
  model: 'linear';
  x: number[];
  y: number[];
  w: number[];
  b: number[];
  /** The same data as Float32Array, for the plain loop and the closed form. */
  f32: { x: Float32Array; y: Float32Array; w: Float32Array; b: Float32Array };
}

const axis = (lo: number, hi: number, n: number) =>
  Array.from({ length: n }, (_, i) => lo + ((hi - lo) * i) / (n - 1));

const cache = new Map<string, BenchProblem>();

export function benchProblem(loss: BenchLoss, g: number, m: number): BenchProblem {
  const key = `${loss}/${g}/${m}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const r = mulberry32(1234 + m);
  const x: number[] = [];
  const y: number[] = [];
  for (let k = 0; k < m; k++) {
    // Rounded to float32 up front, so the plain loop and tfjs see the very same numbers.
    const xk = Math.fround(4 * r() - 2);
    const z = 2 * xk + 0.5;
    if (loss === 'bce_logits') y.push(r() < 1 / (1 + Math.exp(-z)) ? 1 : 0);
    else {
      // Box–Muller noise, with an outlier now and then (what Huber is for).
      const n = Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
      y.push(Math.fround(z + 0.5 * n + (r() < 0.05 ? 8 : 0)));
    }
    x.push(xk);
  }
  const w = axis(-1, 5, g).map(Math.fround);
  const b = axis(-3, 4, g).map(Math.fround);
  const p: BenchProblem = {
    loss,
    model: 'linear',
    x,
    y,
    w,
    b,
    f32: {
      x: Float32Array.from(x),
      y: Float32Array.from(y),
      w: Float32Array.from(w),
      b: Float32Array.from(b),
    },
  };
  cache.set(key, p);
  return p;
}
