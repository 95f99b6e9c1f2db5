import * as tf from '@tensorflow/tfjs-core';
import '../tf';
import { describe, expect, it } from 'vitest';
import { leaked } from '../test/setup';
import { makeGlyphs } from './glyphs';
import { createSoftmaxTrainer, softmaxCE } from './softmax';

/** Hand-written −log softmax(z)[label], in float64. */
function ceByHand(z: number[], label: number): number {
  const m = Math.max(...z);
  const lse = m + Math.log(z.reduce((s, v) => s + Math.exp(v - m), 0));
  return lse - z[label];
}

describe('glyphs', () => {
  it('are 8×8, in [0, 1], reproducible from the seed, 4 classes × perClass', () => {
    const g = makeGlyphs(3, 3);
    expect(g.images).toHaveLength(12);
    expect(g.labels).toEqual([0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3]);
    g.images.forEach((img) => {
      expect(img).toHaveLength(64);
      img.forEach((v) => expect(v >= 0 && v <= 1).toBe(true));
    });
    expect(makeGlyphs(3, 3)).toEqual(g);
    expect(makeGlyphs(4, 3)).not.toEqual(g);
  });
});

describe('softmaxCE', () => {
  it('equals logsumexp(z) − z_y, also for confident logits (no overflow)', () => {
    const z = [
      [1, 2, 3],
      [100, -100, 0],
      [-50, 50, 0],
    ];
    const labels = [2, 0, 0];
    const ce = tf.tidy(() =>
      softmaxCE(
        tf.tensor2d(z),
        tf.cast(tf.oneHot(tf.tensor1d(labels, 'int32'), 3), 'float32') as tf.Tensor2D,
      ).arraySync(),
    );
    z.forEach((row, i) => expect(ce[i]).toBeCloseTo(ceByHand(row, labels[i]), 3));
    expect(ce[2]).toBeCloseTo(100, 3); // a confident wrong prediction: CE = 100, finite
  });
});

describe('createSoftmaxTrainer', () => {
  const g = makeGlyphs(1, 3);
  const data = { images: g.images, labels: g.labels, classes: 4 };

  it('starts uniform (CE = log 4) and the mean CE falls while training', async () => {
    const tr = createSoftmaxTrainer(data, { name: 'sgd', lr: 0.5 });
    try {
      const s0 = await tr.evaluate();
      s0.probs.forEach((p) => p.forEach((v) => expect(v).toBeCloseTo(0.25, 6)));
      expect(s0.mean).toBeCloseTo(Math.log(4), 5);
      const s1 = await tr.train(20);
      const s2 = await tr.train(60);
      expect(s1.step).toBe(20);
      expect(s1.mean).toBeLessThan(s0.mean);
      expect(s2.mean).toBeLessThan(s1.mean);
      expect(s2.mean).toBeLessThan(0.2);
      // Every example's CE is −log of its own class probability; rows sum to 1.
      s2.probs.forEach((p, i) => {
        expect(s2.ce[i]).toBeCloseTo(-Math.log(p[g.labels[i]]), 4);
        expect(p.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 5);
      });
      expect(s2.mean).toBeCloseTo(s2.ce.reduce((s, v) => s + v, 0) / s2.ce.length, 6);
    } finally {
      tr.dispose();
    }
  });

  it('a confident prediction relabelled wrong makes its CE explode, and the mean with it', async () => {
    const tr = createSoftmaxTrainer(data, { name: 'adam', lr: 0.05 });
    try {
      const before = await tr.train(150);
      const labels = g.labels.slice();
      labels[0] = 1; // example 0 is a confident "vertical"; call it "horizontal"
      tr.setLabels(labels);
      const after = await tr.evaluate();
      expect(before.probs[0][0]).toBeGreaterThan(0.95);
      expect(after.ce[0]).toBeCloseTo(-Math.log(before.probs[0][1]), 3);
      expect(after.ce[0]).toBeGreaterThan(4);
      expect(after.mean).toBeGreaterThan(before.mean + 4 / 12 - 0.1);
      tr.reset();
      expect((await tr.evaluate()).mean).toBeCloseTo(Math.log(4), 5);
    } finally {
      tr.dispose();
    }
  });

  it('refuses bad input and leaves no tensor behind', async () => {
    expect(() => createSoftmaxTrainer({ ...data, classes: 1 }, { name: 'sgd', lr: 0.1 })).toThrow(
      /classes/,
    );
    expect(() =>
      createSoftmaxTrainer({ ...data, labels: data.labels.map(() => 7) }, { name: 'sgd', lr: 0.1 }),
    ).toThrow(/labels\[0\]/);
    expect(() => createSoftmaxTrainer(data, { name: 'sgd', lr: -1 })).toThrow(/lr/);
    expect(
      await leaked(async () => {
        const tr = createSoftmaxTrainer(data, { name: 'adam', lr: 0.01 });
        await tr.train(3);
        tr.setLabels(data.labels);
        tr.reset();
        await tr.train(2);
        tr.dispose();
      }),
    ).toBe(0);
    // Each call leaves the tensor count as it was (variables are the only residents).
    const tr = createSoftmaxTrainer(data, { name: 'momentum', lr: 0.1 });
    await tr.train(1);
    expect(await leaked(() => tr.train(5))).toBe(0);
    expect(await leaked(() => tr.evaluate())).toBe(0);
    tr.dispose();
  });
});
