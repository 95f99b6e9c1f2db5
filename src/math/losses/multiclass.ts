// Losses between class distributions: rows are samples, columns classes.
import { Y, YHAT, clip, log, mul, neg, sub } from '../expr';
import { EPS, type LossDef } from './types';

export const cce: LossDef = {
  id: 'cce',
  family: 'multiclass',
  short: 'CCE',
  latex:
    'L = -\\frac{1}{N}\\sum_{i=1}^{N}\\sum_{k=1}^{K} y_{ik} \\log p_{ik},\\quad p_{ik} = \\operatorname{clip}\\Big(\\frac{\\hat y_{ik}}{\\sum_j \\hat y_{ij}}, \\varepsilon, 1 - \\varepsilon\\Big)',
  pointLatex: '\\ell(p; y) = -\\sum_{k=1}^{K} y_k \\log p_k',
  yHatKind: 'distribution',
  yRule: 'unit',
  // Keras's convention (DESIGN.md): any non-negative row is read as p = ŷ / rowsum(ŷ), so scores
  // above 1 are legal; negative entries and all-zero rows are errors (validate.ts).
  yHatRule: 'nonneg',
  params: [],
  // Rows of ŷ are renormalised first (as Keras does for probabilities), then clipped.
  element: neg(mul(Y, log(clip(YHAT, EPS, 1 - EPS)))),
  rowwise: { normalize: true },
  differentiable: true,
};

const YC = clip(Y, EPS, 1);
export const kl: LossDef = {
  id: 'kl',
  family: 'multiclass',
  short: 'KL',
  latex:
    'L = \\frac{1}{N}\\sum_{i=1}^{N}\\sum_{k=1}^{K} y_{ik} \\log\\frac{y_{ik}}{p_{ik}},\\quad y, p \\text{ clipped to } [\\varepsilon, 1]',
  pointLatex: '\\ell(p; y) = \\sum_{k=1}^{K} y_k \\log\\frac{y_k}{p_k}',
  yHatKind: 'distribution',
  yRule: 'unit',
  yHatRule: 'unit',
  params: [],
  element: mul(YC, sub(log(YC), log(clip(YHAT, EPS, 1)))),
  rowwise: { normalize: false },
  differentiable: true,
};

export const MULTICLASS = [cce, kl];
