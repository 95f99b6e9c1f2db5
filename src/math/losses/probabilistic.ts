// Binary classification losses with y ∈ [0, 1] (focal: y ∈ {0, 1}) on a probability or a logit.
import {
  Y,
  YHAT,
  abs,
  add,
  clip,
  eq,
  exp,
  log,
  max,
  mul,
  named,
  neg,
  param,
  pow,
  sigmoid,
  softplus,
  sub,
  where,
  type Expr,
} from '../expr';
import { ALPHA, GAMMA } from './params';
import { withFormulas } from './formula';
import { EPS } from './types';

// p = clip(ŷ, ε, 1 − ε), named so that the formulas write p and define it beside them.
const P = named('p', clip(YHAT, EPS, 1 - EPS));
const oneMinus = (a: Expr) => sub(1, a);

export const bce = withFormulas({
  id: 'bce',
  family: 'probabilistic',
  short: 'BCE',
  yHatKind: 'probability',
  yRule: 'unit',
  yHatRule: 'unit',
  params: [],
  element: neg(add(mul(Y, log(P)), mul(oneMinus(Y), log(oneMinus(P))))),
  // From the logistic model's score z: softplus(z) − z·y (the bce_logits form below).
  scoreForm: sub(softplus(YHAT), mul(YHAT, Y)),
  differentiable: true,
});

export const bceLogits = withFormulas({
  id: 'bce_logits',
  family: 'probabilistic',
  short: 'BCE (logits)',
  yHatKind: 'score',
  yRule: 'unit',
  yHatRule: 'real',
  params: [],
  // max(z, 0) + log(1 + e^(−|z|)) is exactly softplus(z), written stably by tf.softplus, whose
  // autodiff gives σ(z) − y everywhere, z = 0 included.
  element: sub(softplus(YHAT), mul(YHAT, Y)),
  display: add(sub(max(YHAT, 0), mul(YHAT, Y)), log(add(1, exp(neg(abs(YHAT)))))),
  yHatSymbol: 'z',
  differentiable: true,
});

// p_t and α_t mix the two cases linearly; exact because focal's labels are 0 or 1.
// The formula writes them by cases on the label instead (display).
const mixByLabel = (ifOne: Expr, ifZero: Expr) => add(mul(Y, ifOne), mul(oneMinus(Y), ifZero));
const ALPHA_T = mixByLabel(param('alpha'), oneMinus(param('alpha')));
const PT = mixByLabel(P, oneMinus(P));
const byLabel = (symbol: string, ifOne: Expr) =>
  named(symbol, where(eq(Y, 1), ifOne, oneMinus(ifOne)));
const PT_CASES = byLabel('p_t', P);
const focalOf = (alphaT: Expr, oneMinusPt: Expr, logPt: Expr) =>
  neg(mul(mul(alphaT, pow(oneMinusPt, param('gamma'))), logPt));

export const focal = withFormulas({
  id: 'focal',
  family: 'probabilistic',
  short: 'Focal',
  yHatKind: 'probability',
  yRule: 'binary',
  yHatRule: 'unit',
  params: [GAMMA, ALPHA],
  element: focalOf(ALPHA_T, oneMinus(PT), log(PT)),
  display: focalOf(byLabel('\\alpha_t', param('alpha')), oneMinus(PT_CASES), log(PT_CASES)),
  // From the score z: log p = −softplus(−z), log(1 − p) = −softplus(z), 1 − p = σ(−z).
  scoreForm: focalOf(
    ALPHA_T,
    mixByLabel(sigmoid(neg(YHAT)), sigmoid(YHAT)),
    neg(mixByLabel(softplus(neg(YHAT)), softplus(YHAT))),
  ),
  differentiable: true,
});

export const PROBABILISTIC = [bce, bceLogits, focal];
