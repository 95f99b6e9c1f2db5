import { describe, expect, it } from 'vitest';
import { PRESET_IDS, isFixedPreset, heldOutMask, presetPoints, randomInit, HOLDOUT_MIN } from './presets';

describe('presets', () => {
  it('the seed example is x = [1, 2, 3, 4], y = 2x', () => {
    expect(presetPoints('seed', 1)).toEqual([
      { x: 1, y: 2 },
      { x: 2, y: 4 },
      { x: 3, y: 6 },
      { x: 4, y: 8 },
    ]);
  });

  it.each(PRESET_IDS)('%s reproduces exactly from its seed, and another seed differs', (id) => {
    const a = presetPoints(id, 7);
    expect(presetPoints(id, 7)).toEqual(a);
    for (const p of a) {
      expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    }
    if (id !== 'seed' && !isFixedPreset(id)) expect(presetPoints(id, 8)).not.toEqual(a);
  });

  it('classifier presets have labels 0 and 1 of both classes', () => {
    const blobs = presetPoints('blobs', 3);
    expect(new Set(blobs.map((p) => p.y))).toEqual(new Set([0, 1]));
    for (const id of ['xor', 'circles'] as const) {
      const pts = presetPoints(id, 3);
      expect(new Set(pts.map((p) => p.label))).toEqual(new Set([0, 1]));
    }
  });

  it('outliers lie far above the line of the others', () => {
    const pts = presetPoints('outliers', 1);
    const far = pts.filter((p) => p.y - (0.8 * p.x + 1) > 4);
    expect(far).toHaveLength(3);
  });

  it('holds out a seeded 20 % only when there are enough points', () => {
    expect(heldOutMask(4, 1).some(Boolean)).toBe(false);
    expect(heldOutMask(HOLDOUT_MIN - 1, 1).some(Boolean)).toBe(false);
    const m = heldOutMask(40, 1);
    expect(m.filter(Boolean)).toHaveLength(8);
    expect(heldOutMask(40, 1)).toEqual(m);
    expect(heldOutMask(40, 2)).not.toEqual(m);
  });

  it('re-initialise draws seeded weights in [−1, 1]', () => {
    const a = randomInit(3);
    expect(randomInit(3)).toEqual(a);
    expect(Math.abs(a.w)).toBeLessThanOrEqual(1);
    expect(Math.abs(a.b)).toBeLessThanOrEqual(1);
    expect(randomInit(4)).not.toEqual(a);
  });
});
