// In-page timing for `npm run bench` (bench/run.mjs): each call times one benchmark cell in this
// page — a warm-up run, then up to `reps` timed runs — and returns raw milliseconds. The Node side
// decides what to run (and what to skip over the time cap); everything timed happens here, so a
// timing includes no Playwright round trip.
import * as math from '../math';
import { mseClosedFormSurface } from './closedForm';
import { plainSurface } from './plainSurface';
import { benchProblem, type BenchLoss } from './problems';

/**
 * plain: the yardstick loop; closed-form: MSE from sufficient statistics (not the general path);
 * ops: math.lossSurface (chunked tfjs ops) on the live main-thread backend; fused-main(-const):
 * math.fusedLossSurface on the main thread (webgl backend), with a uniform / constant loop bound;
 * worker: the app's surface engine, the whole round trip (request, worker, transfer back).
 */
export type SurfaceEngineId =
  'plain' | 'closed-form' | 'ops' | 'fused-main' | 'fused-main-const' | 'worker';

export interface CellSpec {
  engine: SurfaceEngineId;
  loss: BenchLoss;
  g: number;
  m: number;
  /** Timed runs wanted after the warm-up. */
  reps: number;
  /** Fewer timed runs when reps × (warm-up time) would exceed this. At least one. */
  budgetMs: number;
  /** No timed run at all when the warm-up alone took longer than this. */
  capMs: number;
}

export interface CellResult {
  warmMs: number;
  ms: number[];
  overCap: boolean;
  /** Max |v − plain| / max(1, |plain|) against the plain loop's values for this cell, if known. */
  maxErr: number | null;
  backend: string | null;
  /** Computations per timed sample (more than one where a single one is too fast to time). */
  inner?: number;
  /** worker: the worker's own time for each timed run (the rest is messaging and transfer). */
  workerMs?: number[];
}

const MIN_SAMPLE_MS = 20;

const reference = new Map<string, Float32Array>();
let engine: math.SurfaceEngine | null = null;
/** The worker's own timing of its last surface (compute only, without the messages). */
let lastWorkerMs = NaN;

async function surfaceEngine(): Promise<math.SurfaceEngine> {
  // The app's engine: chosen by measurement, as in the app (math/engineChoice.ts).
  engine ??= await math.startMeasuredSurfaceEngine();
  return engine;
}

/** Starts (once) the app's surface engine and says what it runs on. */
export async function workerInfo(): Promise<math.SurfaceEngineInfo> {
  return (await surfaceEngine()).info;
}

async function computeOnce(spec: CellSpec): Promise<Float32Array> {
  const p = benchProblem(spec.loss, spec.g, spec.m);
  const req = { model: p.model, loss: p.loss, x: p.x, y: p.y, w: p.w, b: p.b };
  const { x, y, w, b } = p.f32;
  switch (spec.engine) {
    case 'plain':
      return plainSurface(spec.loss, x, y, w, b);
    case 'closed-form':
      if (spec.loss !== 'mse') throw new Error('the closed form exists for MSE only');
      return mseClosedFormSurface(x, y, w, b);
    case 'ops':
      return (await math.lossSurface(req)).values;
    case 'fused-main':
      return (await math.fusedLossSurface(req)).values;
    case 'fused-main-const':
      return (await math.fusedLossSurface(req, { constantLoop: true })).values;
    case 'worker': {
      const r = await (await surfaceEngine()).compute(req);
      lastWorkerMs = r.ms;
      return r.values;
    }
  }
}

function maxErr(a: Float32Array, ref: Float32Array | undefined): number | null {
  if (!ref || ref.length !== a.length) return null;
  let worst = 0;
  for (let k = 0; k < a.length; k++) {
    const e = Math.abs(a[k] - ref[k]) / Math.max(1, Math.abs(ref[k]));
    if (!(e <= worst)) worst = e; // NaN counts as the worst
  }
  return worst;
}

