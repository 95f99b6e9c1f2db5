import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * The caller's latest handler behind one stable function, or undefined without one: a memoised
 * child (the heatmap) is not re-rendered because its parent passed a new arrow function.
 */
export function useStable<A extends unknown[]>(fn: ((...a: A) => void) | undefined) {
  const ref = useRef(fn);
  useLayoutEffect(() => void (ref.current = fn));
  const stable = useCallback((...a: A) => ref.current?.(...a), []);
  return fn ? stable : undefined;
}
