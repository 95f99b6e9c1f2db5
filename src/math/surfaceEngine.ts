// The surface engine's main-thread side: a client of the surface worker in which the latest
// request wins (a request replaced before it starts is rejected with an AbortError and never
// computed), with the chunked lossSurface on the main thread where no worker can start.
import { LossInputError } from './errors';
import { lossSurface, type SurfaceRequest } from './surface';
import type { SurfaceEngineInfo, WorkerReply, WorkerRequest } from './surfaceProtocol';
import { backendInfo } from './backend';
import {
  chooseEngine,
  chooseForWork,
  choiceCacheKey,
  fitCandidates,
  pageStorage,
  poolSize,
  probeRequest,
  readCachedChoice,
  surfaceWork,
  timeProbe,
  writeCachedChoice,
  type EngineChoice,
  type CandidateTiming,
  type EngineCandidate,
} from './engineChoice';

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

/**
 * The client of one started surface worker. A worker that dies (an error event: its script threw,
 * it ran out of memory) rejects the job it was computing, those waiting and every later one with
 * an Error that says so, instead of leaving them unanswered (a landscape that computes forever).
 */
export function workerEngine(
  worker: Pick<Worker, 'postMessage' | 'terminate' | 'onmessage' | 'onerror'>,
  info: SurfaceEngineInfo,
): SurfaceEngine {
  let nextId = 1;
  let running: Job | null = null;
  let broken: Error | null = null;
  // At most one waiting job per channel, started in the order the channels first queued.
  const waiting = new Map<string, Job>();
  /** Rejects the running job and every waiting one with `err` (a dead worker, or dispose). */
  const rejectAll = (err: Error) => {
    waiting.forEach((job) => job.reject(err));
    waiting.clear();
    running?.reject(err);
    running = null;
  };
  worker.onerror = (ev: ErrorEvent) => {
    ev.preventDefault?.();
    broken = new Error(`the surface worker stopped (${ev.message || 'worker error'})`);
    rejectAll(broken);
  };
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
        if (broken) return reject(broken);
        const job = { id: nextId++, channel, req, resolve, reject };
        if (!running) return send(job);
        waiting.get(channel)?.reject(abortError());
        waiting.delete(channel);
        waiting.set(channel, job);
      });
    },
    dispose() {
      rejectAll(abortError());
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
  return workerEngine(worker, reply.info); // it sets its own onerror
}

/**
 * The grid split across workers, each with its own tfjs: rows of b in contiguous blocks (values
 * are row-major over b, so the blocks concatenate). Every part engine sees the same sequence of
 * requests per channel, so a superseded request is superseded in all of them alike.
 */
export function poolEngine(parts: SurfaceEngine[]): SurfaceEngine {
  const first = parts[0].info;
  return {
    info: {
      ...first,
      thread: 'workers',
      workers: parts.length,
      reason: `the grid split across ${parts.length} workers, each with its own tfjs on ${first.backend}`,
    },
    async compute(req, channel = 'default') {
      const t0 = performance.now();
      const gb = req.b.length;
      const gw = req.w.length;
      const n = Math.max(1, Math.min(parts.length, gb));
      const bounds = Array.from({ length: n + 1 }, (_, k) => Math.round((k * gb) / n));
      const results = await Promise.all(
        bounds
          .slice(0, n)
          .map((lo, k) => parts[k].compute({ ...req, b: req.b.slice(lo, bounds[k + 1]) }, channel)),
      );
      const values = new Float32Array(gw * gb);
      results.forEach((r, k) => values.set(r.values, bounds[k] * gw));
      return { values, ms: performance.now() - t0 };
    },
    dispose() {
      parts.forEach((p) => p.dispose());
    },
  };
}

/** n wasm workers (cpu where wasm fails): the CPU-parallel engine; one GPU gains nothing from n. */
async function startPool(n: number): Promise<SurfaceEngine | null> {
  const parts = await Promise.all(
    Array.from({ length: n }, () => startSurfaceEngine({ force: 'wasm' })),
  );
  if (parts.some((p) => p.info.thread !== 'worker')) {
    parts.forEach((p) => p.dispose());
    return null;
  }
  return poolEngine(parts);
}

async function startCandidate(id: EngineCandidate, cores: number): Promise<SurfaceEngine | null> {
  if (id === 'main')
    return mainThreadEngine('measured fastest: chunked tfjs ops on the main thread');
  if (id === 'workers') return cores >= 2 ? startPool(cores) : null;
  const e = await startSurfaceEngine();
  if (e.info.thread === 'worker') return e;
  e.dispose();
  return null;
}

