// Set-up for the tests that use tfjs or fast-check, imported by each such test file (not a
// global setup file: the other test files do not pay for loading tfjs): tfjs on its cpu backend
// (Node), quiet; fast-check seeded.
import * as tf from '@tensorflow/tfjs';
import fc from 'fast-check';
import { beforeAll } from 'vitest';

// Property tests run with a fixed seed so CI is reproducible; FC_SEED varies it, and
// FC_RUNS_FACTOR multiplies the runs of properties.test.ts (e.g. 20 for a long local search).
/** Node's environment variables (typed here: the app's tsconfig has no Node types). */
export const testEnv: Record<string, string | undefined> =
  (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env ?? {};

fc.configureGlobal({ seed: Number(testEnv.FC_SEED ?? 20261129) });

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
