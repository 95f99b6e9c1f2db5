import { describe, expect, it } from 'vitest';
import {
  chooseEngine,
  chooseForWork,
  choiceCacheKey,
  fitCandidates,
  fitCost,
  predictMs,
  PROBE_WORK,
  surfaceWork,
  poolSize,
  probeRequest,
  readCachedChoice,
  timeProbe,
  writeCachedChoice,
  type EngineChoice,
} from './engineChoice';

function memoryStorage() {
  const m = new Map<string, string>();
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    raw: m,
  };
}

describe('chooseEngine', () => {
  it('keeps the fastest candidate', () => {
    expect(
      chooseEngine([
        { id: 'worker', ms: 9 },
        { id: 'workers', ms: 5.5 },
        { id: 'main', ms: 7 },
      ]),
    ).toEqual({ id: 'workers', ms: 5.5 });
    expect(
      chooseEngine([
        { id: 'worker', ms: 9 },
        { id: 'main', ms: 2 },
      ])?.id,
    ).toBe('main');
  });
  it('skips candidates that failed or timed nonsense', () => {
    expect(
      chooseEngine([
        { id: 'worker', ms: null },
        { id: 'workers', ms: Number.NaN },
        { id: 'main', ms: 40 },
      ])?.id,
    ).toBe('main');
    expect(
      chooseEngine([
        { id: 'worker', ms: -1 },
        { id: 'main', ms: 3 },
      ])?.id,
    ).toBe('main');
  });
  it('breaks ties off the main thread, one worker first', () => {
    expect(
      chooseEngine([
        { id: 'main', ms: 4 },
        { id: 'worker', ms: 4 },
      ])?.id,
    ).toBe('worker');
    expect(
      chooseEngine([
        { id: 'workers', ms: 4 },
        { id: 'worker', ms: 4 },
      ])?.id,
    ).toBe('worker');
  });
  it('is null when nothing finished (the caller falls back to the main thread)', () => {
    expect(chooseEngine([])).toBeNull();
    expect(chooseEngine([{ id: 'worker', ms: null }])).toBeNull();
  });
});

describe('poolSize', () => {
  it('follows the core count, capped, robust to junk', () => {
    expect(poolSize(2)).toBe(2);
    expect(poolSize(64)).toBe(8);
    expect(poolSize(undefined)).toBe(1);
    expect(poolSize(Number.NaN)).toBe(1);
    expect(poolSize(-3)).toBe(0);
  });
});

describe('the choice cache', () => {
  const choice: EngineChoice = {
    id: 'workers',
    ms: 3.25,
    timings: [
      { id: 'worker', ms: 5 },
      { id: 'workers', ms: 3.25 },
      { id: 'main', ms: null },
    ],
    cached: false,
  };
  it('round-trips per renderer and core count, marked cached', () => {
    const s = memoryStorage();
    const key = choiceCacheKey('ANGLE (SwiftShader)', 2);
    writeCachedChoice(s, key, choice);
    expect(readCachedChoice(s, key)).toEqual({ ...choice, cached: true });
    expect(readCachedChoice(s, choiceCacheKey('ANGLE (NVIDIA)', 2))).toBeNull();
    expect(readCachedChoice(s, choiceCacheKey('ANGLE (SwiftShader)', 4))).toBeNull();
    expect(choiceCacheKey(null, 1)).not.toBe(choiceCacheKey('null', 1));
  });
  it('ignores malformed entries and storages that throw', () => {
    const s = memoryStorage();
    for (const bad of ['{', 'null', '{"id":"gpu","ms":1,"timings":[]}', '{"id":"main","ms":"1"}']) {
      s.raw.set('k', bad);
      expect(readCachedChoice(s, 'k'), bad).toBeNull();
    }
    const throwing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(readCachedChoice(throwing, 'k')).toBeNull();
    expect(() => writeCachedChoice(throwing, 'k', choice)).not.toThrow();
    expect(readCachedChoice(null, 'k')).toBeNull();
  });
});

describe('the probe', () => {
  it('is a small deterministic Huber surface', () => {
    const a = probeRequest();
    expect(a).toEqual(probeRequest());
    expect(a.loss).toBe('huber');
    expect(a.x.length * a.w.length * a.b.length).toBeLessThanOrEqual(500 * 32 * 32);
    expect(a.y.every(Number.isFinite)).toBe(true);
  });
  it('times the median of the runs after one untimed warm-up', async () => {
    let calls = 0;
    const ms = await timeProbe(async () => {
      calls++;
    }, 3);
    expect(calls).toBe(4);
    expect(ms).toBeGreaterThanOrEqual(0);
  });
});

