// 简体中文 strings of the loss landscape: the same keys as ./en.ts.
import type { Messages } from '../zhCN';
import type { landscapeEn } from './en';

export const landscapeZhCN: Messages<typeof landscapeEn> = {
  title: '损失曲面',
  w: '权重 w',
  b: '偏置 b',
  loss: '损失',
  minimum: '网格最小值',
  summary:
    '损失曲面：w 从 {{w0}} 到 {{w1}}，b 从 {{b0}} 到 {{b1}}；最低损失 {{min}} 位于 w = {{mw}}，b = {{mb}}。单击，或用方向键移动光标后按 Enter，即可从该点重新开始训练。',
  computing: '正在计算曲面…',
  computedIn: '{{g}}×{{g}} 网格，{{m}} 个点：{{ms}} 毫秒',
  grid: '网格',
  view: '视图',
  view2d: '热力图',
  view3d: '三维',
  fit: '适应视图',
  hint: '拖动以平移，滚动或双指缩放，单击从该点重新开始。',
  hint3d: '拖动或用方向键旋转；滚动缩放。',
  error: '无法计算曲面：{{message}}',
  thisRun: '本次训练',
  compare: {
    label: '在此曲面上比较',
    none: '不比较',
    optimizers: '其他优化器，相同起点',
    learningRates: '其他学习率',
    momentum: '其他动量 β',
    legend: '曲面上的训练路径',
    diverged: '在第 {{step}} 步发散',
    losses: '并排显示同一数据在其他损失函数下的曲面',
    lossesTitle: '同一数据在 {{n}} 种损失函数下',
    lossesNote:
      '每个曲面各有自己的颜色刻度；十字标出其最小值。拖动一个数据点（离群点），观察最小值的移动：MSE 下移动很大，MAE 下移动很小。',
    minimumAt: '网格最小值 ≈（w = {{w}}，b = {{b}}）',
  },
  legendLog: '对数刻度',
  reg: {
    surfaceWith:
      '所示曲面：数据损失 + λ·惩罚项 = 数据损失 + {{penalty}}（惩罚项只作用于 w，从不作用于 b）。',
    surfaceWithout: '所示曲面：数据损失（无惩罚项；将 L2 λ 设为大于 0 即可查看正则化的几何意义）。',
    dataMin: '数据损失的最小值（λ = 0）',
    regMin: '数据损失 + {{penalty}} 的正则化最小值',
    trajectory: 'λ 从 0 增大到 16 倍时正则化最小值的轨迹（圆点：λ/16 … 16λ，每两个点翻一倍）',
    penaltyLine: '惩罚项的等值线：竖线 w = ±c（惩罚项只取决于 w）；经过正则化最小值的那一对',
    touching: '与这对竖线相切的数据损失等值线：在切点处两种拉力相互平衡',
  },
  batch: {
    note: '小批量：虚线等值线是第 {{step}} 步所用批次的损失（{{m}} 个训练点中的 {{n}} 个）。这一步沿该曲面的梯度前进，而不是沿完整数据曲面的梯度：路径因此抖动。',
    min: '该批次的最小值',
  },
  stability: {
    title: '学习率为何会发散',
    eigen: 'Hessian 矩阵特征值 λ_max = {{max}}，λ_min = {{min}}；条件数 κ = {{kappa}}',
    exact: '精确值：该损失是 (w, b) 的二次函数',
    estimated: '在当前点，用 Hessian 向量积的幂迭代估计',
    limitSgd: '普通梯度下降在 η < 2/λ_max = {{limit}} 时稳定',
    limitMomentum: '重球动量（β = {{beta}}）在 η < 2(1 + β)/λ_max = {{limit}} 时稳定',
    current: '当前 η = {{lr}}：{{verdict}}',
    ok: '低于稳定性上限',
    over: '高于稳定性上限：每一步越过最小值的距离大于它修正的距离，训练发散',
    naAdaptive: '{{name}} 不适用：它按各坐标自身的梯度历史缩放步长，没有单一的上限。',
    naPiecewise: '{{name}} 不适用：该损失分段线性，其 Hessian 矩阵几乎处处为零。',
    naConcave: '此处不适用：损失在该点不是凸的（λ_max ≤ 0）。',
    mark: '滑块上的稳定性上限：η < {{rule}} = {{limit}}（λ_max = {{lambda}}）；超过该标记（斜线区域），训练发散。',
    markOver: 'η = {{lr}} 已超过上限。',
  },
  frame: {
    diverges: '发散',
    divergesTitle: '{{run}} 在第 {{step}} 步后离开视图，并在第 {{at}} 步发散',
    legend: '曲面上的路径',
    start: '起点',
  },
  axes3d: {
    colorLegend: '损失颜色标尺',
    logNote: '（对数刻度）',
  },
};
