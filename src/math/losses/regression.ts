// Regression losses on a real-valued prediction ŷ; e = ŷ − y (DESIGN.md conventions table).
import { Y, YHAT, abs, add, log, max, min, mul, param, relu, softplus, square, sub } from '../expr';
import { DELTA, TAU } from './params';
import { EPS, type LossDef } from './types';

const E = sub(YHAT, Y);

export const mse: LossDef = {
  id: 'mse',
  family: 'regression',
  short: 'MSE',
  name: { en: 'Mean squared error (MSE)', 'zh-CN': '均方误差（MSE）' },
  latex: 'L = \\frac{1}{N}\\sum_{i=1}^{N} (\\hat y_i - y_i)^2',
  pointLatex: '\\ell(\\hat y; y) = (\\hat y - y)^2',
  yHatKind: 'value',
  yRule: 'real',
  yHatRule: 'real',
  params: [],
  element: square(E),
  differentiable: true,
  quadratic: true,
  about: {
    en: {
      measures: 'The average squared error: large errors count quadratically more than small ones.',
      use: 'Regression with roughly Gaussian noise; it is the maximum-likelihood loss for Gaussian errors and its minimiser is the conditional mean.',
      avoid: 'Data with outliers: one far point can dominate the loss and drag the fit.',
      range: '[0, ∞), 0 at a perfect prediction.',
      gradient:
        'ℓ′ = 2(ŷ − y): grows linearly with the error, so big errors pull hard and small ones gently.',
    },
    'zh-CN': {
      measures: '误差平方的平均：大误差按平方放大，比小误差重得多。',
      use: '噪声近似高斯分布的回归；它是高斯误差下的最大似然损失，最小化它得到条件均值。',
      avoid: '有离群点的数据：一个远离的点就可能主导损失、把拟合拉偏。',
      range: '[0, ∞)，预测完全正确时为 0。',
      gradient: 'ℓ′ = 2(ŷ − y)：随误差线性增长，大误差拉力大，小误差拉力小。',
    },
  },
};

export const mae: LossDef = {
  id: 'mae',
  family: 'regression',
  short: 'MAE',
  name: { en: 'Mean absolute error (MAE)', 'zh-CN': '平均绝对误差（MAE）' },
  latex: 'L = \\frac{1}{N}\\sum_{i=1}^{N} \\lvert \\hat y_i - y_i \\rvert',
  pointLatex: '\\ell(\\hat y; y) = \\lvert \\hat y - y \\rvert',
  yHatKind: 'value',
  yRule: 'real',
  yHatRule: 'real',
  params: [],
  element: abs(E),
  differentiable: true,
  piecewiseLinear: true,
  about: {
    en: {
      measures: 'The average absolute error: every unit of error costs the same.',
      use: 'Regression with outliers or heavy-tailed (Laplace) noise; its minimiser is the conditional median.',
      avoid:
        'When you need a smooth loss near the optimum: its gradient jumps from −1 to +1 at zero error, so plain gradient descent jitters there.',
      range: '[0, ∞), 0 at a perfect prediction.',
      gradient:
        'ℓ′ = sign(ŷ − y): a constant pull of ±1 whatever the size of the error (0 at zero error here, as in PyTorch).',
    },
    'zh-CN': {
      measures: '绝对误差的平均：每一单位误差的代价相同。',
      use: '有离群点或噪声重尾（拉普拉斯分布）的回归；最小化它得到条件中位数。',
      avoid:
        '需要在最优点附近平滑的损失时：误差为零处梯度从 −1 跳到 +1，普通梯度下降会在那里来回抖动。',
      range: '[0, ∞)，预测完全正确时为 0。',
      gradient: 'ℓ′ = sign(ŷ − y)：无论误差多大，拉力恒为 ±1（误差为零处取 0，与 PyTorch 相同）。',
    },
  },
};

