// The two 1-D models of the API: both compute a score z = w·x + b. The loss of a model is the
// loss's expression with ŷ replaced by what the model predicts (DESIGN.md): the logistic model
// gives probability losses p = σ(z) in log-sigmoid form (scoreForm), score losses z itself, and
// value losses p = σ(z); the linear model gives ŷ = z.
import { LossInputError } from './errors';
import { YHAT, sigmoid, substitute, type Expr } from './expr';
import { getLoss, resolveParams } from './losses/registry';
import type { LossDef, LossId, LossParams } from './losses/types';
import { checkLabels, checkNumber, mapLabels, shapeOf } from './validate';

export type ModelKind = 'linear' | 'logistic';

export interface Regularization {
  /** λ of λ·Σ|w| (weights only, never biases: Keras's kernel_regularizer convention). */
  l1?: number;
  /** λ of λ·Σw². */
  l2?: number;
}

export interface ModelProblem {
  model: ModelKind;
  x: number[];
  y: number[];
  loss: LossId;
  params?: LossParams;
  regularization?: Regularization;
}

export interface PreparedProblem {
  def: LossDef;
  /** Per-element loss in terms of the score z (leaf 'yhat'). */
  element: Expr;
  params: Record<string, number>;
  x: number[];
  /** Labels as the loss reads them (margin losses: 0 → −1). */
  y: number[];
  l1: number;
  l2: number;
}

export function modelElement(def: LossDef, model: ModelKind): Expr {
  if (def.rowwise)
    throw new LossInputError(
      'loss',
      `${def.id} compares class distributions; the ${model} model predicts one number per point`,
    );
  if (def.id === 'poisson')
    throw new LossInputError(
      'loss',
      `poisson needs a positive rate; the ${model} model has no log link, so its prediction can be negative`,
    );
  if (model === 'linear') {
    if (def.yHatKind === 'probability')
      throw new LossInputError(
        'loss',
        `${def.id} takes probabilities; use the logistic model (or bce_logits on the linear score)`,
      );
    return def.element;
  }
  if (def.scoreForm) return def.scoreForm;
  return def.yHatKind === 'score' ? def.element : substitute(def.element, 'yhat', sigmoid(YHAT));
}

function checkLambda(field: string, v: number | undefined): number {
  if (v === undefined) return 0;
  checkNumber(field, v);
  if (v < 0) throw new LossInputError(field, `must be ≥ 0, got ${v}`);
  return v;
}

export function prepareProblem(req: ModelProblem): PreparedProblem {
  if (req.model !== 'linear' && req.model !== 'logistic')
    throw new LossInputError('model', `must be "linear" or "logistic", got ${String(req.model)}`);
  const def = getLoss(req.loss);
  const element = modelElement(def, req.model);
  const params = resolveParams(def, req.params);
  const xs = shapeOf('x', req.x);
  const ys = shapeOf('y', req.y);
  if (xs.shape.length !== 1) throw new LossInputError('x', 'must be a flat array of numbers');
  if (ys.shape.length !== 1 || ys.shape[0] !== xs.shape[0])
    throw new LossInputError(
      'y',
      `must be a flat array as long as x (${xs.shape[0]}), got [${ys.shape}]`,
    );
  checkLabels(def, 'y', ys);
  return {
    def,
    element,
    params,
    x: xs.flat,
    y: mapLabels(def, ys.flat),
    l1: checkLambda('regularization.l1', req.regularization?.l1),
    l2: checkLambda('regularization.l2', req.regularization?.l2),
  };
}
