// The surface engine's main-thread side: a client of the surface worker in which the latest
// request wins (a request replaced before it starts is rejected with an AbortError and never
// computed), with the chunked lossSurface on the main thread where no worker can start.
import { LossInputError } from './errors';
import { lossSurface, type SurfaceRequest } from './surface';
import type { SurfaceEngineInfo, WorkerReply, WorkerRequest } from './surfaceProtocol';
import { backendInfo } from './backend';

export interface SurfaceResult {
  values: Float32Array;
  /** Wall time of the computation in the worker (or on the main thread), ms. */
  ms: number;
}

export interface SurfaceEngine {
  info: SurfaceEngineInfo;
  /**
   * Computes a surface; rejects with AbortError when a newer request on the same channel
   * replaces it before it starts. Channels let several views (small multiples) share the
   * engine, each with its own latest request.
   */
  compute(req: Omit<SurfaceRequest, 'signal'>, channel?: string): Promise<SurfaceResult>;
  dispose(): void;
}

const abortError = () => new DOMException('A newer surface replaced this one', 'AbortError');

function rebuildError(e: { name: string; message: string; field?: string }): Error {
  if (e.name === 'LossInputError' && e.field)
    return new LossInputError(e.field, e.message.slice(e.field.length + 2));
  const err = new Error(e.message);
  err.name = e.name;
  return err;
}

interface Job {
  id: number;
  channel: string;
  req: Omit<SurfaceRequest, 'signal'>;
  resolve: (r: SurfaceResult) => void;
  reject: (e: unknown) => void;
}

function workerEngine(worker: Worker, info: SurfaceEngineInfo): SurfaceEngine {
  let nextId = 1;
  let running: Job | null = null;
  // At most one waiting job per channel, started in the order the channels first queued.
  const waiting = new Map<string, Job>();
  const send = (job: Job) => {
    running = job;
    worker.postMessage({ type: 'surface', id: job.id, req: job.req } satisfies WorkerRequest);
  };
  worker.onmessage = (ev: MessageEvent<WorkerReply>) => {
    const msg = ev.data;
    if ((msg.type !== 'result' && msg.type !== 'error') || !running || msg.id !== running.id)
      return;
    const done = running;
    running = null;
    if (msg.type === 'result') done.resolve({ values: msg.values, ms: msg.ms });
    else done.reject(rebuildError(msg.error));
    const next = waiting.values().next();
    if (!next.done) {
      waiting.delete(next.value.channel);
      send(next.value);
    }
  };
  return {
    info,
    compute(req, channel = 'default') {
      return new Promise<SurfaceResult>((resolve, reject) => {
        const job = { id: nextId++, channel, req, resolve, reject };
        if (!running) return send(job);
        waiting.get(channel)?.reject(abortError());
        waiting.delete(channel);
        waiting.set(channel, job);
      });
    },
    dispose() {
      waiting.forEach((job) => job.reject(abortError()));
      waiting.clear();
      running?.reject(abortError());
      worker.terminate();
    },
  };
}

function mainThreadEngine(reason: string): SurfaceEngine {
  let counter = 0;
  const latest = new Map<string, number>();
  const b = backendInfo();
  return {
    info: {
      backend: b?.name ?? 'cpu',
      engine: 'chunked-ops',
      renderer: null,
      thread: 'main',
      reason,
    },
    async compute(req, channel = 'default') {
      const id = ++counter;
      latest.set(channel, id);
      const t0 = performance.now();
      const r = await lossSurface(req);
      if (latest.get(channel) !== id) throw abortError();
      return { values: r.values, ms: performance.now() - t0 };
    },
    dispose() {
      latest.clear(); // every pending computation now finds itself superseded
    },
  };
}

/**
 * Starts the surface engine: the worker with its own tfjs (webgl → fused program; else chunked
 * ops), or, where no worker can start, chunked ops on the main thread's backend.
 */
export async function startSurfaceEngine(
  opts: { force?: 'webgl' | 'wasm' | 'cpu' } = {},
): Promise<SurfaceEngine> {
  if (typeof Worker === 'undefined')
    return mainThreadEngine('no Web Worker: chunked tfjs ops on the main thread');
  let worker: Worker;
  try {
    worker = new Worker(new URL('./surface.worker.ts', import.meta.url), { type: 'module' });
  } catch (err) {
    return mainThreadEngine(
      `the surface worker could not start (${String(err)}): chunked tfjs ops on the main thread`,
    );
  }
  const reply = await new Promise<WorkerReply>((resolve) => {
    worker.onmessage = (ev: MessageEvent<WorkerReply>) => resolve(ev.data);
    worker.onerror = (ev) => resolve({ type: 'init-failed', error: ev.message || 'worker error' });
    worker.postMessage({ type: 'init', force: opts.force } satisfies WorkerRequest);
  });
  if (reply.type !== 'ready') {
    worker.terminate();
    return mainThreadEngine(
      `the surface worker failed (${reply.type === 'init-failed' ? reply.error : 'no reply'}): chunked tfjs ops on the main thread`,
    );
  }
  worker.onerror = null;
  return workerEngine(worker, reply.info);
}
