// Losses between class distributions: rows are samples, columns classes.
import { Y, YHAT, clip, div, log, mul, named, neg, sub } from '../expr';
import { withFormulas } from './formula';
import { EPS } from './types';

export const cce = withFormulas({
  id: 'cce',
  family: 'multiclass',
  short: 'CCE',
  yHatKind: 'distribution',
  yRule: 'unit',
  // Keras's convention (DESIGN.md): any non-negative row is read as p = ŷ / rowsum(ŷ), so scores
  // above 1 are legal; negative entries and all-zero rows are errors (validate.ts).
  yHatRule: 'nonneg',
  params: [],
  // Rows of ŷ are renormalised first (as Keras does for probabilities), then clipped.
  element: neg(mul(Y, log(named('p', clip(YHAT, EPS, 1 - EPS))))),
  rowwise: { normalize: true },
  differentiable: true,
});

const YC = clip(Y, EPS, 1);
const PC = clip(YHAT, EPS, 1);
export const kl = withFormulas({
  id: 'kl',
  family: 'multiclass',
  short: 'KL',
  yHatKind: 'distribution',
  yRule: 'unit',
  yHatRule: 'unit',
  params: [],
  element: mul(YC, sub(log(YC), log(PC))),
  // The textbook ỹ log(ỹ/p), with the clipped values named.
  display: mul(named('\\tilde y', YC), log(div(named('\\tilde y', YC), named('p', PC)))),
  rowwise: { normalize: false },
  differentiable: true,
});

export const MULTICLASS = [cce, kl];
