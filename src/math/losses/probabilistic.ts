// Binary classification losses with y ∈ [0, 1] (focal: y ∈ {0, 1}) on a probability or a logit.
import { Y, YHAT, add, clip, log, mul, neg, param, pow, sigmoid, softplus, sub } from '../expr';
import { ALPHA, GAMMA } from './params';
import { EPS, type LossDef } from './types';

const P = clip(YHAT, EPS, 1 - EPS);
const oneMinus = (a: Parameters<typeof sub>[1]) => sub(1, a);

export const bce: LossDef = {
  id: 'bce',
  family: 'probabilistic',
  short: 'BCE',
  latex:
    'L = -\\frac{1}{N}\\sum_{i=1}^{N} \\big(y_i \\log p_i + (1 - y_i)\\log(1 - p_i)\\big),\\quad p_i = \\operatorname{clip}(\\hat y_i, \\varepsilon, 1 - \\varepsilon)',
  pointLatex: '\\ell(p; y) = -\\big(y \\log p + (1 - y)\\log(1 - p)\\big)',
  yHatKind: 'probability',
  yRule: 'unit',
  yHatRule: 'unit',
  params: [],
  element: neg(add(mul(Y, log(P)), mul(oneMinus(Y), log(oneMinus(P))))),
  // From the logistic model's score z: softplus(z) − z·y (the bce_logits form below).
  scoreForm: sub(softplus(YHAT), mul(YHAT, Y)),
  differentiable: true,
};

export const bceLogits: LossDef = {
  id: 'bce_logits',
  family: 'probabilistic',
  short: 'BCE (logits)',
  latex:
    'L = \\frac{1}{N}\\sum_{i=1}^{N} \\big(\\max(z_i, 0) - z_i y_i + \\log(1 + e^{-\\lvert z_i\\rvert})\\big)',
  pointLatex: '\\ell(z; y) = \\max(z, 0) - z y + \\log(1 + e^{-\\lvert z\\rvert})',
  yHatKind: 'score',
  yRule: 'unit',
  yHatRule: 'real',
  params: [],
  // max(z, 0) + log(1 + e^(−|z|)) is exactly softplus(z), written stably by tf.softplus, whose
  // autodiff gives σ(z) − y everywhere, z = 0 included.
  element: sub(softplus(YHAT), mul(YHAT, Y)),
  differentiable: true,
};

// p_t and α_t mix the two cases linearly; exact because focal's labels are 0 or 1.
const mixByLabel = (ifOne: Parameters<typeof add>[0], ifZero: Parameters<typeof add>[0]) =>
  add(mul(Y, ifOne), mul(oneMinus(Y), ifZero));
const ALPHA_T = mixByLabel(param('alpha'), oneMinus(param('alpha')));
const PT = mixByLabel(P, oneMinus(P));
const focalOf = (oneMinusPt: Parameters<typeof add>[0], logPt: Parameters<typeof add>[0]) =>
  neg(mul(mul(ALPHA_T, pow(oneMinusPt, param('gamma'))), logPt));

export const focal: LossDef = {
  id: 'focal',
  family: 'probabilistic',
  short: 'Focal',
  latex:
    'L = -\\frac{1}{N}\\sum_{i=1}^{N} \\alpha_t (1 - p_t)^{\\gamma} \\log p_t,\\quad p_t = \\begin{cases} p & y = 1 \\\\ 1 - p & y = 0 \\end{cases}',
  pointLatex: '\\ell(p; y) = -\\alpha_t (1 - p_t)^{\\gamma} \\log p_t',
  yHatKind: 'probability',
  yRule: 'binary',
  yHatRule: 'unit',
  params: [GAMMA, ALPHA],
  element: focalOf(oneMinus(PT), log(PT)),
  // From the score z: log p = −softplus(−z), log(1 − p) = −softplus(z), 1 − p = σ(−z).
  scoreForm: focalOf(
    mixByLabel(sigmoid(neg(YHAT)), sigmoid(YHAT)),
    neg(mixByLabel(softplus(neg(YHAT)), softplus(YHAT))),
  ),
  differentiable: true,
};

export const PROBABILISTIC = [bce, bceLogits, focal];
