// 简体中文 strings of the Explore tab: the same keys as ./en.ts.
import type { Messages } from '../zhCN';
import type { exploreEn } from './en';

export const exploreZhCN: Messages<typeof exploreEn> = {
  title: '探索',
};
