import type { Messages } from '../zhCN';
import type { presetsEn } from './en';

export const presetsZhCN: Messages<typeof presetsEn> = {
  button: '预设',
  title: '预设',
  intro: '每个预设都会打开一个准备好的视图。它的设置写在链接中，可以直接分享。',
  open: '打开',
  close: '关闭',
  items: {
    seedLinear: {
      title: '线性回归，逐步演示',
      text: '经典示例：x = 1…4，y = 2x，从 w = b = 0.5 出发，用学习率 0.1 的普通梯度下降。',
    },
    mseMaeOutlier: {
      title: '有离群点时的 MSE 与 MAE',
      text: '模型无法拟合的一个点：它的平方误差主导了 MSE，而 MAE 只线性地计入它。',
    },
    ceNearZero: {
      title: '交叉熵为何在 0 附近爆炸',
      text: '一个正样本被预测为 p = 0.01：−log p 为 4.6，且当 p → 0 时无界增长。',
    },
    expVsLog: {
      title: '指数损失与对数损失',
      text: '两者都随间隔减小，但对错误答案，指数损失按 e^(−m) 增长，对数损失只线性增长。',
    },
    lrTooHigh: {
      title: '学习率过高',
      text: '学习率 0.15 高于这组数据约 0.12 的稳定性上限，每一步都越冲越远：损失发散。',
    },
    momentumVsGd: {
      title: '动量与普通梯度下降',
      text: '动量沿着狭长而平缓的谷底累积步长；可在损失曲面上与随机梯度下降对比。',
    },
    adamValley: {
      title: '狭窄山谷中的 Adam',
      text: '示例数据形成一条狭窄的山谷（条件数约 55）；Adam 按各方向自身的梯度历史缩放步长。',
    },
    focalEasy: {
      title: '简单样本上的 Focal 损失',
      text: '一个已被预测为 p = 0.9 的正样本：Focal 损失把它的损失乘以 (1 − p)^γ，简单样本几乎不计入。',
    },
    quantile: {
      title: 'τ = 0.9 的分位数损失',
      text: '低估的代价是高估的九倍：最优预测值是第 90 百分位数。',
    },
    poisson: {
      title: '计数数据的泊松损失',
      text: '用于计数与比率（ŷ > 0）：泊松模型的损失，在 ŷ = y 处最小。',
    },
    multiclass: {
      title: '多分类交叉熵',
      text: '三个类别；其中一个样本把 0.96 的概率给了错误类别，只给真实类别 0.02。',
    },
    imbalanced: {
      title: '类别不平衡：加权交叉熵',
      text: '大背景上的小物体：按类别的稀有程度加权，物体就不会被忽略。',
    },
    zeroOne: {
      title: '0-1 损失及其替代损失',
      text: '准确率统计错误个数（0-1 损失），它没有梯度；合页损失与对数损失是可用于训练的光滑上界。',
    },
  },
};
