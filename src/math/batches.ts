// The mini-batch schedule of trainPath, without tfjs: each epoch is a fresh seeded Fisher–Yates
// shuffle of the data (mulberry32), cut into ⌊m / batch⌋ batches; a remainder that would not fill
// a batch is skipped and the next epoch reshuffles. The landscape reads the batch of any step
// from here, so the surface it draws is the one that step descended on.
import { LossInputError } from './errors';
import { mulberry32, shuffledIndices } from './random';

function checkSizes(m: number, batchSize: number): number {
  if (!Number.isInteger(m) || m < 1)
    throw new LossInputError('x', `needs at least one point, got ${m}`);
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new LossInputError('batchSize', `must be a positive integer, got ${batchSize}`);
  return Math.min(batchSize, m);
}

/** The batches in the order trainPath uses them: `next()` gives the data indices of each step. */
export function batchSchedule(m: number, batchSize: number, seed = 1): { next(): number[] } {
  const batch = checkSizes(m, batchSize);
  const rand = mulberry32(seed);
  let order: number[] = [];
  let cursor = m;
  return {
    next() {
      if (cursor + batch > m) [order, cursor] = [shuffledIndices(m, rand), 0];
      cursor += batch;
      return order.slice(cursor - batch, cursor);
    },
  };
}

/**
 * The data indices of step `step` (0-based) of a run with this schedule: the same as the
 * (step + 1)-th `next()`, at the cost of one shuffle per epoch before it.
 */
export function batchAt(m: number, batchSize: number, seed: number, step: number): number[] {
  const batch = checkSizes(m, batchSize);
  if (!Number.isInteger(step) || step < 0)
    throw new LossInputError('step', `must be a non-negative integer, got ${step}`);
  const perEpoch = Math.floor(m / batch);
  const rand = mulberry32(seed);
  let order: number[] = [];
  for (let e = 0; e <= Math.floor(step / perEpoch); e++) order = shuffledIndices(m, rand);
  const k = (step % perEpoch) * batch;
  return order.slice(k, k + batch);
}
