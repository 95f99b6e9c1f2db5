// Every bad input of the Foundation issue throws LossInputError naming the field and the rule,
// and no API call leaves a tensor behind, on success or on error.
import { describe, expect, it } from 'vitest';
import { leaked } from './test/setup';
import {
  LOSS_IDS,
  LossInputError,
  lossCurve,
  lossGradient,
  lossSurface,
  lossValue,
  type LossId,
  type Values,
} from './index';

type Bad = [name: string, id: string, y: unknown, yHat: unknown, field: string, rule: RegExp];

const BAD: Bad[] = [
  ['an unknown loss id', 'l3', [1], [1], 'loss', /unknown loss id/],
  ['y and ŷ of different lengths', 'mse', [1, 2], [1], 'yHat', /shape/],
  ['a vector against a matrix', 'mse', [1, 2], [[1, 2]], 'yHat', /shape/],
  [
    'ragged rows',
    'cce',
    [[1, 0], [0]],
    [
      [1, 0],
      [0, 1],
    ],
    'y[1]',
    /row/,
  ],
  ['empty arrays', 'mse', [], [], 'y', /empty/],
  ['empty rows', 'cce', [[]], [[]], 'y[0]', /empty/],
  ['NaN in ŷ', 'mse', [1, 2], [1, NaN], 'yHat[1]', /number/],
  ['Infinity in y', 'mae', [Infinity], [1], 'y[0]', /finite/],
  ['−Infinity in ŷ', 'huber', [1], [-Infinity], 'yHat[0]', /finite/],
  ['a string', 'mse', [1], ['2'], 'yHat[0]', /number/],
  ['a value beyond 1e6', 'mse', [1], [2e6], 'yHat[0]', /out of range/],
  ['a probability above 1 for bce', 'bce', [1], [1.5], 'yHat[0]', /probability.*\[0, 1\]/],
  ['a negative probability for focal', 'focal', [1], [-0.1], 'yHat[0]', /probability/],
  ['a negative entry for cce', 'cce', [[1, 0]], [[0.5, -0.2]], 'yHat[0][1]', /≥ 0/],
  ['a negative probability for kl', 'kl', [[1, 0]], [[-0.5, 1]], 'yHat[0][0]', /probability/],
  ['an all-zero predicted row for cce', 'cce', [[1, 0]], [[0, 0]], 'yHat[0]', /positive sum/],
  ['a label 2 for hinge', 'hinge', [2], [1], 'y[0]', /−1 or \+1/],
  ['a label 0.5 for squared_hinge', 'squared_hinge', [0.5], [1], 'y[0]', /label/],
  ['a label −2 for exponential', 'exponential', [-2], [1], 'y[0]', /label/],
  ['a label 3 for zero_one', 'zero_one', [3], [1], 'y[0]', /label/],
  ['y above 1 for bce', 'bce', [1.5], [0.5], 'y[0]', /\[0, 1\]/],
  ['y below 0 for bce_logits', 'bce_logits', [-1], [0.5], 'y[0]', /\[0, 1\]/],
  ['a soft label for focal', 'focal', [0.5], [0.5], 'y[0]', /0 or 1/],
  ['negative ŷ for poisson', 'poisson', [1], [-1], 'yHat[0]', /≥ 0/],
  ['not an array', 'mse', 3, [1], 'y', /array/],
];

