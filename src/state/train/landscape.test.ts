import { describe, expect, it } from 'vitest';
import { defaultLandscape, normalCamera, patchLandscape } from './landscape';
import { createAppStore } from '../store';

describe('landscape settings', () => {
  it('refuse values outside their domain, keeping the old ones', () => {
    const s = defaultLandscape();
    const bad = { grid: 100, mode: '4d', compare: 'adam', losses: 'yes' } as never;
    expect(patchLandscape(s, bad)).toEqual(s);
    expect(patchLandscape(s, { grid: 256, mode: '3d', compare: 'momentum', losses: true })).toEqual(
      { ...s, grid: 256, mode: '3d', compare: 'momentum', losses: true },
    );
  });

  it('store the camera wrapped, clamped and rounded; NaN keeps the previous value', () => {
    const prev = defaultLandscape().camera;
    expect(normalCamera({ az: 7, el: 3, zoom: 0.01 }, prev)).toEqual({
      az: Math.round((7 - 2 * Math.PI) * 100) / 100,
      el: 1.5,
      zoom: 0.3,
    });
    expect(normalCamera({ az: -4, el: NaN, zoom: 1.234 }, prev)).toEqual({
      az: Math.round((-4 + 2 * Math.PI) * 100) / 100,
      el: prev.el,
      zoom: 1.23,
    });
  });

  it('setLandscape writes nothing when nothing visible changes', () => {
    const store = createAppStore();
    const before = store.getState().train;
    store.getState().trainActions.setLandscape({ camera: { az: -0.701, el: 0.6, zoom: 1 } });
    expect(store.getState().train).toBe(before);
    store.getState().trainActions.setLandscape({ mode: '3d' });
    expect(store.getState().train.landscape.mode).toBe('3d');
  });
});
