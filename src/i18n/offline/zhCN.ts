// 撤销与重做（页眉按钮、快捷键），以及离线应用的更新提示。
import type { Messages } from '../zhCN';
import type { offlineEn } from './en';

export const offlineZhCN: Messages<typeof offlineEn> = {
  undo: '撤销',
  redo: '重做',
  undoHint: '撤销上一次更改（{{keys}}）',
  redoHint: '重做刚撤销的更改（{{keys}}）',
  history: '撤销历史',
  updateReady: 'losscape 有新版本可用。',
  reload: '重新加载',
};
