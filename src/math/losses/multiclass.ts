// Losses between class distributions: rows are samples, columns classes.
import { Y, YHAT, clip, log, mul, neg, sub } from '../expr';
import { EPS, type LossDef } from './types';

export const cce: LossDef = {
  id: 'cce',
  family: 'multiclass',
  short: 'CCE',
  name: { en: 'Categorical cross-entropy', 'zh-CN': '多分类交叉熵' },
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
  about: {
    en: {
      measures:
        'The cross-entropy H(y, p) between the true class distribution y and the predicted p; with one-hot y, it is −log of the probability given to the true class.',
      use: 'Multi-class classification with a softmax output (one-hot or soft labels).',
      avoid:
        'Multi-label problems, where classes are not exclusive (use binary cross-entropy per class).',
      range:
        '[0, −log ε ≈ 16.1] per row with one-hot labels; H(y) > 0 is its minimum for soft labels.',
      gradient:
        'Through the normalisation, it raises the true class and lowers the others in proportion.',
    },
    'zh-CN': {
      measures:
        '真实类别分布 y 与预测分布 p 之间的交叉熵 H(y, p)；y 为 one-hot 时，就是真实类别所得概率的 −log。',
      use: 'softmax 输出的多分类（one-hot 或软标签）。',
      avoid: '多标签问题（类别不互斥）：应对每个类别用二元交叉熵。',
      range: 'one-hot 标签时每行为 [0, −log ε ≈ 16.1]；软标签时最小值为 H(y) > 0。',
      gradient: '经过归一化，它提升真实类别的概率并按比例压低其他类别。',
    },
  },
};

const YC = clip(Y, EPS, 1);
export const kl: LossDef = {
  id: 'kl',
  family: 'multiclass',
  short: 'KL',
  name: { en: 'KL divergence', 'zh-CN': 'KL 散度（相对熵）' },
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
  about: {
    en: {
      measures:
        'KL(y‖p): the extra nats needed to code samples of y with a code built for p. Cross-entropy = entropy H(y) + KL.',
      use: 'Matching distributions: distillation, variational inference, soft targets.',
      avoid: 'Expecting symmetry: KL(y‖p) ≠ KL(p‖y); it punishes p ≈ 0 where y > 0 without bound.',
      range: '[0, ∞) for distributions, 0 when p = y (here up to the ε-clip).',
      gradient: 'ℓ′_k = −y_k / p_k: large where the prediction misses mass the truth has.',
    },
    'zh-CN': {
      measures: 'KL(y‖p)：用为 p 设计的编码来编码 y 的样本时多花的奈特数。交叉熵 = 熵 H(y) + KL。',
      use: '匹配分布：知识蒸馏、变分推断、软目标。',
      avoid: '误以为它对称：KL(y‖p) ≠ KL(p‖y)；y > 0 而 p ≈ 0 处的惩罚没有上限。',
      range: '对概率分布为 [0, ∞)，p = y 时为 0（此处受 ε 截断影响）。',
      gradient: 'ℓ′_k = −y_k / p_k：预测漏掉真实分布的概率质量处梯度很大。',
    },
  },
};

export const MULTICLASS = [cce, kl];