export async function timeSurface(spec: CellSpec): Promise<CellResult> {
  const key = `${spec.loss}/${spec.g}/${spec.m}`;
  benchProblem(spec.loss, spec.g, spec.m); // data generation is not timed
  let t0 = performance.now();
  const first = await computeOnce(spec);
  const warmMs = performance.now() - t0;
  if (spec.engine === 'plain') reference.set(key, first);
  const result: CellResult = {
    warmMs,
    ms: [],
    overCap: warmMs > spec.capMs,
    maxErr: spec.engine === 'plain' ? 0 : maxErr(first, reference.get(key)),
    backend: spec.engine === 'ops' ? (math.backendInfo()?.name ?? null) : null,
  };
  if (result.overCap) return result;
  // performance.now() is coarse here (0.1 ms without cross-origin isolation): a computation
  // faster than MIN_SAMPLE_MS is repeated `inner` times per timed sample and the mean is taken.
  let inner = 1;
  if (warmMs < MIN_SAMPLE_MS) {
    t0 = performance.now();
    let k = 0;
    while (performance.now() - t0 < MIN_SAMPLE_MS && k < 100_000) {
      await computeOnce(spec);
      k++;
    }
    inner = Math.max(1, k);
  }
  result.inner = inner;
  const sampleMs = inner > 1 ? MIN_SAMPLE_MS : warmMs;
  const reps = Math.max(
    1,
    Math.min(spec.reps, Math.floor(spec.budgetMs / Math.max(sampleMs, 1e-3))),
  );
  for (let r = 0; r < reps; r++) {
    t0 = performance.now();
    for (let k = 0; k < inner; k++) await computeOnce(spec);
    result.ms.push((performance.now() - t0) / inner);
    if (spec.engine === 'worker') (result.workerMs ??= []).push(lastWorkerMs);
  }
  return result;
}

/** Switches the main-thread tfjs backend (as the app's URL parameter would force it). */
export async function setBackend(name: math.BackendName): Promise<math.BackendInfo> {
  const info = await math.initBackend({ force: name });
  if (info.name !== name) throw new Error(`backend ${name} did not start: ${info.reason}`);
  return info;
}

function trainRequest(m: number, steps: number) {
  const p = benchProblem('mse', 2, m);
  return {
    model: 'linear' as const,
    loss: 'mse' as const,
    x: p.x,
    y: p.y,
    init: { w: 0, b: 0 },
    optimizer: { name: 'sgd' as const, lr: 0.05 },
    steps,
  };
}

export interface TrainTiming {
  warmMs: number;
  ms: number[];
  steps: number;
  divergedAt: number | null;
  finalLoss: number;
}

/** math.trainPath (linear, MSE, SGD, full batch) on the live backend: warm-up, then timed runs. */
export async function timeTrain(opts: {
  m: number;
  steps: number;
  warmSteps: number;
  reps: number;
  budgetMs: number;
}): Promise<TrainTiming> {
  let t0 = performance.now();
  await math.trainPath(trainRequest(opts.m, opts.warmSteps));
  const warmMs = performance.now() - t0;
  // Budget from the warm-up's rate, scaled to a full run.
  const perRun = (warmMs * opts.steps) / opts.warmSteps;
  const reps = Math.max(1, Math.min(opts.reps, Math.floor(opts.budgetMs / Math.max(perRun, 1e-3))));
  const out: TrainTiming = { warmMs, ms: [], steps: opts.steps, divergedAt: null, finalLoss: NaN };
  for (let r = 0; r < reps; r++) {
    t0 = performance.now();
    const res = await math.trainPath(trainRequest(opts.m, opts.steps));
    out.ms.push(performance.now() - t0);
    out.divergedAt = res.divergedAt ?? null;
    out.finalLoss = res.loss[res.loss.length - 1];
  }
  return out;
}

export interface MemoryReading {
  /** tf.memory().numTensors on the main thread. */
  tensors: number;
  /** performance.memory.usedJSHeapSize (precise with --enable-precise-memory-info). */
  heapBytes: number | null;
  gcExposed: boolean;
}

async function settle(): Promise<MemoryReading> {
  const gc = (globalThis as { gc?: () => void }).gc;
  // A few collections, with a turn of the event loop between them (finalizers, microtasks).
  for (let k = 0; k < 3; k++) {
    gc?.();
    await new Promise((r) => setTimeout(r, 50));
  }
  const mem = (performance as { memory?: { usedJSHeapSize: number } }).memory;
  return {
    tensors: math.tensorCount(),
    heapBytes: mem ? mem.usedJSHeapSize : null,
    gcExposed: typeof gc === 'function',
  };
}

/**
 * Memory after a short and after a long training run (results dropped, as the app drops a run it
 * replaced): live tensors and JS heap after the first `shortSteps`, then after `longSteps` more.
 */
export async function memoryProbe(opts: { m: number; shortSteps: number; longSteps: number }) {
  const t0 = performance.now();
  await math.trainPath(trainRequest(opts.m, opts.shortSteps));
  const short = await settle();
  const res = await math.trainPath(trainRequest(opts.m, opts.longSteps));
  const longLength = res.loss.length;
  const long = await settle();
  return {
    backend: math.backendInfo()?.name ?? null,
    short,
    long,
    longLength,
    ms: performance.now() - t0,
  };
}
