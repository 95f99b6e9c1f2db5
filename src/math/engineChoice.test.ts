import { describe, expect, it } from 'vitest';
import {
  chooseEngine,
  choiceCacheKey,
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
