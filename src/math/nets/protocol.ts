// Messages between the app and the network worker (nets.worker.ts). Every job has an id; the
// worker answers with progress messages and one final `done` or `error`, and stops a job between
// chunks when it receives `cancel`.
import type { CompareRun, CompareSpec } from './compare';
import type { Sharpness } from './sharpness';
import type { EpochStats, NetRun, NetTrainSpec } from './train';
import type { NetKind } from './net';

/** The plane a slice lies in: two random filter-normalised directions, or the trajectory's PCA. */
export type PlaneSpec =
  | { type: 'random'; seed: number; range: number }
  | { type: 'pca'; checkpoints: Float32Array[]; pad: number };

export type NetJob =
  | { type: 'train'; spec: NetTrainSpec }
  | { type: 'slice'; kind: NetKind; theta: Float32Array; plane: PlaneSpec; g: number }
  /** Losses on the line θ(t) = (1 − t)·from + t·to, t in [t0, t1] (n points), train and test. */
  | {
      type: 'line';
      kind: NetKind;
      from: Float32Array;
      to: Float32Array;
      t: [number, number];
      n: number;
    }
  /** Losses along one filter-normalised direction through θ: θ + a·d, a in [−range, range]. */
  | { type: 'line1d'; kind: NetKind; theta: Float32Array; seed: number; range: number; n: number }
  | { type: 'sharpness'; kind: NetKind; theta: Float32Array; iterations: number }
  | { type: 'evaluate'; kind: NetKind; theta: Float32Array }
  /** Li et al.'s comparison: four trainings (small/full batch × no/with decay), each pictured. */
  | { type: 'compare'; spec: CompareSpec }
  /** The worker's live tensor count (the benchmark's leak check). */
  | { type: 'memory' };

export interface PlaneInfo {
  xs: number[];
  ys: number[];
  /** PCA only: each axis's share of the trajectory's variance, and the projected path. */
  explained?: [number, number];
  path?: { x: number[]; y: number[] };
}

export interface LineResult {
  t: number[];
  trainLoss: Float32Array;
  testLoss: Float32Array;
  trainAcc: Float32Array;
  testAcc: Float32Array;
}

export interface EvaluateResult {
  trainLoss: number;
  trainAcc: number;
  testLoss: number;
  testAcc: number;
  /** Predicted digit of each test image, and the test images (64 pixels in [0, 1] each) with labels. */
  testPred: Int32Array;
  testX: Float32Array;
  testY: Int32Array;
}

export type NetResult =
  | { type: 'train'; run: NetRun }
  | { type: 'slice'; values: Float32Array; plane: PlaneInfo; ms: number; firstMs: number }
  | { type: 'line'; line: LineResult }
  | { type: 'sharpness'; sharpness: Sharpness }
  | { type: 'evaluate'; evaluation: EvaluateResult }
  | { type: 'compare'; runs: CompareRun[] }
  | { type: 'memory'; numTensors: number };

export type ToWorker =
  | { type: 'init'; dataUrl: string; backend?: 'wasm' | 'cpu' }
  | { type: 'job'; id: number; job: NetJob }
  | { type: 'cancel'; id: number };

export type FromWorker =
  | { type: 'ready'; backend: string; train: number; test: number }
  | { type: 'init-error'; message: string }
  | { type: 'epoch'; id: number; stats: EpochStats; epochs: number }
  | { type: 'plane'; id: number; plane: PlaneInfo }
  | { type: 'level'; id: number; values: Float32Array; done: number; total: number; stride: number }
  | { type: 'progress'; id: number; done: number; total: number }
  /** The comparison: overall fraction done, the run under way, and each run as it finishes. */
  | { type: 'compare-progress'; id: number; fraction: number; run: number }
  | { type: 'compare-run'; id: number; index: number; run: CompareRun }
  | { type: 'done'; id: number; result: NetResult }
  | { type: 'error'; id: number; message: string; aborted: boolean };