const q = min(abs(E), param('delta'));
export const huber: LossDef = {
  id: 'huber',
  family: 'regression',
  short: 'Huber',
  name: { en: 'Huber loss', 'zh-CN': 'Huber 损失' },
  latex:
    'L = \\frac{1}{N}\\sum_{i=1}^{N} \\begin{cases} \\tfrac12 e_i^2 & \\lvert e_i\\rvert \\le \\delta \\\\ \\delta\\,(\\lvert e_i\\rvert - \\tfrac12\\delta) & \\text{otherwise} \\end{cases},\\quad e_i = \\hat y_i - y_i',
  pointLatex:
    '\\ell = \\begin{cases} \\tfrac12 e^2 & \\lvert e\\rvert \\le \\delta \\\\ \\delta\\,(\\lvert e\\rvert - \\tfrac12\\delta) & \\text{otherwise} \\end{cases}',
  yHatKind: 'value',
  yRule: 'real',
  yHatRule: 'real',
  params: [DELTA],
  // q = min(|e|, δ): ½q² + δ(|e| − q), the comparison-free form of tfjs's huberLoss.
  element: add(mul(0.5, square(q)), mul(param('delta'), sub(abs(E), q))),
  differentiable: true,
  about: {
    en: {
      measures:
        'Squared error for small errors (|e| ≤ δ), absolute error beyond: a compromise between MSE and MAE.',
      use: 'Regression with a few outliers, when you still want smooth, well-behaved gradients near the optimum.',
      avoid:
        'When you have no idea of the noise scale: δ sets where "small" ends and must fit the data.',
      range: '[0, ∞), 0 at a perfect prediction.',
      gradient: 'ℓ′ = e for |e| ≤ δ, δ·sign(e) beyond: the pull of an outlier is capped at δ.',
    },
    'zh-CN': {
      measures: '误差小（|e| ≤ δ）时用平方误差，超过后用绝对误差：介于 MSE 与 MAE 之间。',
      use: '有少量离群点、又希望最优点附近梯度平滑的回归。',
      avoid: '对噪声尺度毫无把握时：δ 决定“小误差”的边界，需要与数据相符。',
      range: '[0, ∞)，预测完全正确时为 0。',
      gradient: '|e| ≤ δ 时 ℓ′ = e，超过后为 δ·sign(e)：离群点的拉力被限制在 δ。',
    },
  },
};

export const logcosh: LossDef = {
  id: 'logcosh',
  family: 'regression',
  short: 'Log-cosh',
  name: { en: 'Log-cosh loss', 'zh-CN': 'Log-Cosh 损失' },
  latex: 'L = \\frac{1}{N}\\sum_{i=1}^{N} \\log\\cosh(\\hat y_i - y_i)',
  pointLatex: '\\ell(\\hat y; y) = \\log\\cosh(\\hat y - y)',
  yHatKind: 'value',
  yRule: 'real',
  yHatRule: 'real',
  params: [],
  // log cosh e = |e| + log(1 + e^(−2|e|)) − ln 2 = |e| + softplus(−2|e|) − ln 2: cosh overflows
  // float32 beyond |e| ≈ 89, this form never does. For |e| below ~1e-7 the float32 sum
  // cancels to ±6e-8 (an ulp of ln 2) where the true value is e²/2 ≈ 0: relu keeps it ≥ 0, at
  // the price of a zero instead of a ~1e-7 derivative there.
  element: relu(sub(add(abs(E), softplus(mul(-2, abs(E)))), Math.LN2)),
  differentiable: true,
  about: {
    en: {
      measures: 'Like ½e² for small errors and like |e| − ln 2 for large ones, smooth everywhere.',
      use: 'Robust regression with a twice-differentiable loss and no parameter to tune.',
      avoid:
        'When the error scale is far from 1: the switch from quadratic to linear happens near |e| ≈ 1, so rescale the target first.',
      range: '[0, ∞), 0 at a perfect prediction.',
      gradient: 'ℓ′ = tanh(ŷ − y): linear near 0, saturating at ±1 for large errors.',
    },
    'zh-CN': {
      measures: '误差小时近似 ½e²，误差大时近似 |e| − ln 2，处处光滑。',
      use: '需要二阶可导且无需调参的稳健回归。',
      avoid: '误差尺度远离 1 时：平方到线性的转折在 |e| ≈ 1 附近，应先缩放目标值。',
      range: '[0, ∞)，预测完全正确时为 0。',
      gradient: 'ℓ′ = tanh(ŷ − y)：0 附近线性，误差大时饱和于 ±1。',
    },
  },
};

