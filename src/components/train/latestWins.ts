// Latest wins, one task later: a drag's moves reach the store once per task that runs after the
// move's frame (issue 15). The pointer handler paints what the hand holds at once (the point, the
// surface's live frame); the store's update of everything else — the data chart's fit and pulls,
// the run's plan, the contours — is React's synchronous render of that update, so it waits for
// the frame instead of holding it, and moves that arrive before it runs are folded into one.
import { postTask } from '../../math/tasks';

/** Runs `run` in a later task. */
export type Post = (run: () => void) => void;

export interface LatestWins<T> {
  /** Keeps `value` (dropping any kept one) and asks for a task to apply it, if none is asked. */
  push(value: T): void;
  /** Applies the kept value now, if any (a release: the store must hold the last move). */
  flush(): void;
  /** Whether a value waits. */
  readonly pending: boolean;
}

export function latestWins<T>(apply: (value: T) => void, post: Post = postTask): LatestWins<T> {
  let kept: { value: T } | null = null;
  let asked = false;
  const flush = () => {
    const k = kept;
    kept = null;
    if (k) apply(k.value);
  };
  return {
    push(value) {
      kept = { value };
      if (asked) return;
      asked = true;
      post(() => {
        asked = false;
        flush();
      });
    },
    flush,
    get pending() {
      return kept !== null;
    },
  };
}
