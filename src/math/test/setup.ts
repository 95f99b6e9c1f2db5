// Shared set-up of the math tests: tfjs on its cpu backend (Node), quiet.
import * as tf from '@tensorflow/tfjs';
import { beforeAll } from 'vitest';

beforeAll(async () => {
  tf.env().set('IS_TEST', true);
  await tf.setBackend('cpu');
  await tf.ready();
});

/** Runs `fn` and returns how many tensors it left behind. */
export async function leaked(fn: () => unknown): Promise<number> {
  const before = tf.memory().numTensors;
  try {
    await fn();
  } catch {
    // leaks are counted on the error path too
  }
  return tf.memory().numTensors - before;
}
