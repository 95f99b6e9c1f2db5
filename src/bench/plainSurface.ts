// The benchmark's yardstick (DESIGN.md): a plain fused TypeScript loop over Float32Array. It is
// not an engine: every number the app shows comes from tfjs.
export function plainSurface(
  loss: 'huber' | 'bce_logits' | 'mse',
  x: Float32Array,
  y: Float32Array,
  w: Float32Array,
  b: Float32Array,
  delta = 1,
): Float32Array {
  const out = new Float32Array(w.length * b.length);
  const m = x.length;
  for (let i = 0; i < b.length; i++) {
    for (let j = 0; j < w.length; j++) {
      let s = 0;
      for (let k = 0; k < m; k++) {
        const z = w[j] * x[k] + b[i];
        if (loss === 'bce_logits') {
          s += Math.max(z, 0) - z * y[k] + Math.log1p(Math.exp(-Math.abs(z)));
        } else {
          const e = Math.abs(z - y[k]);
          s += loss === 'mse' ? e * e : e <= delta ? 0.5 * e * e : delta * (e - 0.5 * delta);
        }
      }
      out[i * w.length + j] = s / m;
    }
  }
  return out;
}
