// 简体中文. Terms follow shared/GLOSSARY.md (损失函数, 损失曲面, 计算后端, 优化器 …).
// `shellZhCN`: the shell's strings, one chunk (./zhShell.ts); ./all.ts assembles the whole tree.
import type { shellEn } from './en';
import type { en } from './all';
import { presetsZhCN } from './presets/zhCN';
import { teachZhCN } from './teach/zhCN';
import { offlineZhCN } from './offline/zhCN';
import { lessonZhCN } from './lesson/zhCN';
import { classroomZhCN } from './classroom/zhCN';
import { robustZhCN } from './robust/zhCN';

/** The same tree of keys as `en`, with any strings as values. */
export type Messages<T = typeof en> = {
  readonly [K in keyof T]: T[K] extends string ? string : Messages<T[K]>;
};

/** The shell's strings (the same keys as `shellEn`): one chunk, loaded when 简体中文 is chosen. */
export const shellZhCN: Messages<typeof shellEn> = {
  presets: presetsZhCN,
  teach: teachZhCN,
  offline: offlineZhCN,
  lesson: lessonZhCN,
  classroom: classroomZhCN,
  robust: robustZhCN,
  app: {
    name: 'losscape',
    tagline: '在浏览器中计算的损失函数与损失曲面',
    skipToContent: '跳到主要内容',
  },
  tabs: {
    label: '视图',
    explore: '探索',
    train: '训练',
    applications: '应用',
    guide: '指南',
  },
  coming: {
    badge: '即将推出',
    explore: '编辑 (y, ŷ) 数据对，比较损失曲线及其导数，并查看分步计算。',
    train: '实时训练线性回归、逻辑回归或小型多层感知机（MLP），观察优化器在损失曲面上的路径。',
    applications: '以小型实时演示展示图像分类、语义分割与 k 均值聚类。',
    guide: '不同任务该选用哪种损失函数、如何优化损失，以及损失与模型质量的关系。',
  },
  settings: {
    language: '语言',
    darkTheme: '深色主题',
  },
  status: {
    label: '状态',
    backend: '计算后端',
    loading: '加载中…',
    renderer: '渲染器',
    noWebgl: '无 WebGL',
    tensors: '张量数',
    surfaces: '曲面',
    surfaceEngine: {
      'fused-webgl': '单个融合 WebGL 程序',
      'chunked-ops': '分块 tfjs 运算',
    },
    mainThread: '在主线程',
    failed: '没有可以启动的计算后端。',
    invalidParam: 'URL 中的计算后端“{{value}}”无效（可用 webgl、wasm 或 cpu），已改为自动选择。',
    reasonInParens: '（{{reason}}）',
    reason: {
      forced: '由 URL 指定',
      'hardware-gpu': '硬件 GPU',
      'software-webgl': 'WebGL 为软件渲染，wasm 更快',
      'no-webgl': '没有可用的 WebGL',
      node: '不在浏览器中',
      fallback: '{{failed}} 启动失败，已回退',
    },
  },
  url: {
    ignoredUrl: '链接中的部分设置无效，已改用默认值：{{keys}}。',
    ignoredStorage: '已保存的部分设置无效，已改用默认值：{{keys}}。',
    dismiss: '关闭',
    kept: '无法读取此链接（已损坏或过长），因此没有做任何更改：您保存的工作仍在。',
    keepWork: '保留我的工作',
    startFresh: '重新开始',
  },
  share: {
    item: '本视图的链接',
    menuHint: '分享、嵌入、保存为课程、导出',
    button: '分享',
    title: '分享此视图',
    intro: '此链接会打开与当前完全相同的视图及全部设置。',
    link: '链接',
    copy: '复制',
    copied: '已复制到剪贴板。',
    copyFailed: '此处无法使用剪贴板：请选中链接后手动复制。',
    close: '关闭',
  },
  embed: {
    button: '嵌入',
    title: '嵌入此视图',
    intro:
      '将以下代码粘贴到课程页面中：它以当前设置显示一个视图或一个图，不含页眉，也不会在访问者的浏览器中保存任何内容。',
    width: '宽度（像素）',
    height: '高度（像素）',
    language: '语言',
    snippet: '要粘贴的代码',
    open: '在 losscape 中打开',
    frameTitle: 'losscape：{{view}}',
    figure: '显示',
    wholeViews: '整个视图',
    oneFigure: '单个图',
    keepAspect: '保持图的宽高比（{{ratio}}）',
    previewAt: '预览：框架为 {{width}} × {{height}} 像素，按 {{scale}}% 显示',
    previewTitle: '嵌入视图的预览',
    figs: {
      curves: '损失曲线 ℓ(ŷ) 及标记',
      steps: '分步计算',
      margin: '间隔的损失',
      dist: '分布 P 与 Q',
      data: '数据与拟合',
      loss: '损失随轮次变化',
      landscape: '损失曲面与路径',
      kmeans: 'k 均值聚类',
      h5: 'HDF5 文件中的损失曲面',
    },
    ctl: {
      legend: '图中显示的控件',
      loss: '损失函数',
      params: '损失函数参数',
      transport: '播放、单步、重置',
      lr: '学习率',
      log: '对数坐标',
    },
    fig: {
      needsScalar: '此图显示单个数值的预测：多分类任务请打开完整视图。',
      needsLine: '此图显示线性回归或逻辑回归：MLP 请打开完整视图。',
    },
    format: '粘贴到',
    formats: {
      html: '网页、学习管理系统（Moodle、Canvas…）、Markdown',
      jupyter: 'Jupyter 笔记本单元格',
      mdx: 'Docusaurus（MDX）',
      reveal: 'reveal.js 幻灯片',
    },
  },
  panelError: {
    title: '此面板出错了。',
    retry: '重试',
  },
  surfaceChoice: {
    workers: '{{count}} 个工作线程',
    probe: '探测 {{ms}} 毫秒',
    cachedProbe: '探测 {{ms}} 毫秒（此前测得）',
    timingsTitle: '在一个小曲面上测得：{{list}}',
    failed: '未能启动',
    candidate: {
      worker: '单个工作线程',
      workers: '工作线程池',
      main: '主线程',
    },
  },
};
