// The Chinese shell's chunk: `shellZhCN` alone (zhCN.ts also assembles the whole tree, for tests).
export { shellZhCN } from './zhCN';
