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
  name: { en: 'Binary cross-entropy', 'zh-CN': '二元交叉熵' },
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
  about: {
    en: {
      measures:
        'The surprise −log p of the true label under the predicted probability p: the log loss.',
      use: 'Binary classification with a probability output; the maximum-likelihood loss for a Bernoulli label.',
      avoid:
        'Giving it raw scores (it expects probabilities); with a model, prefer the logit form, which stays accurate for confident predictions.',
      range: '[0, −log ε ≈ 16.1] with the ε-clip; 0 when p equals a hard label.',
      gradient:
        'ℓ′ = (p − y) / (p(1 − p)): it explodes as a wrong prediction becomes confident (p → 0 for y = 1), and is 0 where the clip is active.',
    },
    'zh-CN': {
      measures: '真实标签在预测概率 p 下的“惊讶度” −log p，即对数损失。',
      use: '输出概率的二分类；伯努利标签的最大似然损失。',
      avoid:
        '输入原始分数时（它需要概率）；训练模型时优先用基于 logit 的形式，在置信度高时仍然精确。',
      range: '在 ε 截断下为 [0, −log ε ≈ 16.1]；p 等于硬标签时为 0。',
      gradient:
        'ℓ′ = (p − y) / (p(1 − p))：错误预测越自信（y = 1 而 p → 0），梯度越大；截断生效处为 0。',
    },
  },
};

export const bceLogits: LossDef = {
  id: 'bce_logits',
  family: 'probabilistic',
  short: 'BCE (logits)',
  name: { en: 'Cross-entropy with logits', 'zh-CN': '基于 logit 的交叉熵' },
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
  about: {
    en: {
      measures: 'Binary cross-entropy of p = σ(z), computed from the logit z without forming p.',
      use: 'Training any binary classifier: it is exact and never overflows, even for |z| in the hundreds.',
      avoid: 'Inputs that are already probabilities (use binary cross-entropy).',
      range: '[0, ∞); grows like |z| for a confidently wrong logit.',
      gradient: 'ℓ′ = σ(z) − y: bounded in [−1, 1], never vanishing for a wrong prediction.',
    },
    'zh-CN': {
      measures: 'p = σ(z) 的二元交叉熵，直接由 logit z 计算，不先求 p。',
      use: '训练任意二分类器：精确且不会溢出，|z| 达到数百也没问题。',
      avoid: '输入已经是概率时（改用二元交叉熵）。',
      range: '[0, ∞)；对自信而错误的 logit 近似按 |z| 增长。',
      gradient: 'ℓ′ = σ(z) − y：有界于 [−1, 1]，错误预测时梯度不会消失。',
    },
  },
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
  name: { en: 'Focal loss', 'zh-CN': 'Focal 损失（焦点损失）' },
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
  about: {
    en: {
      measures:
        'Cross-entropy scaled down by (1 − p_t)^γ for well-classified examples, and weighted by α_t per class (Lin et al., 2017).',
      use: 'Heavily imbalanced classification (object detection): easy negatives stop dominating the loss.',
      avoid:
        'Balanced data with few easy examples: γ = 0 and α = 0.5 reduce it to half the cross-entropy.',
      range: '[0, ∞) (≈ 16.1·α_t at the clip); 0 for a correct, confident prediction.',
      gradient: 'Almost flat near p_t = 1 (the focusing), steep for confidently wrong predictions.',
    },
    'zh-CN': {
      measures: '对分类良好的样本按 (1 − p_t)^γ 缩小交叉熵，并按类别用 α_t 加权（Lin 等，2017）。',
      use: '类别极不平衡的分类（目标检测）：大量简单负样本不再主导损失。',
      avoid: '类别平衡且简单样本不多时：γ = 0、α = 0.5 时它退化为交叉熵的一半。',
      range: '[0, ∞)（截断处约为 16.1·α_t）；正确且自信的预测为 0。',
      gradient: 'p_t 接近 1 时几乎平坦（聚焦效果），自信而错误的预测处很陡。',
    },
  },
};

export const PROBABILISTIC = [bce, bceLogits, focal];
