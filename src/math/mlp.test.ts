import { describe, expect, it } from 'vitest';
import { leaked } from './test/setup';
import {
  filterNormalizedDirection,
  filters,
  initMlp,
  mlpInterpolation,
  mlpPredict,
  mlpSize,
  mlpSlice,
  projectOnSlice,
  trainMlp,
  LossInputError,
} from './index';
import { mulberry32 } from './random';

const XOR = {
  x: [
    [0, 0],
    [0, 1],
    [1, 0],
    [1, 1],
  ].map(([a, b]) => [a * 2 - 1, b * 2 - 1]),
  y: [0, 1, 1, 0],
};
const spec = { hidden: 8, activation: 'tanh' as const };

/** A plain float64 forward pass and mean bce-from-logits loss, to check the tfjs ones. */
function jsLoss(theta: ArrayLike<number>, h: number, x: number[][], y: number[]): number {
  let s = 0;
  x.forEach(([a, b], n) => {
    let z = theta[4 * h];
    for (let j = 0; j < h; j++)
      z += Math.tanh(a * theta[j] + b * theta[h + j] + theta[2 * h + j]) * theta[3 * h + j];
    s += Math.max(z, 0) - z * y[n] + Math.log1p(Math.exp(-Math.abs(z)));
  });
  return s / x.length;
}

describe('the tiny MLP', () => {
  it('learns XOR, which no linear model can', async () => {
    const r = await trainMlp({
      ...XOR,
      loss: 'bce',
      mlp: spec,
      optimizer: { name: 'adam', lr: 0.05 },
      steps: 400,
      seed: 3,
    });
    expect(r.theta).toHaveLength(401);
    expect(r.loss[400]).toBeLessThan(0.1);
    expect(r.accuracy[400]).toBe(1);
    expect(Array.from(r.theta[0])).toEqual(Array.from(Float32Array.from(initMlp(spec, 3))));
    // The recorded loss is the loss of the recorded weights.
    expect(r.loss[200]).toBeCloseTo(jsLoss(r.theta[200], 8, XOR.x, XOR.y), 4);
    const p = await mlpPredict(spec, r.theta[400], XOR.x);
    expect(Array.from(p).map((v) => (v > 0.5 ? 1 : 0))).toEqual(XOR.y);
  });

  it('is reproducible by seed and leaks no tensors', async () => {
    const req = {
      ...XOR,
      loss: 'bce_logits' as const,
      mlp: spec,
      optimizer: { name: 'sgd' as const, lr: 0.5 },
      steps: 30,
      seed: 9,
      batchSize: 2,
    };
    const [a, b] = [await trainMlp(req), await trainMlp(req)];
    expect(a.loss).toEqual(b.loss);
    expect(await leaked(() => trainMlp(req))).toBe(0);
    expect(await leaked(() => mlpSlice({ ...req, center: initMlp(spec, 1), seed: 1, g: 5 }))).toBe(
      0,
    );
  });

  it('rejects bad specs and data', async () => {
    const base = {
      ...XOR,
      loss: 'bce' as const,
      mlp: spec,
      optimizer: { name: 'sgd' as const, lr: 0.1 },
      steps: 5,
    };
    await expect(
      trainMlp({ ...base, mlp: { hidden: 1, activation: 'tanh' } }),
    ).rejects.toMatchObject({ field: 'mlp.hidden' });
    await expect(trainMlp({ ...base, x: [[1, 2, 3]], y: [1] })).rejects.toMatchObject({
      field: 'x',
    });
    await expect(trainMlp({ ...base, y: [0, 1, 2, 0] })).rejects.toBeInstanceOf(LossInputError);
    await expect(trainMlp({ ...base, init: [1, 2] })).rejects.toMatchObject({ field: 'init' });
  });
});

describe('the MLP landscape (Li et al., 2018; Goodfellow et al., 2015)', () => {
  const center = initMlp(spec, 5).map((v, i) => v + (i % 3) * 0.1);

  it('normalises directions filter by filter, with zero bias directions', () => {
    const d = filterNormalizedDirection(center, 8, mulberry32(4));
    for (const f of filters(8)) {
      expect(Math.hypot(...f.map((i) => d[i]))).toBeCloseTo(
        Math.hypot(...f.map((i) => center[i])),
        10,
      );
    }
    for (let j = 0; j < 8; j++) expect(d[16 + j]).toBe(0); // b1
    expect(d[mlpSize(8) - 1]).toBe(0); // b2
  });

  it('centres the slice on the current loss, and reproduces it by seed', async () => {
    const req = {
      ...XOR,
      loss: 'bce_logits' as const,
      mlp: spec,
      center,
      seed: 11,
      g: 7,
      range: 0.5,
    };
    const s = await mlpSlice(req);
    expect(s.values[3 * 7 + 3]).toBeCloseTo(jsLoss(center, 8, XOR.x, XOR.y), 5);
    // A corner: θ* + α d1 + β d2 at α = β = −0.5.
    const corner = center.map((v, k) => v - 0.5 * s.d1[k] - 0.5 * s.d2[k]);
    expect(s.values[0]).toBeCloseTo(jsLoss(corner, 8, XOR.x, XOR.y), 4);
    expect(Array.from((await mlpSlice(req)).values)).toEqual(Array.from(s.values));
  });

  it('projects a point of the plane back to its (α, β)', () => {
    const d1 = filterNormalizedDirection(center, 8, mulberry32(1));
    const d2 = filterNormalizedDirection(center, 8, mulberry32(2));
    const t = center.map((v, k) => v + 0.3 * d1[k] - 0.7 * d2[k]);
    const [[a, b]] = projectOnSlice(center, d1, d2, [t]);
    expect(a).toBeCloseTo(0.3, 8);
    expect(b).toBeCloseTo(-0.7, 8);
  });

  it('interpolates from the start to the end weights', async () => {
    const to = initMlp(spec, 6);
    const r = await mlpInterpolation({
      ...XOR,
      loss: 'bce_logits',
      mlp: spec,
      from: center,
      to,
      n: 7,
    });
    // t runs over [−0.25, 1.25]: t = 0 at index 1, t = 1 at index 5.
    expect(r.t[1]).toBeCloseTo(0, 10);
    expect(r.loss[1]).toBeCloseTo(jsLoss(center, 8, XOR.x, XOR.y), 5);
    expect(r.loss[5]).toBeCloseTo(jsLoss(to, 8, XOR.x, XOR.y), 5);
  });
});
