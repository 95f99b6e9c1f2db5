// A benchmark yardstick, NOT an app engine and not the general path: the MSE surface of a linear
// model from its sufficient statistics. L(w, b) = mean((w·x + b − y)²) expands to the quadratic
//   w²·E[x²] + 2wb·E[x] + b² − 2w·E[xy] − 2b·E[y] + E[y²],
// so after one O(M) pass the surface costs O(G²), whatever M is. Only MSE (and only the linear
// model) has such a closed form; the benchmark labels its row "closed form (not the general path)".
export function mseClosedFormSurface(
  x: Float32Array,
  y: Float32Array,
  w: Float32Array,
  b: Float32Array,
): Float32Array {
  const m = x.length;
  let sx = 0;
  let sxx = 0;
  let sy = 0;
  let sxy = 0;
  let syy = 0;
  for (let k = 0; k < m; k++) {
    const xk = x[k];
    const yk = y[k];
    sx += xk;
    sxx += xk * xk;
    sy += yk;
    sxy += xk * yk;
    syy += yk * yk;
  }
  [sx, sxx, sy, sxy, syy] = [sx / m, sxx / m, sy / m, sxy / m, syy / m];
  const out = new Float32Array(w.length * b.length);
  for (let i = 0; i < b.length; i++) {
    const bi = b[i];
    // The part of L that depends on b alone, once per row.
    const rowConst = bi * bi - 2 * bi * sy + syy;
    for (let j = 0; j < w.length; j++) {
      const wj = w[j];
      out[i * w.length + j] = wj * (wj * sxx + 2 * bi * sx - 2 * sxy) + rowConst;
    }
  }
  return out;
}
