// 简体中文 strings of the robustness layer: the same keys as ./en.ts (terms from shared/GLOSSARY.md).
import type { Messages } from '../zhCN';
import type { robustEn } from './en';

export const robustZhCN: Messages<typeof robustEn> = {
  number: {
    empty: '为空：请输入一个数。',
    notNumber: '不是数（如 0.5、1e-3）。',
    notFinite: '数值过大。',
    outOfRange: '允许 {{min}} 到 {{max}}。',
    notInteger: '须为 {{min}} 到 {{max}} 之间的整数。',
    kept: '仍使用 {{last}}。',
  },
  paste: {
    taken: '已粘贴 {{n}} 行。',
    limit: '表格最多 {{max}} 行：已取粘贴的 {{total}} 行中的前 {{n}} 行，其余未采用。',
    refused: '未粘贴任何内容：第 {{line}} 行：{{reason}}。',
    columns: '每行需要两个值：真实值 y 和预测值 ŷ，用制表符、分号或逗号分隔',
  },
  chunk: {
    title: '应用的一部分未能下载（{{what}}）。',
    hint: '网络连接可能中断了。你输入的内容没有丢失。',
    retry: '重试',
  },
  backendLost: '计算后端 {{from}} 已停止工作（WebGL 上下文丢失）；改用 {{to}} 继续计算。',
  backendLostFailed:
    '计算后端 {{from}} 已停止工作（WebGL 上下文丢失），且没有其他计算后端能够启动。',
};
