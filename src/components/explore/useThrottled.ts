// A value that follows another at most once per `ms`: a change after a quiet spell shows at
// once (in a transition, which React may interrupt), changes in quick succession (a drag's
// moves) show on the trailing edge, the latest one. Explore's summary panels (step by step with
// its KaTeX, contributions, the explanation) follow the rows so: a drag's frame is the marker's
// and the curves', and the summaries catch up a few times a second and exactly on release.
import { startTransition, useEffect, useState } from 'react';

export const SUMMARY_EVERY_MS = 150;

export interface Throttle<T> {
  /** A new value: shown at once after a quiet spell of `ms`, else `ms` after the last shown. */
  push(value: T): void;
  /** Drops the value waiting to be shown. */
  cancel(): void;
}

/** The timing of useThrottled, without React (`now` in ms, performance.now() by default). */
export function createThrottle<T>(
  ms: number,
  show: (value: T) => void,
  now: () => number = () => performance.now(),
): Throttle<T> {
  let last = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  return {
    push(value) {
      cancel();
      timer = setTimeout(
        () => {
          timer = null;
          last = now();
          show(value);
        },
        Math.max(0, last + ms - now()),
      );
    },
    cancel,
  };
}

export function useThrottled<T>(value: T, ms: number): T {
  const [shown, setShown] = useState(value);
  const [throttle] = useState(() =>
    createThrottle<T>(ms, (v) => startTransition(() => setShown(() => v))),
  );
  useEffect(() => {
    if (Object.is(shown, value)) throttle.cancel();
    else throttle.push(value);
  }, [value, shown, throttle]);
  useEffect(() => () => throttle.cancel(), [throttle]);
  return shown;
}
