// Directions in parameter space for the landscape pictures of Li et al. (2018), "Visualizing the
// Loss Landscape of Neural Nets", §4: a Gaussian direction d is filter-normalised, each filter
// d_f replaced by d_f / ‖d_f‖ · ‖θ_f‖ (Frobenius norms), and its bias entries set to zero, so a
// step along d changes every filter in proportion to its own size and scale-invariance of ReLU
// nets does not distort the picture.
import { normal } from './gauss';
import { offsets, specSize, type NetDef } from './net';

/**
 * Calls fn(start, stride, count, size) for each filter of each weight: the entries with one index
 * on the last axis (one output channel of a conv kernel, one unit's incoming dense weights).
 */
export function forEachFilter(
  def: NetDef,
  fn: (indices: (i: number) => number, count: number, role: 'conv' | 'dense' | 'bias') => void,
): void {
  const offs = offsets(def);
  def.specs.forEach((s, k) => {
    const out = s.shape[s.shape.length - 1];
    if (s.role === 'bias') {
      fn((i) => offs[k] + i, specSize(s), 'bias');
      return;
    }
    const per = specSize(s) / out;
    for (let f = 0; f < out; f++) fn((i) => offs[k] + i * out + f, per, s.role);
  });
}

/** A seeded random filter-normalised direction for θ (biases zero). */
export function filterNormalizedDirection(
  def: NetDef,
  theta: Float32Array,
  seed: number,
): Float32Array {
  const gauss = normal(seed);
  const d = new Float32Array(theta.length);
  forEachFilter(def, (at, count, role) => {
    if (role === 'bias') return; // stays 0 (Li et al.: biases and batch-norm zeroed)
    let nd = 0;
    let nt = 0;
    for (let i = 0; i < count; i++) {
      const g = gauss();
      d[at(i)] = g;
      nd += g * g;
      nt += theta[at(i)] ** 2;
    }
    const scale = nd > 0 ? Math.sqrt(nt / nd) : 0;
    for (let i = 0; i < count; i++) d[at(i)] *= scale;
  });
  return d;
}

/** θ + a·d1 + b·d2 (d2 optional), as a new vector. */
export function offset(
  theta: Float32Array,
  d1: Float32Array,
  a: number,
  d2?: Float32Array,
  b = 0,
): Float32Array {
  const out = new Float32Array(theta.length);
  for (let i = 0; i < theta.length; i++) out[i] = theta[i] + a * d1[i] + (d2 ? b * d2[i] : 0);
  return out;
}
