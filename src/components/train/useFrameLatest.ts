// Runs an async computation for the latest input at most once per animation frame: while one is
// in flight, newer inputs only replace the pending request (the latest wins; none queue up), so a
// replay at 100 steps per frame never piles up work. The last result stays shown until the next.
import { useEffect, useRef, useState } from 'react';

export function useFrameLatest<I, T>(
  input: I | null,
  compute: (input: I) => Promise<T>,
): { input: I; value: T } | null {
  const [out, setOut] = useState<{ input: I; value: T } | null>(null);
  const latest = useRef<I | null>(input);
  const run = useRef(compute);
  const busy = useRef(false);
  const frame = useRef(0);
  const alive = useRef(true);
  const kick = useRef<() => void>(() => undefined);
  useEffect(() => {
    latest.current = input;
    run.current = compute;
  });
  useEffect(() => {
    alive.current = true;
    kick.current = () => {
      if (busy.current || frame.current) return;
      frame.current = requestAnimationFrame(async () => {
        frame.current = 0;
        const req = latest.current;
        if (req === null || !alive.current) return;
        busy.current = true;
        try {
          const value = await run.current(req);
          if (alive.current) setOut({ input: req, value });
        } catch {
          // A stale or out-of-range request: keep the last picture.
        } finally {
          busy.current = false;
        }
        if (alive.current && latest.current !== req) kick.current();
      });
    };
    return () => {
      alive.current = false;
      cancelAnimationFrame(frame.current);
      frame.current = 0;
    };
  }, []);
  useEffect(() => {
    if (input !== null) kick.current();
  }, [input]);
  return out;
}
