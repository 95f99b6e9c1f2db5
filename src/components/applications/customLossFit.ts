// The custom-loss card's pure part: its small data set, the formulas offered as examples, and
// what it computes from a compiled loss — the value and gradient on the data, the curves ℓ(ŷ; 0)
// and ℓ′(ŷ; 0), and a tiny gradient-descent fit of ŷ = w·x + b — plus the chart series of those.
import type { CustomLoss } from '../../math';
import type { MathBackend } from '../../state/backendLoader';
import { colorAt, dashAt } from '../charts/palette';

/** The seed example: x = 1…4, y = 2x, and a prediction with errors of each sign. */
export const X = [1, 2, 3, 4];
export const Y = [2, 4, 6, 8];
export const YHAT = [2.5, 3, 7, 8];
/** ŷ from −3 to 3 in steps of 0.05 (121 points), y = 0. */
export const GRID = Array.from({ length: 121 }, (_, i) => -3 + i * 0.05);
export const EXAMPLES = [
  'abs(yhat - y)^1.5',
  'log(1 + (yhat - y)^2)',
  '(yhat - y)^2',
  'max(0, abs(yhat - y) - 0.5)',
];
export const FIT_STEPS = 60;
export const FIT_LR = 0.05;

/** What compute needs of the math module. */
export type CustomMath = Pick<
  MathBackend,
  'customLossValue' | 'customLossGradient' | 'customLossCurve'
>;

export function computeCustom(math: CustomMath, loss: CustomLoss) {
  const value = math.customLossValue(loss, Y, YHAT);
  const grad = math.customLossGradient(loss, Y, YHAT);
  const curve = math.customLossCurve(loss, 0, GRID);
  // Tiny fit of ŷ = w·x + b from w = b = 0.5 by gradient descent; dL/dŷ from tfjs autodiff,
  // then the chain rule dL/dw = Σ ∂L/∂ŷ_i · x_i, dL/db = Σ ∂L/∂ŷ_i.
  let [w, b] = [0.5, 0.5];
  const fit: number[] = [];
  for (let s = 0; s <= FIT_STEPS; s++) {
    const yh = X.map((x) => w * x + b);
    fit.push(math.customLossValue(loss, Y, yh));
    if (s === FIT_STEPS) break;
    const g = math.customLossGradient(loss, Y, yh);
    w -= FIT_LR * g.reduce((t, gi, i) => t + gi * X[i], 0);
    b -= FIT_LR * g.reduce((t, gi) => t + gi, 0);
  }
  return { value, grad, curve, fit, w, b };
}

export type CustomResult = ReturnType<typeof computeCustom>;

/** The three charts' series: ℓ, ℓ′ (none where the gradient curve is missing), and the fit's L. */
export function customSeries(r: CustomResult) {
  return {
    loss: [{ id: 'l', label: 'ℓ', y: r.curve.loss, color: colorAt(0), dash: dashAt(0) }],
    grad: r.curve.grad
      ? [{ id: 'g', label: 'ℓ′', y: r.curve.grad, color: colorAt(4), dash: dashAt(1) }]
      : [],
    fit: [
      {
        id: 'fit',
        label: 'L',
        x: r.fit.map((_, i) => i),
        y: r.fit,
        color: colorAt(2),
        dash: dashAt(0),
      },
    ],
  };
}
