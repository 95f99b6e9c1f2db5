import { describe, expect, it } from 'vitest';
import { leaked } from '../test/setup';
import { balancedWeights, blurProbabilities, segmentationLoss } from './segmentation';

const EPS = 1e-7;
// The clip bounds as float32 holds them (1 − 1e-7 rounds to 1 − 1.19e-7 there).
const clip = (p: number) => Math.min(Math.fround(1 - EPS), Math.max(Math.fround(EPS), p));
const ceByHand = (y: number, p: number) =>
  -(y * Math.log(clip(p)) + (1 - y) * Math.log(Math.fround(1 - clip(p))));
function focalByHand(y: number, p: number, gamma = 2, alpha = 0.25) {
  const pc = clip(p);
  const pt = y === 1 ? pc : Math.fround(1 - pc);
  const at = y === 1 ? alpha : 1 - alpha;
  return -at * (1 - pt) ** gamma * Math.log(pt);
}

// 1 foreground pixel in 8: an imbalanced toy mask.
const MASK = [0, 0, 0, 1, 0, 0, 0, 0];
const PROB = [0.1, 0.2, 0.05, 0.3, 0.9, 0.5, 0, 1];

describe('segmentationLoss', () => {
  it('ce: per-pixel binary cross-entropy and its mean', async () => {
    const r = await segmentationLoss({ mask: MASK, prob: PROB, loss: 'ce' });
    const want = MASK.map((y, i) => ceByHand(y, PROB[i]));
    want.forEach((v, i) => expect(r.perPixel[i]).toBeCloseTo(v, 4));
    expect(r.mean).toBeCloseTo(want.reduce((s, v) => s + v, 0) / 8, 4);
    expect(r.counts).toEqual([7, 1]);
    // dL/dp_i = ℓ′(p_i) / N = (p − y) / (p (1 − p) N) away from the clip
    expect(r.gradient[0]).toBeCloseTo((0.1 - 0) / (0.1 * 0.9 * 8), 3);
  });

  it('wce: balanced weights N/(2 N_c), reduced as Σ w ℓ / Σ w', async () => {
    expect(balancedWeights([7, 1])).toEqual([8 / 14, 4]);
    const r = await segmentationLoss({ mask: MASK, prob: PROB, loss: 'wce' });
    const w = MASK.map((y) => (y ? 4 : 8 / 14));
    const terms = MASK.map((y, i) => w[i] * ceByHand(y, PROB[i]));
    terms.forEach((v, i) => expect(r.perPixel[i]).toBeCloseTo(v, 4));
    expect(r.mean).toBeCloseTo(terms.reduce((s, v) => s + v, 0) / w.reduce((s, v) => s + v, 0), 4);
    const plain = await segmentationLoss({ mask: MASK, prob: PROB, loss: 'ce' });
    // The missed foreground pixel (p = 0.3) now weighs 4: the weighted mean differs from plain.
    expect(r.mean).not.toBeCloseTo(plain.mean, 2);
  });

  it('focal: −α_t (1 − p_t)^γ log p_t, and γ changes it', async () => {
    const r = await segmentationLoss({ mask: MASK, prob: PROB, loss: 'focal' });
    const want = MASK.map((y, i) => focalByHand(y, PROB[i]));
    want.forEach((v, i) => expect(r.perPixel[i]).toBeCloseTo(v, 4));
    expect(r.mean).toBeCloseTo(want.reduce((s, v) => s + v, 0) / 8, 4);
    const g0 = await segmentationLoss({
      mask: MASK,
      prob: PROB,
      loss: 'focal',
      gamma: 0,
      alpha: 0.5,
    });
    expect(g0.mean).toBeCloseTo(MASK.reduce((s, y, i) => s + 0.5 * ceByHand(y, PROB[i]), 0) / 8, 4);
  });

  it('dice: 1 − (2Σpy + 1)/(Σp + Σy + 1), the map is |∂L/∂p|', async () => {
    const r = await segmentationLoss({ mask: MASK, prob: PROB, loss: 'dice' });
    const pc = PROB.map(clip);
    const inter = pc.reduce((s, p, i) => s + p * MASK[i], 0);
    const sp = pc.reduce((s, p) => s + p, 0);
    const den = sp + 1 + 1;
    expect(r.mean).toBeCloseTo(1 - (2 * inter + 1) / den, 5);
    // ∂L/∂p_i = −(2 y_i · den − (2·inter + 1)) / den²  (the two clipped pixels have 0)
    const g = (i: number) => -(2 * MASK[i] * den - (2 * inter + 1)) / den ** 2;
    [0, 3, 4].forEach((i) => expect(r.gradient[i]).toBeCloseTo(g(i), 4));
    [0, 3, 4].forEach((i) => expect(r.perPixel[i]).toBeCloseTo(Math.abs(g(i)), 4));
    const perfect = await segmentationLoss({ mask: MASK, prob: MASK, loss: 'dice' });
    expect(perfect.mean).toBeCloseTo(0, 5);
  });

  it('refuses bad input with the field named', async () => {
    await expect(segmentationLoss({ mask: [0, 2], prob: [0, 0], loss: 'ce' })).rejects.toThrow(
      /mask\[1\]/,
    );
    await expect(segmentationLoss({ mask: [0, 1], prob: [0, 1.5], loss: 'ce' })).rejects.toThrow(
      /prob\[1\]/,
    );
    await expect(segmentationLoss({ mask: [0, 1], prob: [0], loss: 'ce' })).rejects.toThrow(/prob/);
    await expect(segmentationLoss({ mask: [0, 1], prob: [0, NaN], loss: 'ce' })).rejects.toThrow(
      /prob\[1\]/,
    );
    await expect(
      segmentationLoss({ mask: [0, 1], prob: [0, 1], loss: 'nope' as 'ce' }),
    ).rejects.toThrow(/loss/);
  });

  it('leaves no tensor behind', async () => {
    for (const loss of ['ce', 'wce', 'focal', 'dice'] as const)
      expect(await leaked(() => segmentationLoss({ mask: MASK, prob: PROB, loss }))).toBe(0);
    expect(await leaked(() => blurProbabilities(Array(16).fill(0.5), 4, 3))).toBe(0);
  });
});

describe('blurProbabilities', () => {
  it('keeps a constant map, smooths a spike with the binomial kernel', async () => {
    const flat = await blurProbabilities(Array(16).fill(0.4), 4);
    flat.forEach((v) => expect(v).toBeCloseTo(0.4, 5));
    const spike = Array(25).fill(0);
    spike[12] = 1;
    const b = await blurProbabilities(spike, 5);
    expect(b[12]).toBeCloseTo(4 / 16, 5);
    expect(b[7]).toBeCloseTo(2 / 16, 5);
    expect(b[6]).toBeCloseTo(1 / 16, 5);
    await expect(blurProbabilities([0, 1, 0], 2)).rejects.toThrow(/prob/);
  });
});
