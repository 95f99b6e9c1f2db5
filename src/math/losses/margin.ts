// Margin losses on a score f with labels y ∈ {−1, +1} ({0, 1} arrive mapped 0 → −1): functions
// of the margin m = y·f.
import { Y, YHAT, exp, le, mul, neg, relu, square, step, sub } from '../expr';
import { withFormulas } from './formula';

const M = mul(Y, YHAT);

export const hinge = withFormulas({
  id: 'hinge',
  family: 'margin',
  short: 'Hinge',
  yHatKind: 'score',
  yRule: 'sign',
  yHatRule: 'real',
  params: [],
  element: relu(sub(1, M)),
  differentiable: true,
  piecewiseLinear: true,
});

export const squaredHinge = withFormulas({
  id: 'squared_hinge',
  family: 'margin',
  short: 'Sq. hinge',
  yHatKind: 'score',
  yRule: 'sign',
  yHatRule: 'real',
  params: [],
  element: square(relu(sub(1, M))),
  differentiable: true,
});

export const exponential = withFormulas({
  id: 'exponential',
  family: 'margin',
  short: 'Exponential',
  yHatKind: 'score',
  yRule: 'sign',
  yHatRule: 'real',
  params: [],
  element: exp(neg(M)),
  differentiable: true,
});

export const zeroOne = withFormulas({
  id: 'zero_one',
  family: 'margin',
  short: '0-1',
  yHatKind: 'score',
  yRule: 'sign',
  yHatRule: 'real',
  params: [],
  // 1 − step(m), with step(0) = 0: a margin of exactly 0 counts as an error.
  element: sub(1, step(M)),
  // Written as the indicator 1[y·ŷ ≤ 0].
  display: le(M, 0),
  differentiable: false,
  piecewiseLinear: true,
});

export const MARGIN = [hinge, squaredHinge, exponential, zeroOne];
