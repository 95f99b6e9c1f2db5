// Runs an async computation whenever its inputs change; the latest request wins (an older
// result that arrives late is dropped). Errors become a message, never a crash.
import { useEffect, useState } from 'react';

export interface AsyncState<T> {
  value: T | null;
  error: string | null;
  /** True until the current request has answered. */
  pending: boolean;
}

interface Settled<T> {
  job: unknown;
  value: T | null;
  error: string | null;
}

export function useAsync<T>(run: (() => Promise<T>) | null): AsyncState<T> {
  const [state, setState] = useState<Settled<T>>({ job: null, value: null, error: null });
  useEffect(() => {
    if (!run) return;
    let live = true;
    run().then(
      (value) => live && setState({ job: run, value, error: null }),
      (err: unknown) =>
        live &&
        setState({
          job: run,
          value: null,
          error: err instanceof Error ? err.message : String(err),
        }),
    );
    return () => {
      live = false;
    };
  }, [run]);
  // The last settled value stays shown while the next one computes (no flicker).
  return { value: state.value, error: state.error, pending: state.job !== run };
}
