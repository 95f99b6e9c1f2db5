// The surface engine chosen by measurement (DESIGN.md, "The surface engine"): on first use each
// candidate computes the same small probe surface, timed round trip on the main thread, and the
// fastest is kept. The choice is cached per renderer (and core count) in localStorage, so the
// probe runs once per machine. Every candidate computes with tfjs; only where it runs differs.
import type { SurfaceRequest } from './surface';

/**
 * worker: one worker with its own tfjs (the fused WebGL program where WebGL 2 exists); workers:
 * the grid split across a pool of wasm workers, one per core (CPU parallelism, which one tfjs
 * instance lacks); main: the page's own tfjs backend.
 */
export type EngineCandidate = 'worker' | 'workers' | 'main';

export interface CandidateTiming {
  id: EngineCandidate;
  /** Median round trip of the probe, ms; null when the candidate could not start or failed. */
  ms: number | null;
}

export interface EngineChoice {
  /** The candidate chosen for the large probe (the bench's G = 128, M = 1,000 class of request). */
  id: EngineCandidate;
  /** The chosen candidate's probe time, ms. */
  ms: number;
  timings: CandidateTiming[];
  /** True when read from the cache instead of measured in this page. */
  cached: boolean;
  /**
   * The probe at the small size (M = 100, the presets' class), per candidate; with `timings` (the
   * large size) it gives each candidate a fixed cost and a cost per grid-point×data-point, so a
   * request is routed to the candidate predicted fastest at its own size. Absent: size-blind.
   */
  small?: CandidateTiming[];
  /** The candidate chosen for the small probe. */
  smallId?: EngineCandidate;
}

/** Ties go to the earlier candidate in this order: off the main thread first, one worker first. */
export const CANDIDATE_ORDER: readonly EngineCandidate[] = ['worker', 'workers', 'main'];

/** The fastest candidate that produced a time, or null when none did. */
export function chooseEngine(timings: readonly CandidateTiming[]): CandidateTiming | null {
  let best: CandidateTiming | null = null;
  for (const id of CANDIDATE_ORDER) {
    const t = timings.find((c) => c.id === id);
    if (!t || t.ms === null || !Number.isFinite(t.ms) || t.ms < 0) continue;
    if (!best || t.ms < (best.ms as number)) best = t;
  }
  return best;
}

/** Pool size: one worker per logical core, at most 8; below 2 there is no pool (it would be the single worker). */
export function poolSize(cores: number | undefined): number {
  const n = Number.isFinite(cores) ? Math.floor(cores as number) : 1;
  return Math.min(8, Math.max(0, n));
}

/** Work of a surface request: grid points × data points (what every engine's time scales with). */
export function surfaceWork(req: {
  w: ArrayLike<number>;
  b: ArrayLike<number>;
  x: ArrayLike<number>;
}): number {
  return req.w.length * req.b.length * req.x.length;
}

/** A candidate's cost model: ms = fixedMs + perWork × work (both ≥ 0). */
export interface CostFit {
  fixedMs: number;
  perWork: number;
}

/**
 * The line through two probe timings (small and large work). A negative slope (noise: the large
 * probe no slower) becomes flat; a negative intercept becomes zero fixed cost.
 */
export function fitCost(
  small: { work: number; ms: number },
  large: { work: number; ms: number },
): CostFit {
  const dw = large.work - small.work;
  const perWork = dw > 0 ? Math.max(0, (large.ms - small.ms) / dw) : 0;
  const fixedMs = Math.max(0, large.ms - perWork * large.work);
  return { fixedMs, perWork };
}

export const predictMs = (f: CostFit, work: number): number => f.fixedMs + f.perWork * work;

const validMs = (t: CandidateTiming | undefined): t is { id: EngineCandidate; ms: number } =>
  !!t && t.ms !== null && Number.isFinite(t.ms) && t.ms >= 0;

/** Cost fits of the candidates timed at both probe sizes (in CANDIDATE_ORDER). */
export function fitCandidates(
  small: readonly CandidateTiming[],
  large: readonly CandidateTiming[],
  works: { small: number; large: number } = PROBE_WORK,
): { id: EngineCandidate; fit: CostFit }[] {
  const out: { id: EngineCandidate; fit: CostFit }[] = [];
  for (const id of CANDIDATE_ORDER) {
    const s = small.find((t) => t.id === id);
    const l = large.find((t) => t.id === id);
    if (!validMs(s) || !validMs(l)) continue;
    out.push({
      id,
      fit: fitCost({ work: works.small, ms: s.ms }, { work: works.large, ms: l.ms }),
    });
  }
  return out;
}

