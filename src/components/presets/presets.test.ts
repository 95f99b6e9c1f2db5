import { describe, expect, it } from 'vitest';
import { decodeHash } from '../../state/url/urlState';
import { GALLERY, GUIDE_ONLY, presetHash } from './presets';

describe('presets', () => {
  it.each([...GALLERY, ...GUIDE_ONLY])('%s is a valid, non-trivial link', (key) => {
    const hash = presetHash(key);
    expect(hash).toMatch(/^#\/(explore|train|applications)/);
    const r = decodeHash(hash);
    expect(r.ignored).toEqual([]);
  });

  it('writes the settings each one is about', () => {
    expect(presetHash('seedLinear')).toBe('#/train');
    expect(presetHash('lrTooHigh')).toBe('#/train?v=1&tlr=0.15&tep=60');
    expect(presetHash('adamValley')).toBe('#/train?v=1&to=adam&tep=300');
    expect(decodeHash(presetHash('ceNearZero')).draft.explore).toMatchObject({
      task: 'binary',
      selected: { binaryProb: 2 },
    });
    expect(decodeHash(presetHash('expVsLog')).draft.explore.overlay.margin).toEqual([
      'bce_logits',
      'exponential',
    ]);
  });
});
