import type * as tf from '@tensorflow/tfjs-core';

/**
 * Frees an optimizer's tensors. tfjs 4.22's MomentumOptimizer.dispose() does not call
 * SGDOptimizer's, so its kept −lr scalar (`c`) would stay: one tensor per momentum run.
 */
export function disposeOptimizer(o: tf.Optimizer): void {
  o.dispose();
  const c = (o as unknown as { c?: tf.Tensor }).c;
  if (c && !c.isDisposed) c.dispose();
}
