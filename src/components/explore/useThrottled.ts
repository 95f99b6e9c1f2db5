// A value that follows another at most once per `ms`: a change after a quiet spell shows at
// once (in a transition, which React may interrupt), changes in quick succession (a drag's
// moves) show on the trailing edge, the latest one. Explore's summary panels (step by step with
// its KaTeX, contributions, the explanation) follow the rows so: a drag's frame is the marker's
// and the curves', and the summaries catch up a few times a second and exactly on release.
import { startTransition, useEffect, useRef, useState } from 'react';

export const SUMMARY_EVERY_MS = 150;

export function useThrottled<T>(value: T, ms: number): T {
  const [shown, setShown] = useState(value);
  /** When `shown` last changed (performance.now()); −∞ before the first change. */
  const last = useRef(-Infinity);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    const wait = Math.max(0, last.current + ms - performance.now());
    const timer = setTimeout(() => {
      last.current = performance.now();
      startTransition(() => setShown(value));
    }, wait);
    return () => clearTimeout(timer);
  }, [value, shown, ms]);
  return shown;
}