const R = sub(Y, YHAT);
export const quantile: LossDef = {
  id: 'quantile',
  family: 'regression',
  short: 'Quantile',
  name: { en: 'Quantile (pinball) loss', 'zh-CN': '分位数损失（弹球损失）' },
  latex:
    'L = \\frac{1}{N}\\sum_{i=1}^{N} \\max\\big(\\tau (y_i - \\hat y_i),\\ (\\tau - 1)(y_i - \\hat y_i)\\big)',
  pointLatex:
    '\\ell(\\hat y; y) = \\max\\big(\\tau (y - \\hat y),\\ (\\tau - 1)(y - \\hat y)\\big)',
  yHatKind: 'value',
  yRule: 'real',
  yHatRule: 'real',
  params: [TAU],
  element: max(mul(param('tau'), R), mul(sub(param('tau'), 1), R)),
  differentiable: true,
  piecewiseLinear: true,
  about: {
    en: {
      measures:
        'An asymmetric absolute error: under-prediction costs τ per unit, over-prediction 1 − τ.',
      use: 'Predicting a quantile (τ = 0.9 for "90% of outcomes fall below"), prediction intervals; τ = 0.5 is half the MAE.',
      avoid: 'When you want the mean rather than a quantile.',
      range: '[0, ∞), 0 at a perfect prediction.',
      gradient: 'ℓ′ = −τ when ŷ < y, 1 − τ when ŷ > y: constant, asymmetric pulls.',
    },
    'zh-CN': {
      measures: '不对称的绝对误差：预测偏低每单位代价 τ，偏高每单位代价 1 − τ。',
      use: '预测分位数（τ = 0.9 表示 90% 的结果低于预测）、预测区间；τ = 0.5 时等于 MAE 的一半。',
      avoid: '需要预测均值而不是分位数时。',
      range: '[0, ∞)，预测完全正确时为 0。',
      gradient: 'ŷ < y 时 ℓ′ = −τ，ŷ > y 时为 1 − τ：恒定且不对称的拉力。',
    },
  },
};

export const poisson: LossDef = {
  id: 'poisson',
  family: 'regression',
  short: 'Poisson',
  name: { en: 'Poisson loss', 'zh-CN': '泊松损失' },
  latex:
    'L = \\frac{1}{N}\\sum_{i=1}^{N} \\big(\\hat y_i - y_i \\log(\\hat y_i + \\varepsilon)\\big)',
  pointLatex: '\\ell(\\hat y; y) = \\hat y - y \\log(\\hat y + \\varepsilon)',
  yHatKind: 'value',
  yRule: 'nonneg',
  yHatRule: 'nonneg',
  params: [],
  element: sub(YHAT, mul(Y, log(add(YHAT, EPS)))),
  differentiable: true,
  about: {
    en: {
      measures:
        'The negative log-likelihood of counts y under a Poisson distribution with rate ŷ (dropping the log y! term).',
      use: 'Count data (visits, events per hour) where the variance grows with the mean.',
      avoid:
        'Negative targets or predictions; use a log link (ŷ = e^z) so the rate stays positive.',
      range: 'Not bounded below by 0: its minimum over ŷ is y − y log y, reached at ŷ = y.',
      gradient: 'ℓ′ = 1 − y/(ŷ + ε): zero at ŷ = y, steep as ŷ → 0 when y > 0.',
    },
    'zh-CN': {
      measures: '计数 y 在速率为 ŷ 的泊松分布下的负对数似然（省略 log y! 项）。',
      use: '方差随均值增大的计数数据（访问量、每小时事件数）。',
      avoid: '目标或预测为负时；用对数链接（ŷ = e^z）保持速率为正。',
      range: '下界不是 0：对 ŷ 的最小值为 y − y log y，在 ŷ = y 处取得。',
      gradient: 'ℓ′ = 1 − y/(ŷ + ε)：ŷ = y 时为零；y > 0 且 ŷ → 0 时很陡。',
    },
  },
};

export const REGRESSION = [mse, mae, huber, logcosh, quantile, poisson];
