// Regression losses on a real-valued prediction ŷ; e = ŷ − y (DESIGN.md conventions table).
import {
  Y,
  YHAT,
  abs,
  add,
  cosh,
  div,
  le,
  log,
  max,
  min,
  mul,
  named,
  param,
  relu,
  softplus,
  square,
  sub,
  where,
} from '../expr';
import { DELTA, TAU } from './params';
import { withFormulas } from './formula';
import { EPS } from './types';

const E = sub(YHAT, Y);

export const mse = withFormulas({
  id: 'mse',
  family: 'regression',
  short: 'MSE',
  yHatKind: 'value',
  yRule: 'real',
  yHatRule: 'real',
  params: [],
  element: square(E),
  differentiable: true,
  quadratic: true,
});

export const mae = withFormulas({
  id: 'mae',
  family: 'regression',
  short: 'MAE',
  yHatKind: 'value',
  yRule: 'real',
  yHatRule: 'real',
  params: [],
  element: abs(E),
  differentiable: true,
  piecewiseLinear: true,
});

const q = min(abs(E), param('delta'));
const e = named('e', E);
const half = div(1, 2);
export const huber = withFormulas({
  id: 'huber',
  family: 'regression',
  short: 'Huber',
  yHatKind: 'value',
  yRule: 'real',
  yHatRule: 'real',
  params: [DELTA],
  // q = min(|e|, δ): ½q² + δ(|e| − q), the comparison-free form of tfjs's huberLoss.
  element: add(mul(0.5, square(q)), mul(param('delta'), sub(abs(E), q))),
  display: where(
    le(abs(e), param('delta')),
    mul(half, square(e)),
    mul(param('delta'), sub(abs(e), mul(half, param('delta')))),
  ),
  differentiable: true,
});

export const logcosh = withFormulas({
  id: 'logcosh',
  family: 'regression',
  short: 'Log-cosh',
  yHatKind: 'value',
  yRule: 'real',
  yHatRule: 'real',
  params: [],
  // log cosh e = |e| + log(1 + e^(−2|e|)) − ln 2 = |e| + softplus(−2|e|) − ln 2: cosh overflows
  // float32 beyond |e| ≈ 89, this form never does. For |e| below ~1e-7 the float32 sum
  // cancels to ±6e-8 (an ulp of ln 2) where the true value is e²/2 ≈ 0: relu keeps it ≥ 0, at
  // the price of a zero instead of a ~1e-7 derivative there.
  element: relu(sub(add(abs(E), softplus(mul(-2, abs(E)))), Math.LN2)),
  display: log(cosh(E)),
  differentiable: true,
});

const R = sub(Y, YHAT);
export const quantile = withFormulas({
  id: 'quantile',
  family: 'regression',
  short: 'Quantile',
  yHatKind: 'value',
  yRule: 'real',
  yHatRule: 'real',
  params: [TAU],
  element: max(mul(param('tau'), R), mul(sub(param('tau'), 1), R)),
  differentiable: true,
  piecewiseLinear: true,
});

export const poisson = withFormulas({
  id: 'poisson',
  family: 'regression',
  short: 'Poisson',
  yHatKind: 'value',
  yRule: 'nonneg',
  yHatRule: 'nonneg',
  params: [],
  element: sub(YHAT, mul(Y, log(add(YHAT, EPS)))),
  differentiable: true,
});

export const REGRESSION = [mse, mae, huber, logcosh, quantile, poisson];
