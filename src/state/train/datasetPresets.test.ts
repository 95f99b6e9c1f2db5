// The published-data presets train to what they should show with their own defaults.
import { describe, expect, it } from 'vitest';
import { trainPath } from '../../math';
import { PRESET_DEFAULTS, presetPoints, type PresetId } from './presets';

async function fit(id: PresetId) {
  const d = PRESET_DEFAULTS[id];
  const pts = presetPoints(id, 1);
  const r = await trainPath({
    model: d.model as 'linear' | 'logistic',
    x: pts.map((p) => p.x),
    y: pts.map((p) => p.y),
    loss: d.loss,
    init: d.init,
    optimizer: { name: d.optimizer, lr: d.lr },
    steps: d.epochs,
  });
  return { w: r.w.at(-1)!, b: r.b.at(-1)! };
}

describe('published-data presets', () => {
  it.each(['anscombe1', 'anscombe4'] as const)(
    '%s with its defaults reaches the common least-squares line y ≈ 3 + 0.5x',
    async (id) => {
      const { w, b } = await fit(id);
      expect(w).toBeCloseTo(0.5, 1);
      expect(b).toBeCloseTo(3, 0);
    },
  );

  it('iris (petal length) puts the logistic boundary between the classes (≈ 4.8 cm)', async () => {
    const { w, b } = await fit('iris');
    expect(w).toBeGreaterThan(0);
    const boundary = -b / w;
    expect(boundary).toBeGreaterThan(4.4);
    expect(boundary).toBeLessThan(5.3);
  });
});
