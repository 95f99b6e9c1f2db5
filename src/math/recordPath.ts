// The read-back loop that trainPath and trainMlp share: each step leaves one row of numbers (the
// loss first, then whatever the caller records) as a tensor on the backend, and the rows are read
// back once per chunk, not once per step: a read stalls the GPU pipeline, so per-step reads would
// set the pace of training.
import * as tf from '@tensorflow/tfjs-core';
import './tf';

/** A loss above this counts as diverged (DESIGN.md). */
export const DIVERGENCE_LIMIT = 1e12;
/** Steps between reads from the backend: one read per chunk, not per step. */
export const READ_EVERY = 50;

/**
 * A macrotask break between chunks: on wasm and cpu, data() resolves at once, so without it a
 * long run would hold the main thread and a drag would wait for the whole run (measured: p95
 * 342 ms from the pointer event). With it, input is handled within a chunk, and the caller's
 * AbortSignal stops a superseded run at the next break.
 */
export const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

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
 * when the run completes. Throws the signal's reason once it is aborted. Row tensors are all
 * disposed, also on error.
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
    for (let step = 0; step < loop.steps; step++) {
      if (loop.signal?.aborted)
        throw loop.signal.reason ?? new DOMException('Training was cancelled', 'AbortError');
      pending.push(loop.step());
      if (pending.length >= READ_EVERY) {
        const diverged = await flush();
        if (diverged !== undefined) return diverged;
        await yieldToEventLoop();
      }
    }
    pending.push(loop.last());
    return await flush();
  } finally {
    tf.dispose(pending);
  }
}