describe('lossValue and lossGradient reject bad input', () => {
  it.each(BAD)('%s', (_name, id, y, yHat, field, rule) => {
    for (const fn of [lossValue, lossGradient]) {
      let err: unknown;
      try {
        fn(id as LossId, y as Values, yHat as Values);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(LossInputError);
      expect((err as LossInputError).field).toBe(field);
      expect((err as Error).message).toMatch(rule);
      expect((err as Error).message.startsWith(`${field}: `)).toBe(true);
    }
  });

  it('soft labels are allowed for bce and bce_logits', () => {
    expect(lossValue('bce', [0.3], [0.3])).toBeGreaterThan(0);
    expect(lossValue('bce_logits', [0.3], [0.2])).toBeGreaterThan(0);
  });

  it('0/1 labels are read as −1/+1 by margin losses', () => {
    expect(lossValue('hinge', [0, 1], [0.5, 0.5])).toBeCloseTo(
      lossValue('hinge', [-1, 1], [0.5, 0.5]),
      6,
    );
  });

  it.each([
    ['delta', 'huber', { delta: 0 }],
    ['delta', 'huber', { delta: NaN }],
    ['tau', 'quantile', { tau: 1.5 }],
    ['gamma', 'focal', { gamma: -1 }],
    ['alpha', 'focal', { alpha: 2 }],
  ] as const)('rejects a bad parameter %s for %s', (param, id, params) => {
    expect(() => lossValue(id, [1], [0.5], params)).toThrow(new RegExp(`^params.${param}: `));
  });

  it('refuses a gradient of the 0-1 loss', () => {
    expect(() => lossGradient('zero_one', [1], [0.5])).toThrow(LossInputError);
    expect(() => lossGradient('zero_one', [1], [0.5])).toThrow(/no gradient/);
  });

  it('returns Infinity, never NaN, where exponential overflows float32', () => {
    const v = lossValue('exponential', [1], [-100]);
    expect(v).toBe(Infinity);
    expect(lossValue('exponential', [1, 1], [-100, 3])).toBe(Infinity);
  });

  it('keeps the gradient of bce_logits for a confidently wrong logit (no stall)', () => {
    expect((lossGradient('bce_logits', [1], [-50]) as number[])[0]).toBeCloseTo(-1, 5);
    expect((lossGradient('bce_logits', [1], [0]) as number[])[0]).toBeCloseTo(-0.5, 6);
  });

  it('gradient is zero where the bce clip is active, and MAE’s is 0 at a perfect fit', () => {
    expect((lossGradient('bce', [1], [0]) as number[])[0]).toBe(0);
    expect((lossGradient('mae', [2], [2]) as number[])[0]).toBe(0);
  });

  it('returns the gradient in the shape of ŷ', () => {
    const g = lossGradient(
      'cce',
      [
        [1, 0, 0],
        [0, 1, 0],
      ],
      [
        [0.7, 0.2, 0.1],
        [0.3, 0.3, 0.4],
      ],
    ) as number[][];
    expect(g).toHaveLength(2);
    expect(g[0]).toHaveLength(3);
    expect((lossGradient('kl', [0.5, 0.5], [0.4, 0.6]) as number[]).length).toBe(2);
  });
});

describe('lossSurface rejects bad grids', () => {
  const base = {
    model: 'linear' as const,
    x: [1, 2],
    y: [2, 4],
    loss: 'mse' as LossId,
    w: [0, 1],
    b: [0, 1],
  };
  it.each([
    ['an empty w axis', { w: [] }, 'w'],
    ['a NaN in the b axis', { b: [0, NaN] }, 'b[1]'],
    ['an infinite w', { w: [Infinity] }, 'w[0]'],
    ['an unknown loss', { loss: 'nope' }, 'loss'],
    ['an unknown model', { model: 'mlp' }, 'model'],
    ['y longer than x', { y: [1, 2, 3] }, 'y'],
    ['bce on the linear model', { loss: 'bce', y: [0, 1] }, 'loss'],
    ['labels outside {−1, 1} for hinge', { loss: 'hinge', y: [2, 1] }, 'y[0]'],
  ])('%s', async (_name, patch, field) => {
    await expect(lossSurface({ ...base, ...patch } as never)).rejects.toMatchObject({
      name: 'LossInputError',
      field,
    });
  });
});

describe('no API call leaks tensors', () => {
  it.each(LOSS_IDS.map((id) => [id]))('%s: value, gradient, curve, also on error', async (id) => {
    const matrix = ['cce', 'kl'].includes(id);
    const y = matrix
      ? [
          [1, 0],
          [0, 1],
        ]
      : id === 'hinge' || id === 'squared_hinge' || id === 'exponential' || id === 'zero_one'
        ? [1, -1]
        : [1, 0];
    const yHat = matrix
      ? [
          [0.7, 0.3],
          [0.4, 0.6],
        ]
      : [0.7, 0.2];
    expect(await leaked(() => lossValue(id, y, yHat))).toBe(0);
    expect(await leaked(() => lossGradient(id, y, yHat))).toBe(0);
    expect(await leaked(() => lossValue(id, y, [NaN]))).toBe(0);
    if (!matrix) expect(await leaked(() => lossCurve(id, y[0] as number, [0.1, 0.5, 0.9]))).toBe(0);
  });

  it('lossSurface, including a cancelled one', async () => {
    const req = {
      model: 'logistic' as const,
      x: [1, -1, 2],
      y: [1, 0, 1],
      loss: 'bce' as LossId,
      w: [-1, 0, 1],
      b: [0, 1],
    };
    expect(await leaked(() => lossSurface(req))).toBe(0);
    const ctl = new AbortController();
    ctl.abort();
    expect(await leaked(() => lossSurface({ ...req, signal: ctl.signal }))).toBe(0);
  });
});
