// The network jobs, independent of how they are called (worker, tests, bench): each takes the
// loaded train/test sets and reports through `emit`.
import * as tf from '@tensorflow/tfjs-core';
import { runComparison } from './compare';
import { filterNormalizedDirection } from './directions';
import { lossesAt, linspace, lossSlice } from './landscape';
import { netDef } from './net';
import { pcaPlane } from './pca';
import type { FromWorker, NetJob, NetResult, PlaneInfo } from './protocol';
import { sharpness } from './sharpness';
import { evaluate, toTensorSet, trainNet, type TensorSet } from './train';
import type { DigitSet } from './digits';

type Emit = (m: FromWorker) => void;

export interface LoadedSets {
  train: TensorSet;
  test: TensorSet;
  testRaw: DigitSet;
}

export function loadSets(train: DigitSet, test: DigitSet): LoadedSets {
  return { train: toTensorSet(train, 10), test: toTensorSet(test, 10), testRaw: test };
}

const now = () => performance.now();

export async function runJob(
  id: number,
  job: NetJob,
  sets: LoadedSets,
  emit: Emit,
  signal: AbortSignal,
): Promise<NetResult> {
  switch (job.type) {
    case 'train': {
      const run = await trainNet(job.spec, sets.train, sets.test, {
        signal,
        onEpoch: (stats) => emit({ type: 'epoch', id, stats, epochs: job.spec.epochs }),
      });
      return { type: 'train', run };
    }
    case 'slice': {
      const t0 = now();
      const def = netDef(job.kind);
      let d1: Float32Array;
      let d2: Float32Array;
      let plane: PlaneInfo;
      if (job.plane.type === 'random') {
        d1 = filterNormalizedDirection(def, job.theta, job.plane.seed);
        d2 = filterNormalizedDirection(def, job.theta, job.plane.seed + 7919);
        const axis = linspace(-job.plane.range, job.plane.range, job.g);
        plane = { xs: axis, ys: axis };
      } else {
        const pca = pcaPlane(job.plane.checkpoints, job.theta);
        const padShare = job.plane.pad;
        [d1, d2] = pca.axes;
        const span = (v: number[]) => {
          const lo = Math.min(0, ...v);
          const hi = Math.max(0, ...v);
          const pad = (hi - lo || 1) * padShare;
          return linspace(lo - pad, hi + pad, job.g);
        };
        plane = {
          xs: span(pca.path.x),
          ys: span(pca.path.y),
          explained: pca.explained,
          path: pca.path,
        };
      }
      emit({ type: 'plane', id, plane });
      let firstMs = NaN;
      const values = await lossSlice(
        def,
        { theta: job.theta, d1, d2, xs: plane.xs, ys: plane.ys },
        sets.train,
        {
          signal,
          onLevel: (p) => {
            if (Number.isNaN(firstMs)) firstMs = now() - t0;
            emit({ type: 'level', id, ...p });
          },
          onProgress: (done, total) => emit({ type: 'progress', id, done, total }),
        },
      );
      return { type: 'slice', values, plane, ms: now() - t0, firstMs };
    }
    case 'line':
    case 'line1d': {
      const def = netDef(job.kind);
      let t: number[];
      let thetas: Float32Array[];
      if (job.type === 'line') {
        t = linspace(job.t[0], job.t[1], job.n);
        thetas = t.map((s) => Float32Array.from(job.from, (a, i) => (1 - s) * a + s * job.to[i]));
      } else {
        t = linspace(-job.range, job.range, job.n);
        const d = filterNormalizedDirection(def, job.theta, job.seed);
        thetas = t.map((s) => Float32Array.from(job.theta, (a, i) => a + s * d[i]));
      }
      const total = 2 * thetas.length;
      const tr = await lossesAt(def, thetas, sets.train, {
        signal,
        accuracy: true,
        onChunk: (done) => emit({ type: 'progress', id, done, total }),
      });
      const te = await lossesAt(def, thetas, sets.test, {
        signal,
        accuracy: true,
        onChunk: (done) => emit({ type: 'progress', id, done: thetas.length + done, total }),
      });
      return {
        type: 'line',
        line: { t, trainLoss: tr.loss, testLoss: te.loss, trainAcc: tr.acc!, testAcc: te.acc! },
      };
    }
    case 'sharpness':
      return {
        type: 'sharpness',
        sharpness: await sharpness(netDef(job.kind), job.theta, sets.train, {
          iterations: job.iterations,
          signal,
        }),
      };
    case 'compare':
      return {
        type: 'compare',
        runs: await runComparison(job.spec, sets.train, sets.test, {
          signal,
          onProgress: (fraction, run) => emit({ type: 'compare-progress', id, fraction, run }),
          onRun: (index, run) => emit({ type: 'compare-run', id, index, run }),
        }),
      };
    case 'memory':
      return { type: 'memory', numTensors: tf.memory().numTensors };
    case 'evaluate': {
      const def = netDef(job.kind);
      const tr = await evaluate(def, job.theta, sets.train);
      const te = await evaluate(def, job.theta, sets.test, true);
      return {
        type: 'evaluate',
        evaluation: {
          trainLoss: tr.loss,
          trainAcc: tr.acc,
          testLoss: te.loss,
          testAcc: te.acc,
          testPred: te.pred!,
          testX: sets.testRaw.x,
          testY: sets.testRaw.y,
        },
      };
    }
  }
}
