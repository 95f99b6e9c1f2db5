import { describe, expect, it } from 'vitest';
import { valueTransform } from './surfaceGeometry';
import {
  Z0,
  Z1,
  axisEdges,
  boxCorners,
  edgeTicks,
  fitBox,
  heightOf,
  lossTicks,
  project,
} from './surface3dGeometry';

const cam = { az: -0.7, el: 0.6, zoom: 1 };

describe('3-D surface geometry', () => {
  it('fits the projected box to the canvas, less the margin, at any angle', () => {
    for (const view of [cam, { az: 2.1, el: 1.2, zoom: 1 }, { az: 0, el: -0.2, zoom: 1 }]) {
      const { s, cx, cy } = fitBox(view, 500, 300, 30);
      const pts = boxCorners().map((c) => project(view, c));
      const xs = pts.map((p) => cx + p.x * s);
      const ys = pts.map((p) => cy + p.y * s);
      expect(Math.min(...xs)).toBeGreaterThanOrEqual(30 - 1e-9);
      expect(Math.max(...xs)).toBeLessThanOrEqual(470 + 1e-9);
      expect(Math.min(...ys)).toBeGreaterThanOrEqual(30 - 1e-9);
      expect(Math.max(...ys)).toBeLessThanOrEqual(270 + 1e-9);
      // It fills one of the two directions.
      const fill = Math.max(
        (Math.max(...xs) - Math.min(...xs)) / 440,
        (Math.max(...ys) - Math.min(...ys)) / 240,
      );
      expect(fill).toBeCloseTo(1, 6);
    }
    expect(fitBox({ ...cam, zoom: 2 }, 500, 300, 30).s).toBeCloseTo(
      2 * fitBox(cam, 500, 300, 30).s,
      9,
    );
  });

  it('puts the w and b axes on the floor edges nearer the viewer, the loss axis on the left', () => {
    const e = axisEdges(cam);
    const depth = (p: [number, number, number]) => project(cam, p).depth;
    expect(e.w.from[2]).toBe(Z0);
    expect(depth([0, e.w.from[1], Z0])).toBeGreaterThanOrEqual(depth([0, -e.w.from[1], Z0]));
    expect(depth([e.b.from[0], 0, Z0])).toBeGreaterThanOrEqual(depth([-e.b.from[0], 0, Z0]));
    // Nearer means lower on screen when looking down.
    expect(project(cam, [0, e.w.from[1], Z0]).y).toBeGreaterThan(
      project(cam, [0, -e.w.from[1], Z0]).y,
    );
    expect([e.loss.from[2], e.loss.to[2]]).toEqual([Z0, Z1]);
    const left = project(cam, e.loss.from).x;
    for (const c of boxCorners())
      expect(left).toBeLessThanOrEqual(project(cam, [c[0], c[1], Z0]).x + 1e-12);
  });

  it('ticks w and b at round values inside the range', () => {
    const ticks = edgeTicks(-0.35, 4.35, 4);
    expect(ticks.map((k) => k.value)).toEqual([0, 1, 2, 3, 4]);
    for (const k of ticks) expect(k.t).toBeGreaterThan(0);
    expect(edgeTicks(1, 1)).toEqual([]);
  });

  it('ticks the loss per decade above the minimum on a log scale, at their heights', () => {
    const tr = valueTransform(Float32Array.from([2, 2.01, 3, 50, 2002]));
    expect(tr.log).toBe(true);
    const ticks = lossTicks(tr, 4);
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    expect(ticks.at(-1)!.value).toBeCloseTo(1002, 6);
    for (const k of ticks) {
      expect(k.t).toBeGreaterThanOrEqual(0);
      expect(k.t).toBeLessThanOrEqual(1);
      expect(heightOf(tr, k.value)).toBeCloseTo(Z0 + k.t * (Z1 - Z0), 9);
    }
    expect(heightOf(tr, Infinity)).toBe(Z1);
    expect(heightOf(tr, 2)).toBeCloseTo(Z0, 9);
  });
});
