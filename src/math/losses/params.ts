import type { ParamSpec } from './types';

export const DELTA: ParamSpec = {
  id: 'delta',
  symbol: '\\delta',
  default: 1,
  min: 0,
  max: 1e6,
  minInclusive: false,
  ui: { min: 0.05, max: 5, step: 0.05 },
};
export const TAU: ParamSpec = {
  id: 'tau',
  symbol: '\\tau',
  default: 0.5,
  min: 0,
  max: 1,
  minInclusive: true,
  ui: { min: 0.01, max: 0.99, step: 0.01 },
};
export const GAMMA: ParamSpec = {
  id: 'gamma',
  symbol: '\\gamma',
  default: 2,
  min: 0,
  max: 10,
  minInclusive: true,
  ui: { min: 0, max: 5, step: 0.1 },
};
export const ALPHA: ParamSpec = {
  id: 'alpha',
  symbol: '\\alpha',
  default: 0.25,
  min: 0,
  max: 1,
  minInclusive: true,
  ui: { min: 0, max: 1, step: 0.05 },
};
