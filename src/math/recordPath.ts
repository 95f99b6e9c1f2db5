// The read-back loop that trainPath and trainMlp share: each step leaves one row of numbers (the
// loss first, then whatever the caller records) as a tensor on the backend, and the rows are read
// back once per slice, not once per step: a read stalls the GPU pipeline, so per-step reads would
// set the pace of training. A slice ends after SLICE_MS of main-thread time (or READ_EVERY steps),
// and the run yields there: it never holds a frame.
import * as tf from '@tensorflow/tfjs-core';
import { postTask } from './tasks';
import './tf';

/** A loss above this counts as diverged (DESIGN.md). */
export const DIVERGENCE_LIMIT = 1e12;
/** Most rows read back at once (on webgl a step only queues work: the read sets the pace). */
export const READ_EVERY = 50;
/**
 * Main-thread time one slice of steps may take before the run reads its rows back and yields
 * (ms): on wasm and cpu a step computes at once, so a fixed count of steps held the main thread
 * for as long as the data made them (50 steps at M = 1,000: ~20 ms, a drag's frame and more).
 * Time-based, as React's scheduler slices its work: input and frames get in within a slice.
 */
export const SLICE_MS = 6;

type Immediate = (f: () => void) => unknown;
const immediate = (globalThis as { setImmediate?: Immediate }).setImmediate;

/**
 * A macrotask break between slices: input, rendering and other tasks run, and the caller's
 * AbortSignal stops a superseded run at the next step. A MessageChannel message (postTask; Node:
 * setImmediate) rather than setTimeout(0), which browsers clamp to 4 ms once timers nest: a run of
 * 6 ms slices would idle 40 % of its time. Continuations run in the order they were asked for.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise<void>((resolve) => (immediate ? void immediate(resolve) : postTask(resolve)));
}

export interface PathLoop {
  steps: number;
  /**
   * One optimizer step; returns the row of the state before it (a 1-D tensor of the same length
   * every time, its first value the full-data loss), kept until its chunk is read.
   */
  step(): tf.Tensor;
  /** The row of the state after the last step. */
  last(): tf.Tensor;
  /** Each row read back, in order (a view: copy what is kept). */
  onRow(row: Float32Array): void;
  signal?: AbortSignal;
}

/**
 * Runs `steps` steps and hands every row to `onRow`, stopping after the first row whose loss is
 * not finite or exceeds DIVERGENCE_LIMIT. Returns that row's index (divergedAt), or undefined
 * when the run completes. Throws the signal's reason once it is aborted (checked before every
 * step, so a run superseded while it yielded stops there). Row tensors are all disposed, also on
 * error.
 */
export async function recordPath(loop: PathLoop): Promise<number | undefined> {
  let pending: tf.Tensor[] = [];
  let rows = 0;
  /** Reads the pending rows; the index of a diverged row, or undefined. */
  const flush = async (): Promise<number | undefined> => {
    const stacked = tf.stack(pending);
    tf.dispose(pending);
    pending = [];
    const [count, width] = stacked.shape;
    const data = (await stacked.data()) as Float32Array;
    stacked.dispose();
    for (let r = 0; r < count; r++, rows++) {
      const row = data.subarray(r * width, (r + 1) * width);
      loop.onRow(row);
      if (!(Math.abs(row[0]) <= DIVERGENCE_LIMIT)) return rows;
    }
    return undefined;
  };
  try {
    let slice = performance.now();
    for (let step = 0; step < loop.steps; step++) {
      if (loop.signal?.aborted)
        throw loop.signal.reason ?? new DOMException('Training was cancelled', 'AbortError');
      pending.push(loop.step());
      if (pending.length >= READ_EVERY || performance.now() - slice >= SLICE_MS) {
        const diverged = await flush();
        if (diverged !== undefined) return diverged;
        await yieldToEventLoop();
        slice = performance.now();
      }
    }
    pending.push(loop.last());
    return await flush();
  } finally {
    tf.dispose(pending);
  }
}