/**
 * The surface engine chosen by measurement: each candidate (one worker, a pool of
 * `navigator.hardwareConcurrency` workers, the main thread's tfjs) computes the same small probe
 * surface; the fastest round trip wins and the others are disposed. Cached per renderer and core
 * count; a cached choice that no longer starts is measured afresh. Forced backends (`?surface=`)
 * skip the measurement. Never rejects: with no worker it is the main thread.
 */
export async function startMeasuredSurfaceEngine(
  opts: {
    force?: 'webgl' | 'wasm' | 'cpu';
    cores?: number;
    storage?: Pick<Storage, 'getItem' | 'setItem'> | null;
  } = {},
): Promise<SurfaceEngine> {
  if (opts.force || typeof Worker === 'undefined') return startSurfaceEngine(opts);
  const cores = poolSize(
    opts.cores ?? (typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency),
  );
  const storage = opts.storage === undefined ? pageStorage() : opts.storage;
  const key = choiceCacheKey(backendInfo()?.renderer ?? null, cores);
  const cached = readCachedChoice(storage, key);
  if (cached) {
    const ids = [...new Set([cached.id, cached.smallId ?? cached.id])];
    const engines = await Promise.all(ids.map((id) => startCandidate(id, cores).catch(() => null)));
    if (engines.every((e) => e)) {
      return sizedEngine(new Map(ids.map((id, k) => [id, engines[k] as SurfaceEngine])), cached);
    }
    engines.forEach((e) => e?.dispose());
  }
  const probes = { small: probeRequest('small'), large: probeRequest('large') };
  const timings: CandidateTiming[] = [];
  const small: CandidateTiming[] = [];
  const started = new Map<EngineCandidate, SurfaceEngine>();
  for (const id of ['worker', 'workers', 'main'] as const) {
    if (id === 'workers' && cores < 2) continue;
    try {
      const engine = await startCandidate(id, cores);
      if (!engine) {
        timings.push({ id, ms: null });
        small.push({ id, ms: null });
        continue;
      }
      started.set(id, engine);
      small.push({ id, ms: await timeProbe(() => engine.compute(probes.small, 'probe')) });
      timings.push({ id, ms: await timeProbe(() => engine.compute(probes.large, 'probe')) });
    } catch {
      if (!timings.some((t) => t.id === id)) timings.push({ id, ms: null });
      if (!small.some((t) => t.id === id)) small.push({ id, ms: null });
    }
  }
  const best = chooseEngine(timings);
  const bestSmall = chooseEngine(small);
  const keep = new Set([best?.id, bestSmall?.id]);
  started.forEach((e, id) => {
    if (!keep.has(id)) e.dispose();
  });
  const chosen = best ? started.get(best.id) : undefined;
  if (!best || !chosen) {
    started.forEach((e, id) => id === bestSmall?.id && e.dispose());
    return mainThreadEngine(
      'no surface engine finished the probe: chunked tfjs ops on the main thread',
    );
  }
  const choice: EngineChoice = {
    id: best.id,
    ms: best.ms as number,
    timings,
    cached: false,
    small,
    smallId: bestSmall?.id,
  };
  writeCachedChoice(storage, key, choice);
  return sizedEngine(started, choice);
}

/**
 * The kept candidates (the large probe's winner and the small probe's) behind one engine: each
 * request goes to the one predicted fastest at its own size (engineChoice.ts, a line through the
 * two probe timings per candidate). Latest wins per channel across both: a result that a newer
 * request on its channel has replaced rejects with AbortError.
 */
export function sizedEngine(
  engines: ReadonlyMap<EngineCandidate, SurfaceEngine>,
  choice: EngineChoice,
): SurfaceEngine {
  const large = engines.get(choice.id) as SurfaceEngine;
  const fits = choice.small
    ? fitCandidates(choice.small, choice.timings).filter((f) => engines.has(f.id))
    : [];
  if (fits.length < 2) {
    engines.forEach((e) => e !== large && e.dispose());
    return withChoice(large, choice);
  }
  let counter = 0;
  const latest = new Map<string, number>();
  const info = { ...large.info, choice };
  return {
    info,
    async compute(req, channel = 'default') {
      const id = ++counter;
      latest.set(channel, id);
      const pick = chooseForWork(fits, surfaceWork(req)) ?? choice.id;
      const r = await (engines.get(pick) as SurfaceEngine).compute(req, channel);
      if (latest.get(channel) !== id) throw abortError();
      return r;
    },
    dispose() {
      latest.clear();
      engines.forEach((e) => e.dispose());
    },
  };
}

function withChoice(engine: SurfaceEngine, choice: SurfaceEngineInfo['choice']): SurfaceEngine {
  engine.info = { ...engine.info, choice };
  return engine;
}
