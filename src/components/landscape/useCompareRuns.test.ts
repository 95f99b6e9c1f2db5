// The runs that "Compare" adds beside the current one (pure parts of useCompareRuns): which
// optimizers each set brings, given the current one, and how each is named in the legend.
import { describe, expect, it } from 'vitest';
import { COMPARE_SETS, describeOptimizer } from './useCompareRuns';

describe('COMPARE_SETS', () => {
  it('optimizers: the four others at their usual rates, never the current one again', () => {
    const set = COMPARE_SETS.optimizers({ name: 'sgd', lr: 0.3 });
    expect(set.map((o) => o.name)).toEqual(['momentum', 'rmsprop', 'adam']);
    // Momentum keeps the current η with β = 0.9; RMSProp and Adam use their own rates.
    expect(set[0]).toEqual({ name: 'momentum', lr: 0.3, momentum: 0.9 });
    expect(set[1].lr).toBe(0.01);
    expect(set[2].lr).toBe(0.05);
    const fromAdam = COMPARE_SETS.optimizers({ name: 'adam', lr: 0.05 });
    expect(fromAdam.map((o) => o.name)).toEqual(['sgd', 'momentum', 'rmsprop']);
    expect(fromAdam[0]).toEqual({ name: 'sgd', lr: 0.05 });
  });

  it('learning rates: η/4, η/2 and 2η of the same optimizer, its other settings kept', () => {
    const set = COMPARE_SETS.learningRates({ name: 'momentum', lr: 0.2, momentum: 0.5 });
    expect(set.map((o) => o.lr)).toEqual([0.05, 0.1, 0.4]);
    for (const o of set) expect(o).toMatchObject({ name: 'momentum', momentum: 0.5 });
  });

  it('momentum: β ∈ {0, 0.5, 0.9, 0.99} less the current β, at the current η', () => {
    const set = COMPARE_SETS.momentum({ name: 'momentum', lr: 0.1, momentum: 0.9 });
    expect(set.map((o) => o.momentum)).toEqual([0, 0.5, 0.99]);
    for (const o of set) expect(o).toMatchObject({ name: 'momentum', lr: 0.1 });
    // From plain SGD (no β) all four are new.
    expect(COMPARE_SETS.momentum({ name: 'sgd', lr: 0.1 })).toHaveLength(4);
  });
});

describe('describeOptimizer', () => {
  it('names the optimizer and its η, and β for momentum only', () => {
    expect(describeOptimizer({ name: 'sgd', lr: 0.1 })).toBe('SGD, η=0.1');
    expect(describeOptimizer({ name: 'adam', lr: 0.05 })).toBe('Adam, η=0.05');
    expect(describeOptimizer({ name: 'rmsprop', lr: 0.01, momentum: 0.5 })).toBe('RMSProp, η=0.01');
    expect(describeOptimizer({ name: 'momentum', lr: 0.2, momentum: 0.99 })).toBe(
      'Momentum β=0.99, η=0.2',
    );
    // β defaults to 0.9 when the spec leaves it out.
    expect(describeOptimizer({ name: 'momentum', lr: 0.2 })).toBe('Momentum β=0.9, η=0.2');
    // Four significant digits, as the UI prints numbers.
    expect(describeOptimizer({ name: 'adagrad', lr: 0.123456 })).toBe('Adagrad, η=0.1235');
  });
});
