// The app's handle on the network worker: one worker per page, started on first use; each job
// returns a promise and a cancel function, and progress arrives through a callback.
import type { FromWorker, NetJob, NetResult, ToWorker } from './protocol';

export type JobMessage = Exclude<FromWorker, { type: 'ready' | 'init-error' | 'done' | 'error' }>;

export interface JobHandle<R> {
  id: number;
  promise: Promise<R>;
  cancel(): void;
}

export class JobCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'AbortError';
  }
}

export interface NetsClient {
  ready: Promise<{ backend: string; train: number; test: number }>;
  /** R: the result type the job gives (train → train, slice → slice, line/line1d → line, …). */
  run<R extends NetResult = NetResult>(
    job: NetJob,
    onMessage?: (m: JobMessage) => void,
  ): JobHandle<R>;
}

export function createNetsClient(dataUrl: string, backend?: 'wasm' | 'cpu'): NetsClient {
  const worker = new Worker(new URL('./nets.worker.ts', import.meta.url), { type: 'module' });
  const send = (m: ToWorker) => worker.postMessage(m);
  const pending = new Map<
    number,
    { resolve(r: NetResult): void; reject(e: Error): void; on?: (m: JobMessage) => void }
  >();
  let nextId = 1;
  const ready = new Promise<{ backend: string; train: number; test: number }>((resolve, reject) => {
    worker.addEventListener('message', (ev: MessageEvent<FromWorker>) => {
      const m = ev.data;
      if (m.type === 'ready') return resolve(m);
      if (m.type === 'init-error') return reject(new Error(m.message));
      const p = pending.get(m.id);
      if (!p) return;
      if (m.type === 'done') {
        pending.delete(m.id);
        p.resolve(m.result);
      } else if (m.type === 'error') {
        pending.delete(m.id);
        p.reject(m.aborted ? new JobCancelled() : new Error(m.message));
      } else p.on?.(m);
    });
    worker.addEventListener('error', (e) =>
      reject(new Error(e.message || 'network worker failed')),
    );
  });
  send({ type: 'init', dataUrl, backend });
  return {
    ready,
    run(job, onMessage) {
      const id = nextId++;
      const promise = new Promise<NetResult>((resolve, reject) => {
        pending.set(id, { resolve, reject, on: onMessage });
        send({ type: 'job', id, job });
      });
      return {
        id,
        promise: promise as Promise<never>,
        cancel: () => send({ type: 'cancel', id }),
      };
    },
  };
}
