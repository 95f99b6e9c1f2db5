// 简体中文 strings of the Train tab: the same keys as ./en.ts.
import type { Messages } from '../zhCN';
import type { trainEn } from './en';

export const trainZhCN: Messages<typeof trainEn> = {
  title: '训练',
};
