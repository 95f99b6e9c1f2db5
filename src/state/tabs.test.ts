import { describe, expect, it } from 'vitest';
import { parseTabHash, tabHash, TAB_IDS } from './tabs';

describe('tab hash', () => {
  it('round-trips every tab', () => {
    for (const id of TAB_IDS) expect(parseTabHash(tabHash(id))).toBe(id);
  });
  it('ignores what follows the tab id', () => {
    expect(parseTabHash('#/train?loss=mse')).toBe('train');
  });
  it('falls back to explore', () => {
    expect(parseTabHash('')).toBe('explore');
    expect(parseTabHash('#/nope')).toBe('explore');
    expect(parseTabHash('#main')).toBe('explore');
  });
});
