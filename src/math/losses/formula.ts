// A built-in loss's formulas, generated once at module load from its expression tree (issue
// 19.4): the `display` tree where the computed `element` is a numerically safe rewrite, else the
// element itself. ε is written as a symbol, parameters by their symbols (δ, τ, γ, α).
import { lossFormulas } from '../latex';
import { EPS, type LossDef, type LossSpec } from './types';

const CONSTANTS = [
  [EPS, '\\varepsilon'],
  [1 - EPS, '1 - \\varepsilon'],
] as const;

export function withFormulas(spec: LossSpec): LossDef {
  const { latex, pointLatex } = lossFormulas({
    expr: spec.display ?? spec.element,
    rowwise: spec.rowwise,
    yhat: spec.yHatSymbol,
    params: Object.fromEntries(spec.params.map((p) => [p.id, p.symbol])),
    constants: CONSTANTS,
  });
  return { ...spec, latex, pointLatex };
}