describe('size-aware choice', () => {
  // Numbers of the kind seen at the last stop: the pool has a fixed cost (messages, two tfjs
  // instances) but twice the throughput; the single worker is cheap to reach but slow per point.
  const small = [
    { id: 'worker' as const, ms: 4 },
    { id: 'workers' as const, ms: 12 },
    { id: 'main' as const, ms: 6 },
  ];
  const large = [
    { id: 'worker' as const, ms: 40 },
    { id: 'workers' as const, ms: 30 },
    { id: 'main' as const, ms: 50 },
  ];

  it('fits a line through the two probe sizes', () => {
    const f = fitCost({ work: 100, ms: 2 }, { work: 1100, ms: 12 });
    expect(f.perWork).toBeCloseTo(0.01);
    expect(f.fixedMs).toBeCloseTo(1);
    expect(predictMs(f, 2100)).toBeCloseTo(22);
  });

  it('clamps noise: no negative slope, no negative fixed cost', () => {
    expect(fitCost({ work: 100, ms: 5 }, { work: 1000, ms: 4 })).toEqual({
      fixedMs: 4,
      perWork: 0,
    });
    const f = fitCost({ work: 100, ms: 1 }, { work: 1100, ms: 21 });
    expect(f.fixedMs).toBe(0);
    expect(f.perWork).toBeCloseTo(0.02);
  });

  it('routes a large request to the fastest at scale and a small one to the fastest there', () => {
    const fits = fitCandidates(small, large);
    expect(fits.map((f) => f.id)).toEqual(['worker', 'workers', 'main']);
    expect(chooseForWork(fits, PROBE_WORK.small)).toBe('worker');
    expect(chooseForWork(fits, PROBE_WORK.large)).toBe('workers');
    // G = 128, M = 1,000: 32× the large probe; the pool's lower slope wins by more.
    expect(chooseForWork(fits, 128 * 128 * 1000)).toBe('workers');
    // G = 32, M = 100 presets-like: the single worker.
    expect(
      chooseForWork(fits, surfaceWork({ w: new Array(32), b: new Array(32), x: new Array(100) })),
    ).toBe('worker');
  });

  it('extrapolates: a candidate slower at both probes can still win far beyond them', () => {
    const fits = fitCandidates(
      [
        { id: 'worker', ms: 2 },
        { id: 'workers', ms: 20 },
      ],
      [
        { id: 'worker', ms: 20 },
        { id: 'workers', ms: 25 },
      ],
    );
    expect(chooseForWork(fits, PROBE_WORK.large)).toBe('worker');
    expect(chooseForWork(fits, 16 * PROBE_WORK.large)).toBe('workers');
  });

  it('leaves out candidates missing a timing at either size; none gives null', () => {
    const fits = fitCandidates(
      [
        { id: 'worker', ms: null },
        { id: 'main', ms: 3 },
      ],
      [
        { id: 'worker', ms: 1 },
        { id: 'main', ms: 30 },
      ],
    );
    expect(fits.map((f) => f.id)).toEqual(['main']);
    expect(chooseForWork(fits, 1e9)).toBe('main');
    expect(chooseForWork([], 1)).toBeNull();
  });

  it('probes two sizes of the same grid', () => {
    const s = probeRequest('small');
    const l = probeRequest('large');
    expect(surfaceWork(s)).toBe(PROBE_WORK.small);
    expect(surfaceWork(l)).toBe(PROBE_WORK.large);
    expect(s.w).toEqual(l.w);
  });

  it('caches the small-size timings and choice with the large ones (v2 key)', () => {
    const s = memoryStorage();
    const key = choiceCacheKey('SwiftShader', 2);
    expect(key).toContain(':v2:');
    writeCachedChoice(s, key, {
      id: 'workers',
      ms: 30,
      timings: large,
      cached: false,
      small,
      smallId: 'worker',
    });
    const back = readCachedChoice(s, key);
    expect(back).toEqual({
      id: 'workers',
      ms: 30,
      timings: large,
      cached: true,
      small,
      smallId: 'worker',
    });
    s.setItem(key, JSON.stringify({ id: 'main', ms: 3, timings: [], smallId: 'nonsense' }));
    expect(readCachedChoice(s, key)?.smallId).toBeUndefined();
  });
});
