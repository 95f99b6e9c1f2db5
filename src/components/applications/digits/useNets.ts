// The network worker for the digits views: one per page, started when a digits view first
// mounts; and a hook for one job at a time per view, where a new job cancels the running one
// (the latest request wins).
import { useCallback, useEffect, useRef, useState } from 'react';
import { createNetsClient, type JobMessage, type NetsClient } from '../../../math/nets/client';
import type { NetJob, NetResult } from '../../../math/nets/protocol';

let client: NetsClient | null = null;

export function getNetsClient(): NetsClient {
  client ??= createNetsClient(new URL('data/digits.u8', document.baseURI).href);
  return client;
}

export type NetsReady =
  | { status: 'loading' }
  | { status: 'ready'; backend: string; train: number; test: number }
  | { status: 'error'; message: string };

export function useNetsReady(): NetsReady {
  const [s, setS] = useState<NetsReady>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    getNetsClient().ready.then(
      (r) => live && setS({ status: 'ready', ...r }),
      (e: Error) => live && setS({ status: 'error', message: e.message }),
    );
    return () => {
      live = false;
    };
  }, []);
  return s;
}

export type JobState<R> =
  | { status: 'idle' }
  | { status: 'running'; last?: JobMessage }
  | { status: 'done'; result: R }
  | { status: 'cancelled' }
  | { status: 'error'; message: string };

export function useNetJob<R extends NetResult>(onMessage?: (m: JobMessage) => void) {
  const [state, setState] = useState<JobState<R>>({ status: 'idle' });
  const current = useRef<{ id: number; cancel(): void } | null>(null);
  const listener = useRef(onMessage);
  useEffect(() => {
    listener.current = onMessage;
  });
  const start = useCallback((job: NetJob) => {
    current.current?.cancel();
    const h = getNetsClient().run<R>(job, (m) => {
      if (current.current?.id !== h.id) return;
      listener.current?.(m);
      setState({ status: 'running', last: m });
    });
    current.current = h;
    setState({ status: 'running' });
    h.promise.then(
      (result) => current.current?.id === h.id && setState({ status: 'done', result }),
      (e: Error) => {
        if (current.current?.id !== h.id) return;
        setState(
          e.name === 'AbortError'
            ? { status: 'cancelled' }
            : { status: 'error', message: e.message },
        );
      },
    );
  }, []);
  const cancel = useCallback(() => current.current?.cancel(), []);
  // A view that goes away stops its job.
  useEffect(() => () => current.current?.cancel(), []);
  return { state, start, cancel };
}
