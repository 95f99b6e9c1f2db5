import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { leaked } from '../test/setup';
import { DIGITS_N, parseDigits } from './digits';
import { crossEntropy, initTheta, logits, netDef, paramCount, toParams } from './net';
import { mulberry32 } from '../random';
import { bundledDigits, head } from './testData';
import { disposeSet, evaluate, toTensorSet, trainNet } from './train';

describe('bundled digits', () => {
  it('parse to 1,797 images and split 1,437 / 360 the same way every time', async () => {
    const { train, test, all } = await bundledDigits();
    expect(all.n).toBe(DIGITS_N);
    expect(train.n).toBe(1437);
    expect(test.n).toBe(360);
    expect(Math.max(...all.x)).toBe(1);
    expect(new Set(train.y).size).toBe(10);
    const again = await bundledDigits();
    expect(again.test.y).toEqual(test.y);
  });

  it('rejects a file that is not rows of 65 bytes, naming the rule', () => {
    expect(() => parseDigits(new Uint8Array(64))).toThrow(/rows of 65 bytes/);
    const bad = new Uint8Array(65);
    bad[64] = 12;
    expect(() => parseDigits(bad)).toThrow(/label 12/);
  });
});

describe('networks', () => {
  it('have the sizes of their layers', () => {
    expect(paramCount(netDef('mlp'))).toBe(64 * 32 + 32 + 32 * 10 + 10);
    expect(paramCount(netDef('cnn'))).toBe(9 * 8 + 8 + 9 * 8 * 16 + 16 + 256 * 10 + 10);
  });

  it('the conv3d form of the CNN computes the same logits as conv2d, and its gradient', async () => {
    const { train } = await bundledDigits();
    const def = netDef('cnn');
    const theta = initTheta(def, mulberry32(3));
    const set = toTensorSet(head(train, 8), 10);
    const [a, b, ga, gb] = tf.tidy(() => {
      const p = toParams(def, theta);
      const f2 = (...q: tf.Tensor[]) => crossEntropy(logits(def, q, set.x, 'conv2d'), set.oneHot);
      const f3 = (...q: tf.Tensor[]) => crossEntropy(logits(def, q, set.x, 'conv3d'), set.oneHot);
      return [
        logits(def, p, set.x, 'conv2d'),
        logits(def, p, set.x, 'conv3d'),
        tf.concat(
          tf
            .grads(f2)(p)
            .map((g) => tf.reshape(g, [-1])),
        ),
        tf.concat(
          tf
            .grads(f3)(p)
            .map((g) => tf.reshape(g, [-1])),
        ),
      ];
    });
    const [va, vb, vga, vgb] = await Promise.all([a.data(), b.data(), ga.data(), gb.data()]);
    tf.dispose([a, b, ga, gb]);
    disposeSet(set);
    expect(va.length).toBe(8 * 10);
    va.forEach((v, i) => expect(vb[i]).toBeCloseTo(v, 4));
    expect(vga.some((v) => v !== 0)).toBe(true);
    vga.forEach((v, i) => expect(vgb[i]).toBeCloseTo(v, 4));
  });

  it('the CNN learns a subset of the digits and leaves no tensors behind', async () => {
    const { train, test } = await bundledDigits();
    const tr = toTensorSet(head(train, 150), 10);
    const te = toTensorSet(head(test, 100), 10);
    const spec = {
      kind: 'cnn',
      optimizer: 'adam',
      lr: 0.01,
      batchSize: 32,
      epochs: 3,
      weightDecay: 1e-4,
      seed: 1,
    } as const;
    let run: Awaited<ReturnType<typeof trainNet>> | undefined;
    expect(await leaked(async () => (run = await trainNet(spec, tr, te)))).toBe(0);
    expect(run!.checkpoints).toHaveLength(4);
    expect(run!.history.at(-1)!.trainLoss).toBeLessThan(run!.history[0].trainLoss * 0.6);
    expect(run!.history.at(-1)!.testAcc).toBeGreaterThan(0.5);
    const ev = await evaluate(netDef('cnn'), run!.theta, te, true);
    expect(ev.acc).toBeCloseTo(run!.history.at(-1)!.testAcc, 6);
    expect(ev.pred).toHaveLength(100);
    disposeSet(tr);
    disposeSet(te);
  });

  it('a run reproduces from its seed', async () => {
    const { train } = await bundledDigits();
    const tr = toTensorSet(head(train, 64), 10);
    const spec = {
      kind: 'mlp',
      optimizer: 'sgd',
      lr: 0.1,
      batchSize: 16,
      epochs: 1,
      weightDecay: 0,
      seed: 5,
    } as const;
    const a = await trainNet(spec, tr, tr);
    const b = await trainNet(spec, tr, tr);
    expect(b.theta).toEqual(a.theta);
    disposeSet(tr);
  });

  it('rejects a bad spec with the field named', async () => {
    const { train } = await bundledDigits();
    const tr = toTensorSet(head(train, 8), 10);
    const spec = {
      kind: 'mlp',
      optimizer: 'sgd',
      lr: 0,
      batchSize: 16,
      epochs: 1,
      weightDecay: 0,
      seed: 5,
    } as const;
    await expect(trainNet(spec, tr, tr)).rejects.toThrow(/lr/);
    disposeSet(tr);
  });
});
