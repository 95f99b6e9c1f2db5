// Regression losses on a real-valued prediction ŷ; e = ŷ − y (DESIGN.md conventions table).
import { Y, YHAT, abs, add, log, max, min, mul, param, relu, softplus, square, sub } from '../expr';
import { DELTA, TAU } from './params';
import { EPS, type LossDef } from './types';

const E = sub(YHAT, Y);

export const mse: LossDef = {
  id: 'mse',
  family: 'regression',
  short: 'MSE',
  latex: 'L = \\frac{1}{N}\\sum_{i=1}^{N} (\\hat y_i - y_i)^2',
  pointLatex: '\\ell(\\hat y; y) = (\\hat y - y)^2',
  yHatKind: 'value',
  yRule: 'real',
  yHatRule: 'real',
  params: [],
  element: square(E),
  differentiable: true,
  quadratic: true,
};

export const mae: LossDef = {
  id: 'mae',
  family: 'regression',
  short: 'MAE',
  latex: 'L = \\frac{1}{N}\\sum_{i=1}^{N} \\lvert \\hat y_i - y_i \\rvert',
  pointLatex: '\\ell(\\hat y; y) = \\lvert \\hat y - y \\rvert',
  yHatKind: 'value',
  yRule: 'real',
  yHatRule: 'real',
  params: [],
  element: abs(E),
  differentiable: true,
  piecewiseLinear: true,
};

const q = min(abs(E), param('delta'));
export const huber: LossDef = {
  id: 'huber',
  family: 'regression',
  short: 'Huber',
  latex:
    'L = \\frac{1}{N}\\sum_{i=1}^{N} \\begin{cases} \\tfrac12 e_i^2 & \\lvert e_i\\rvert \\le \\delta \\\\ \\delta\\,(\\lvert e_i\\rvert - \\tfrac12\\delta) & \\text{otherwise} \\end{cases},\\quad e_i = \\hat y_i - y_i',
  pointLatex:
    '\\ell = \\begin{cases} \\tfrac12 e^2 & \\lvert e\\rvert \\le \\delta \\\\ \\delta\\,(\\lvert e\\rvert - \\tfrac12\\delta) & \\text{otherwise} \\end{cases}',
  yHatKind: 'value',
  yRule: 'real',
  yHatRule: 'real',
  params: [DELTA],
  // q = min(|e|, δ): ½q² + δ(|e| − q), the comparison-free form of tfjs's huberLoss.
  element: add(mul(0.5, square(q)), mul(param('delta'), sub(abs(E), q))),
  differentiable: true,
};

export const logcosh: LossDef = {
  id: 'logcosh',
  family: 'regression',
  short: 'Log-cosh',
  latex: 'L = \\frac{1}{N}\\sum_{i=1}^{N} \\log\\cosh(\\hat y_i - y_i)',
  pointLatex: '\\ell(\\hat y; y) = \\log\\cosh(\\hat y - y)',
  yHatKind: 'value',
  yRule: 'real',
  yHatRule: 'real',
  params: [],
  // log cosh e = |e| + log(1 + e^(−2|e|)) − ln 2 = |e| + softplus(−2|e|) − ln 2: cosh overflows
  // float32 beyond |e| ≈ 89, this form never does. For |e| below ~1e-7 the float32 sum
  // cancels to ±6e-8 (an ulp of ln 2) where the true value is e²/2 ≈ 0: relu keeps it ≥ 0, at
  // the price of a zero instead of a ~1e-7 derivative there.
  element: relu(sub(add(abs(E), softplus(mul(-2, abs(E)))), Math.LN2)),
  differentiable: true,
};

const R = sub(Y, YHAT);
export const quantile: LossDef = {
  id: 'quantile',
  family: 'regression',
  short: 'Quantile',
  latex:
    'L = \\frac{1}{N}\\sum_{i=1}^{N} \\max\\big(\\tau (y_i - \\hat y_i),\\ (\\tau - 1)(y_i - \\hat y_i)\\big)',
  pointLatex:
    '\\ell(\\hat y; y) = \\max\\big(\\tau (y - \\hat y),\\ (\\tau - 1)(y - \\hat y)\\big)',
  yHatKind: 'value',
  yRule: 'real',
  yHatRule: 'real',
  params: [TAU],
  element: max(mul(param('tau'), R), mul(sub(param('tau'), 1), R)),
  differentiable: true,
  piecewiseLinear: true,
};

export const poisson: LossDef = {
  id: 'poisson',
  family: 'regression',
  short: 'Poisson',
  latex:
    'L = \\frac{1}{N}\\sum_{i=1}^{N} \\big(\\hat y_i - y_i \\log(\\hat y_i + \\varepsilon)\\big)',
  pointLatex: '\\ell(\\hat y; y) = \\hat y - y \\log(\\hat y + \\varepsilon)',
  yHatKind: 'value',
  yRule: 'nonneg',
  yHatRule: 'nonneg',
  params: [],
  element: sub(YHAT, mul(Y, log(add(YHAT, EPS)))),
  differentiable: true,
};

export const REGRESSION = [mse, mae, huber, logcosh, quantile, poisson];
