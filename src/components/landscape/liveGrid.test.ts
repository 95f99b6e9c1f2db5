import { describe, expect, it } from 'vitest';
import { createLiveGrid } from './liveGrid';
import type { Grid } from './surfaceGeometry';

const grid = (v: number): Grid => ({ w: [0, 1], b: [0, 1], values: Float32Array.of(v, v, v, v) });

describe('createLiveGrid', () => {
  it('hands each pushed frame to every painter until it unsubscribes', () => {
    const live = createLiveGrid();
    const a: number[] = [];
    const b: number[] = [];
    const stopA = live.subscribe((g) => a.push(g.values[0]));
    live.subscribe((g) => b.push(g.values[0]));
    live.push(grid(1));
    stopA();
    live.push(grid(2));
    expect(a).toEqual([1]);
    expect(b).toEqual([1, 2]);
  });
});
