// 简体中文: the charts' text alternatives (issue #8): the data-table toggle under a chart.
import type { Messages } from '../zhCN';
import type { a11yEn } from './en';

export const a11yZhCN: Messages<typeof a11yEn> = {
  table: {
    toggle: '以表格显示数据',
    caption: '{{title}}。{{note}}',
    all: '共 {{count}} 行。',
    sampled: '共 {{count}} 行，每 {{every}} 行取 1 行，另加最后一行。',
    empty: '暂无数据。',
    point: '数据点',
    step: '步',
    cluster: '簇',
    path: '{{title}}：{{run}}的路径；{{minimum}}：w = {{w}}，b = {{b}} 处为 {{loss}}',
    residual: '残差 ŷ − y',
    heldOut: '留出',
    yes: '是',
    no: '否',
  },
};
