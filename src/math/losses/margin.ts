// Margin losses on a score f with labels y ∈ {−1, +1} ({0, 1} arrive mapped 0 → −1): functions
// of the margin m = y·f.
import { Y, YHAT, exp, mul, neg, relu, square, step, sub } from '../expr';
import type { LossDef } from './types';

const M = mul(Y, YHAT);

export const hinge: LossDef = {
  id: 'hinge',
  family: 'margin',
  short: 'Hinge',
  name: { en: 'Hinge loss', 'zh-CN': '合页损失' },
  latex: 'L = \\frac{1}{N}\\sum_{i=1}^{N} \\max(0,\\ 1 - y_i \\hat y_i)',
  pointLatex: '\\ell(f; y) = \\max(0,\\ 1 - y f)',
  yHatKind: 'score',
  yRule: 'sign',
  yHatRule: 'real',
  params: [],
  element: relu(sub(1, M)),
  differentiable: true,
  piecewiseLinear: true,
  about: {
    en: {
      measures: 'How far a point is from being on the right side with a margin of 1.',
      use: 'Maximum-margin classifiers (linear SVMs); points beyond the margin cost nothing.',
      avoid: 'When you need probabilities: the score it produces is not calibrated.',
      range: '[0, ∞); 0 once y·f ≥ 1.',
      gradient: 'ℓ′ = −y while y·f < 1, then 0: only margin violators pull.',
    },
    'zh-CN': {
      measures: '一个点距离“以间隔 1 落在正确一侧”还差多少。',
      use: '最大间隔分类器（线性 SVM）；超出间隔的点不计损失。',
      avoid: '需要概率输出时：它得到的分数没有校准。',
      range: '[0, ∞)；y·f ≥ 1 后为 0。',
      gradient: 'y·f < 1 时 ℓ′ = −y，之后为 0：只有违反间隔的点产生拉力。',
    },
  },
};

export const squaredHinge: LossDef = {
  id: 'squared_hinge',
  family: 'margin',
  short: 'Sq. hinge',
  name: { en: 'Squared hinge loss', 'zh-CN': '平方合页损失' },
  latex: 'L = \\frac{1}{N}\\sum_{i=1}^{N} \\max(0,\\ 1 - y_i \\hat y_i)^2',
  pointLatex: '\\ell(f; y) = \\max(0,\\ 1 - y f)^2',
  yHatKind: 'score',
  yRule: 'sign',
  yHatRule: 'real',
  params: [],
  element: square(relu(sub(1, M))),
  differentiable: true,
  about: {
    en: {
      measures: 'The hinge loss squared: smooth at the margin, harsher on large violations.',
      use: 'SVM-style classification where a differentiable loss helps the optimizer (L2-SVM).',
      avoid: 'Noisy labels: a badly mislabelled point costs quadratically.',
      range: '[0, ∞); 0 once y·f ≥ 1.',
      gradient: 'ℓ′ = −2y·max(0, 1 − y·f): continuous, fading to 0 at the margin.',
    },
    'zh-CN': {
      measures: '合页损失的平方：在间隔处光滑，对严重违反间隔的点更严厉。',
      use: '需要可导损失的 SVM 式分类（L2-SVM）。',
      avoid: '标签有噪声时：标错的点代价按平方增长。',
      range: '[0, ∞)；y·f ≥ 1 后为 0。',
      gradient: 'ℓ′ = −2y·max(0, 1 − y·f)：连续，在间隔处平滑降为 0。',
    },
  },
};

export const exponential: LossDef = {
  id: 'exponential',
  family: 'margin',
  short: 'Exponential',
  name: { en: 'Exponential loss', 'zh-CN': '指数损失' },
  latex: 'L = \\frac{1}{N}\\sum_{i=1}^{N} e^{-y_i \\hat y_i}',
  pointLatex: '\\ell(f; y) = e^{-y f}',
  yHatKind: 'score',
  yRule: 'sign',
  yHatRule: 'real',
  params: [],
  element: exp(neg(M)),
  differentiable: true,
  about: {
    en: {
      measures:
        'e^(−margin): the loss AdaBoost minimises. It is not the log loss: log loss grows linearly for wrong predictions, this grows exponentially.',
      use: 'Boosting (AdaBoost); understanding why boosting is sensitive to label noise.',
      avoid:
        'Noisy labels or outliers: one badly misclassified point can dominate; it overflows float32 beyond y·f < −88 (shown as ∞).',
      range: '(0, ∞); 1 at margin 0, never exactly 0.',
      gradient: 'ℓ′ = −y·e^(−y·f): grows exponentially with a wrong margin.',
    },
    'zh-CN': {
      measures:
        'e^(−间隔)：AdaBoost 最小化的损失。它不是对数损失：对数损失对错误预测线性增长，它按指数增长。',
      use: 'Boosting（AdaBoost）；理解 Boosting 为何对标签噪声敏感。',
      avoid:
        '标签有噪声或有离群点时：一个严重分错的点就可能主导损失；y·f < −88 时 float32 溢出（显示为 ∞）。',
      range: '(0, ∞)；间隔为 0 时为 1，永远不会恰好为 0。',
      gradient: 'ℓ′ = −y·e^(−y·f)：随错误间隔指数增长。',
    },
  },
};

export const zeroOne: LossDef = {
  id: 'zero_one',
  family: 'margin',
  short: '0-1',
  name: { en: '0-1 loss', 'zh-CN': '0-1 损失' },
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
  about: {
    en: {
      measures: 'The error rate: 1 for each misclassified point, 0 otherwise.',
      use: 'Reporting accuracy (1 − 0-1 loss); the target every surrogate loss bounds from above.',
      avoid: 'Training: its gradient is zero almost everywhere, so gradient descent cannot use it.',
      range: '[0, 1].',
      gradient:
        'None: 0 almost everywhere and undefined at the boundary (losscape refuses to compute it).',
    },
    'zh-CN': {
      measures: '错误率：每个分错的点计 1，否则计 0。',
      use: '报告准确率（1 − 0-1 损失）；所有替代损失都从上方界住它。',
      avoid: '训练：它的梯度几乎处处为零，梯度下降无法使用。',
      range: '[0, 1]。',
      gradient: '无：几乎处处为 0，在边界处无定义（losscape 不计算它）。',
    },
  },
};

export const MARGIN = [hinge, squaredHinge, exponential, zeroOne];
