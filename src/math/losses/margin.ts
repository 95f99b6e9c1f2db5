// Margin losses on a score f with labels y ∈ {−1, +1} ({0, 1} arrive mapped 0 → −1): functions
// of the margin m = y·f.
import { Y, YHAT, exp, mul, neg, relu, square, step, sub } from '../expr';
import type { LossDef } from './types';

const M = mul(Y, YHAT);

export const hinge: LossDef = {
  id: 'hinge',
  family: 'margin',
  short: 'Hinge',
  latex: 'L = \\frac{1}{N}\\sum_{i=1}^{N} \\max(0,\\ 1 - y_i \\hat y_i)',
  pointLatex: '\\ell(f; y) = \\max(0,\\ 1 - y f)',
  yHatKind: 'score',
  yRule: 'sign',
  yHatRule: 'real',
  params: [],
  element: relu(sub(1, M)),
  differentiable: true,
  piecewiseLinear: true,
};

export const squaredHinge: LossDef = {
  id: 'squared_hinge',
  family: 'margin',
  short: 'Sq. hinge',
  latex: 'L = \\frac{1}{N}\\sum_{i=1}^{N} \\max(0,\\ 1 - y_i \\hat y_i)^2',
  pointLatex: '\\ell(f; y) = \\max(0,\\ 1 - y f)^2',
  yHatKind: 'score',
  yRule: 'sign',
  yHatRule: 'real',
  params: [],
  element: square(relu(sub(1, M))),
  differentiable: true,
};

export const exponential: LossDef = {
  id: 'exponential',
  family: 'margin',
  short: 'Exponential',
  latex: 'L = \\frac{1}{N}\\sum_{i=1}^{N} e^{-y_i \\hat y_i}',
  pointLatex: '\\ell(f; y) = e^{-y f}',
  yHatKind: 'score',
  yRule: 'sign',
  yHatRule: 'real',
  params: [],
  element: exp(neg(M)),
  differentiable: true,
};

export const zeroOne: LossDef = {
  id: 'zero_one',
  family: 'margin',
  short: '0-1',
  latex: 'L = \\frac{1}{N}\\sum_{i=1}^{N} \\mathbb{1}[\\,y_i \\hat y_i \\le 0\\,]',
  pointLatex: '\\ell(f; y) = \\mathbb{1}[\\,y f \\le 0\\,]',
  yHatKind: 'score',
  yRule: 'sign',
  yHatRule: 'real',
  params: [],
  // 1 − step(m), with step(0) = 0: a margin of exactly 0 counts as an error.
  element: sub(1, step(M)),
  differentiable: false,
  piecewiseLinear: true,
};

export const MARGIN = [hinge, squaredHinge, exponential, zeroOne];
