import type { Messages } from '../zhCN';
import type { teachEn } from './en';

export const teachZhCN: Messages<typeof teachEn> = {
  code: {
    button: '代码',
    title: '本次训练的代码',
    intro:
      '与本次训练相同的数据、初始权重、损失函数、优化器、批次和步数，所有超参数都明确写出。运行时会打印训练中的损失，以及最终的损失和权重，与应用中的结果一致。',
    languages: '语言',
    tfjs: 'tfjs（JavaScript）',
    python: 'Python（TensorFlow 2 / Keras）',
    runTfjs: '运行方法：npm install @tensorflow/tfjs，保存为 train.mjs，然后运行 node train.mjs。',
    runPython:
      '运行方法：pip install tensorflow（2.16 或更高版本），保存为 train.py，然后运行 python train.py。',
    appResult: '应用中本次训练在第 {{step}} 步结束，损失为 {{loss}}。',
    copy: '复制',
    copied: '已复制到剪贴板。',
    copyFailed: '此处无法使用剪贴板：代码已选中，请按 Ctrl+C（Mac 上按 ⌘C）复制。',
    download: '下载',
    noGradient: '0-1 损失没有梯度，因此没有对应的训练代码。请选择其他损失函数。',
    unsupported: '当前的模型、损失函数和数据无法一起训练，因此没有可显示的代码。',
  },
  export: {
    button: '导出',
    title: '导出',
    charts: '当前视图中的图表',
    noCharts: '当前视图中还没有图表。',
    png: 'PNG',
    svg: 'SVG',
    chartFailed: '无法导出此图表：{{reason}}',
    data: '数据',
    exploreRows: '探索页数据行（CSV）',
    trainData: '训练数据（CSV）',
    trainHistory: '训练历史（CSV）',
    historyFailed: '无法计算训练历史：{{reason}}',
    state: '完整状态',
    stateIntro:
      '一个 JSON 文件，包含所有标签页的全部设置（与分享链接中的状态相同）。重新载入即可打开完全相同的视图。',
    saveState: '保存状态（JSON）',
    loadState: '载入状态…',
    tooBig: '{{name}} 大于 1 MB，不是 losscape 状态文件。未做任何更改。',
    notJson: '{{name}} 不是有效的 JSON。未做任何更改。',
    wrongShape:
      '{{name}} 不是 losscape 状态文件（需要 "format": "losscape-state" 和文本字段 "hash"）。未做任何更改。',
    working: '正在准备…',
  },
};
