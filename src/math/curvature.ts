// Curvature of a 1-D model's loss over θ = (w, b), for "why a learning rate diverges": gradient
// descent on a quadratic converges iff η < 2/λ_max, heavy-ball momentum iff η < 2(1 + β)/λ_max
// (Polyak, 1964; Goh, "Why Momentum Really Works", Distill 2017). The Hessian comes from
// central differences of tfjs gradients, (∇L(θ + hv) − ∇L(θ − hv)) / 2h (nested tf.grad fails
// for sigmoid, tanh, exp), and λ_max from power iteration on those Hessian-vector products.
import * as tf from '@tensorflow/tfjs-core';
import './tf';
import { LossInputError } from './errors';
import { prepareProblem, type ModelProblem, type PreparedProblem } from './models';
import { modelLoss } from './surface';
import { checkNumber } from './validate';

export interface CurvatureRequest extends ModelProblem {
  at: { w: number; b: number };
}

export interface Curvature {
  /** ∂L/∂w, ∂L/∂b at the point. */
  gradient: [number, number];
  /** The symmetrised Hessian [[Lww, Lwb], [Lwb, Lbb]]. */
  hessian: [[number, number], [number, number]];
  /** Eigenvalues, largest first. */
  eigenvalues: [number, number];
  /** λ_max by power iteration on Hessian-vector products (agrees with eigenvalues[0]). */
  lambdaMax: number;
  /** λ_max / λ_min where both are positive, else Infinity. */
  condition: number;
  /** True when the loss is quadratic in (w, b) (mse on the linear model): the limit is exact. */
  exact: boolean;
  /** null when the loss is piecewise linear (no curvature to speak of), with the reason. */
  notApplicable: null | 'piecewise-linear' | 'not-convex-here';
}

function gradientAt(
  p: PreparedProblem,
  x: tf.Tensor,
  y: tf.Tensor,
  w: number,
  b: number,
): [number, number] {
  const g = tf.tidy(() => {
    const f = (wt: tf.Tensor, bt: tf.Tensor) => modelLoss(p, wt, bt, x, y) as tf.Scalar;
    const [gw, gb] = tf.grads(f)([tf.scalar(w), tf.scalar(b)]);
    return tf.stack([gw, gb]);
  });
  try {
    const d = g.dataSync();
    return [d[0], d[1]];
  } finally {
    g.dispose();
  }
}

/** Eigenvalues of a symmetric 2×2 matrix, largest first. */
export function eig2(h: [[number, number], [number, number]]): [number, number] {
  const [[a, c], [, d]] = h;
  const mid = (a + d) / 2;
  const r = Math.hypot((a - d) / 2, c);
  return [mid + r, mid - r];
}

/**
 * Gradient, Hessian, its eigenvalues, and λ_max by power iteration, of the model's loss at
 * (w, b). Throws LossInputError for invalid input.
 */
export function curvature(req: CurvatureRequest): Curvature {
  const p = prepareProblem(req);
  const w = checkNumber('at.w', req.at?.w);
  const b = checkNumber('at.b', req.at?.b);
  if (!p.def.differentiable) throw new LossInputError('loss', `${p.def.id} has no gradient`);
  const x = tf.tensor1d(p.x);
  const y = tf.tensor1d(p.y);
  try {
    // Step relative to the point's scale: central differences are O(h²) accurate, and exact for
    // a quadratic loss.
    const h = 1e-3 * Math.max(1, Math.abs(w), Math.abs(b));
    const hvp = (v: [number, number]): [number, number] => {
      const up = gradientAt(p, x, y, w + h * v[0], b + h * v[1]);
      const dn = gradientAt(p, x, y, w - h * v[0], b - h * v[1]);
      return [(up[0] - dn[0]) / (2 * h), (up[1] - dn[1]) / (2 * h)];
    };
    const col0 = hvp([1, 0]);
    const col1 = hvp([0, 1]);
    const off = (col0[1] + col1[0]) / 2;
    const hessian: Curvature['hessian'] = [
      [col0[0], off],
      [off, col1[1]],
    ];
    const eigenvalues = eig2(hessian);
    let v: [number, number] = [1, 0.5];
    let lambdaMax = 0;
    for (let k = 0; k < 30; k++) {
      const hv = hvp(v);
      const norm = Math.hypot(hv[0], hv[1]);
      if (!(norm > 0)) break;
      const next: [number, number] = [hv[0] / norm, hv[1] / norm];
      lambdaMax = hv[0] * v[0] + hv[1] * v[1]; // Rayleigh quotient (v has unit norm after k = 0)
      if (k > 0 && Math.hypot(next[0] - v[0], next[1] - v[1]) < 1e-5) break;
      v = next;
    }
    const [l1, l2] = eigenvalues;
    return {
      gradient: gradientAt(p, x, y, w, b),
      hessian,
      eigenvalues,
      lambdaMax: Math.abs(lambdaMax - l1) < 1e-3 * Math.max(1, Math.abs(l1)) ? lambdaMax : l1,
      condition: l1 > 0 && l2 > 0 ? l1 / l2 : Infinity,
      exact: p.def.id === 'mse' && req.model === 'linear',
      notApplicable: p.def.piecewiseLinear
        ? 'piecewise-linear'
        : l1 <= 0
          ? 'not-convex-here'
          : null,
    };
  } finally {
    tf.dispose([x, y]);
  }
}

/**
 * The largest stable learning rate on a quadratic with top eigenvalue λ: 2/λ for plain gradient
 * descent, 2(1 + β)/λ for heavy-ball momentum (tfjs's momentum v ← βv + g, θ ← θ − ηv is the
 * heavy ball). Adaptive optimizers rescale per coordinate: no single limit (null).
 */
export function stabilityLimit(
  lambdaMax: number,
  optimizer: { name: string; momentum?: number },
): number | null {
  if (!(lambdaMax > 0)) return null;
  if (optimizer.name === 'sgd') return 2 / lambdaMax;
  if (optimizer.name === 'momentum') return (2 * (1 + (optimizer.momentum ?? 0.9))) / lambdaMax;
  return null;
}
