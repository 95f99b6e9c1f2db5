// Quality measures beside the loss, computed from the model's predictions (plain arithmetic on
// numbers the math core returned): R² for regression, accuracy for classifiers.

/** Coefficient of determination 1 − SS_res / SS_tot (NaN with fewer than 2 points or constant y). */
export function rSquared(y: number[], yHat: number[]): number {
  if (y.length < 2) return NaN;
  const mean = y.reduce((a, v) => a + v, 0) / y.length;
  let res = 0;
  let tot = 0;
  for (let i = 0; i < y.length; i++) {
    res += (y[i] - yHat[i]) ** 2;
    tot += (y[i] - mean) ** 2;
  }
  return tot === 0 ? NaN : 1 - res / tot;
}

/** Share of points whose predicted class (p ≥ 0.5) equals the label (y ≥ 0.5). */
export function accuracy(y: number[], p: number[]): number {
  if (y.length === 0) return NaN;
  let hits = 0;
  for (let i = 0; i < y.length; i++) if (p[i] >= 0.5 === y[i] >= 0.5) hits++;
  return hits / y.length;
}

/**
 * The learning-rate stability limit of MSE on a linear model, penalty λw² included:
 * L = mean((wx + b − y)²) + λw² has the constant Hessian H = 2[[mean x² + λ, mean x], [mean x, 1]],
 * and gradient descent converges iff η < 2/λ_max (heavy-ball momentum β: η < 2(1 + β)/λ_max).
 */
export function stabilityLimit(x: number[], l2 = 0, momentum = 0): number {
  if (x.length === 0) return NaN;
  const mx = x.reduce((a, v) => a + v, 0) / x.length;
  const mxx = x.reduce((a, v) => a + v * v, 0) / x.length;
  const [a, b, d] = [2 * (mxx + l2), 2 * mx, 2];
  const lambdaMax = (a + d) / 2 + Math.sqrt(((a - d) / 2) ** 2 + b * b);
  return (2 * (1 + momentum)) / lambdaMax;
}

/** A round learning rate a little below `limit` (1, 2 or 5 × 10ᵏ). */
export function roundBelow(limit: number): number {
  const k = Math.floor(Math.log10(limit * 0.9));
  for (const m of [5, 2, 1])
    if (m * 10 ** k < limit * 0.9) return Number((m * 10 ** k).toPrecision(1));
  return Number((10 ** k).toPrecision(1));
}

/** A nice log interval: the smallest of 1, 2, 5 × 10ᵏ that is ≥ epochs / 10. */
export function logInterval(epochs: number): number {
  const target = Math.max(1, epochs / 10);
  const k = Math.floor(Math.log10(target));
  for (const m of [1, 2, 5, 10]) if (m * 10 ** k >= target) return m * 10 ** k;
  return 10 ** (k + 1);
}