/**
 * The candidate predicted fastest for a request of this work (ties to the earlier in
 * CANDIDATE_ORDER), or null when no candidate has a fit.
 */
export function chooseForWork(
  fits: readonly { id: EngineCandidate; fit: CostFit }[],
  work: number,
): EngineCandidate | null {
  let best: { id: EngineCandidate; ms: number } | null = null;
  for (const id of CANDIDATE_ORDER) {
    const f = fits.find((c) => c.id === id);
    if (!f) continue;
    const ms = predictMs(f.fit, work);
    if (!best || ms < best.ms) best = { id, ms };
  }
  return best?.id ?? null;
}

/**
 * The probes: Huber, deterministic. Large (default): G = 32, M = 500, 1/32 of the bench's
 * G = 128, M = 1,000 surface, large enough that per-message overhead does not decide alone (small
 * enough that the main-thread candidate's probe stays a few frames);
 * small: G = 32, M = 100, the presets' size class, where fixed costs (messages, uploads) decide.
 */
export function probeRequest(size: 'small' | 'large' = 'large'): Omit<SurfaceRequest, 'signal'> {
  const m = size === 'small' ? PROBE_M.small : PROBE_M.large;
  const g = PROBE_G;
  const x = Array.from({ length: m }, (_, k) => -2 + (4 * k) / (m - 1));
  const y = x.map((v, k) => 1.5 * v - 0.5 + Math.sin(k * 12.9898) * 0.8);
  const axis = (lo: number, hi: number) =>
    Array.from({ length: g }, (_, i) => lo + ((hi - lo) * i) / (g - 1));
  return {
    model: 'linear',
    x,
    y,
    loss: 'huber',
    params: { delta: 1 },
    w: axis(-3, 3),
    b: axis(-3, 3),
  };
}

const PROBE_G = 32;
const PROBE_M = { small: 100, large: 500 } as const;
export const PROBE_WORK = {
  small: PROBE_G * PROBE_G * PROBE_M.small,
  large: PROBE_G * PROBE_G * PROBE_M.large,
} as const;

/** Median of the timed runs after one untimed warm-up (which compiles shaders, warms caches). */
export async function timeProbe(run: () => Promise<unknown>, runs = 3): Promise<number> {
  await run();
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const CACHE_PREFIX = 'losscape:surface-engine:v2:';

export function choiceCacheKey(renderer: string | null, cores: number): string {
  return `${CACHE_PREFIX}${renderer ?? 'no-webgl'}|${cores}`;
}

const isTiming = (t: CandidateTiming | null | undefined): t is CandidateTiming =>
  !!t && CANDIDATE_ORDER.includes(t.id) && (t.ms === null || Number.isFinite(t.ms));

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

/** The cached choice, or null when absent, unreadable or malformed (never throws). */
export function readCachedChoice(storage: StorageLike | null, key: string): EngineChoice | null {
  try {
    const raw = storage?.getItem(key);
    if (!raw) return null;
    const v = JSON.parse(raw) as Partial<EngineChoice>;
    if (!v || !CANDIDATE_ORDER.includes(v.id as EngineCandidate)) return null;
    if (typeof v.ms !== 'number' || !Number.isFinite(v.ms) || !Array.isArray(v.timings))
      return null;
    const timings = v.timings.filter(isTiming);
    const small = Array.isArray(v.small) ? v.small.filter(isTiming) : undefined;
    const smallId = CANDIDATE_ORDER.includes(v.smallId as EngineCandidate)
      ? (v.smallId as EngineCandidate)
      : undefined;
    return { id: v.id as EngineCandidate, ms: v.ms, timings, cached: true, small, smallId };
  } catch {
    return null;
  }
}

/** Stores the choice; a full or forbidden storage is ignored (the probe then reruns next time). */
export function writeCachedChoice(storage: StorageLike | null, key: string, c: EngineChoice): void {
  try {
    storage?.setItem(
      key,
      JSON.stringify({
        id: c.id,
        ms: c.ms,
        timings: c.timings,
        small: c.small,
        smallId: c.smallId,
      }),
    );
  } catch {
    /* private mode or quota: nothing cached */
  }
}

/** localStorage where the page may use it, else null. */
export function pageStorage(): StorageLike | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
