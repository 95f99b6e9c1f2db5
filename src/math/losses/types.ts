import type { Expr } from '../expr';

export type LossId =
  | 'mse'
  | 'mae'
  | 'huber'
  | 'logcosh'
  | 'quantile'
  | 'poisson'
  | 'bce'
  | 'bce_logits'
  | 'focal'
  | 'hinge'
  | 'squared_hinge'
  | 'exponential'
  | 'zero_one'
  | 'cce'
  | 'kl';

/** The kind of ŷ a loss takes, as the UI names it. */
export type YHatKind = 'value' | 'probability' | 'score' | 'distribution';

/** Domain rules, checked by validate.ts; each names its rule in LossInputError messages. */
export type YRule = 'real' | 'unit' | 'binary' | 'sign' | 'nonneg';
export type YHatRule = 'real' | 'unit' | 'nonneg';

export type ParamId = 'delta' | 'tau' | 'gamma' | 'alpha';
export type LossParams = Partial<Record<ParamId, number>>;

export interface ParamSpec {
  id: ParamId;
  symbol: string; // LaTeX, e.g. "\\delta"; the name is the i18n key `losses.params.<id>`
  default: number;
  /** Accepted values (validation); `ui` is the slider range inside it. */
  min: number;
  max: number;
  minInclusive: boolean;
  ui: { min: number; max: number; step: number };
}

export interface LossDef {
  id: LossId;
  family: 'regression' | 'probabilistic' | 'margin' | 'multiclass';
  short: string; // "MSE", "Huber" … (the legend label)
  // The name and the "about" texts are i18n strings, keyed by id: `losses.<id>.name`, ….measures
  // (src/i18n/losses), so the math core holds no prose.
  /** The mean loss over N points, typeset with KaTeX; generated from the tree (formula.ts). */
  latex: string;
  /** The per-point loss ℓ(ŷ; y), typeset with KaTeX; generated from the tree (formula.ts). */
  pointLatex: string;
  /**
   * ℓ in the textbook form, typeset in place of `element` where the computed form is a
   * numerically safe rewrite that reads badly (Huber's comparison-free form, log-cosh's
   * softplus form). It evaluates to the same values as `element` on the loss's domain
   * (formula.test.ts), so the formula read is the formula computed; never itself computed.
   */
  display?: Expr;
  /** How ŷ is written in the formulas (z for a logit); default \hat y. */
  yHatSymbol?: string;
  yHatKind: YHatKind;
  yRule: YRule;
  yHatRule: YHatRule;
  params: ParamSpec[];
  /** Per-element ℓ(ŷ; y) (leaves 'y', 'yhat'); labels already mapped for 'sign'. */
  element: Expr;
  /** Row-wise losses (cce, kl) sum `element` over the class axis, then average over rows. */
  rowwise?: { normalize: boolean };
  /**
   * For the logistic model: ℓ in terms of the score z (leaf 'yhat' = z), in log-sigmoid form, so
   * a confidently wrong point keeps its gradient (DESIGN.md). Absent: value losses take
   * p = sigmoid(z), score losses take z.
   */
  scoreForm?: Expr;
  /** False only for zero_one: `lossGradient` throws. */
  differentiable: boolean;
  /** Quadratic in the model's parameters for a linear model (stability limit 2/λ_max exact). */
  quadratic?: boolean;
  /** Piecewise linear: no curvature, so no stability limit from the Hessian. */
  piecewiseLinear?: boolean;
}

/** A loss as its family file declares it: the formulas are generated from its trees. */
export type LossSpec = Omit<LossDef, 'latex' | 'pointLatex'>;

/** ε of the conventions table: the clip for probabilities and logs. */
export const EPS = 1e-7;
