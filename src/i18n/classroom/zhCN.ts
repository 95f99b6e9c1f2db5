import type { Messages } from '../zhCN';
import type { classroomEn } from './en';

export const classroomZhCN: Messages<typeof classroomEn> = {
  present: '演示',
  presentTitle: '演示模式：大字号、高对比度、隐藏界面元素（P）',
  exit: '退出演示',
  exitTitle: '退出演示模式（Esc 或 P）',
  entered: '已进入演示模式。按 Esc 或 P 退出。',
  left: '已退出演示模式。',
  printedOn: '打印自 losscape',
  limitMax: '上限 {{value}}',
  limitMin: '下限 {{value}}',
};
