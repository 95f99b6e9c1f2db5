import { describe, expect, it } from 'vitest';
import { needsRefit } from './useFitWindow';

const at = (key: string, compare = '') => ({ key, compare });

describe('needsRefit: when the landscape window may move', () => {
  it('holds still during a drag, whatever changes', () => {
    expect(
      needsRefit(at('data-1'), { key: 'data-2', compare: '', ready: false, frozen: true }),
    ).toBe(false);
    expect(
      needsRefit(at('d'), { key: 'd', compare: 'optimizers', ready: true, frozen: true }),
    ).toBe(false);
  });

  it('re-fits on release when the data changed, and on a new data set', () => {
    expect(
      needsRefit(at('data-1'), { key: 'data-2', compare: '', ready: false, frozen: false }),
    ).toBe(true);
  });

  it('keeps the frame when nothing it depends on changed (a new learning rate, a replay)', () => {
    expect(
      needsRefit(at('d', 'optimizers'), {
        key: 'd',
        compare: 'optimizers',
        ready: false,
        frozen: false,
      }),
    ).toBe(false);
  });

  it('re-fits for a comparison once its paths are there, and when it is turned off', () => {
    expect(
      needsRefit(at('d'), { key: 'd', compare: 'momentum', ready: false, frozen: false }),
    ).toBe(false);
    expect(needsRefit(at('d'), { key: 'd', compare: 'momentum', ready: true, frozen: false })).toBe(
      true,
    );
    expect(
      needsRefit(at('d', 'momentum'), { key: 'd', compare: '', ready: false, frozen: false }),
    ).toBe(true);
  });
});
