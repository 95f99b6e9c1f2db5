import { describe, expect, it } from 'vitest';
import {
  EARLY_REACH,
  PATH_STYLES,
  exitLabel,
  fitWindow,
  inWindow,
  pathInFrame,
  pointsToFrame,
} from './pathGeometry';

/** Gradient descent on L = λ/2·(w − 2)² + (b − 0)², from (0.5, 0.5): diverges when η > 2/λ. */
function gd(lr: number, steps: number, lambda = 16.7) {
  const w = [0.5];
  const b = [0.5];
  for (let k = 0; k < steps; k++) {
    w.push(w[k] - lr * lambda * (w[k] - 2));
    b.push(b[k] - lr * 2 * b[k]);
  }
  return { w, b };
}

describe('pointsToFrame / fitWindow', () => {
  it('frames a converging path whole: start, the way down and the end', () => {
    const p = gd(0.05, 40);
    expect(pointsToFrame(p)).toHaveLength(41);
    const win = fitWindow([p]);
    expect(inWindow(win, { w: 0.5, b: 0.5 })).toBe(true);
    expect(inWindow(win, { w: p.w[40], b: p.b[40] })).toBe(true);
  });

  it('frames only the early steps of a diverging run, which straddle the minimum', () => {
    const p = { ...gd(0.2, 15), divergedAt: 15 };
    // The last states are ~1e5 away: fitting them would bury the minimum in one pixel.
    expect(Math.abs(p.w[15])).toBeGreaterThan(1e4);
    const kept = pointsToFrame(p);
    expect(kept.length).toBeGreaterThan(2);
    expect(kept.length).toBeLessThan(8);
    const reach = Math.hypot(p.w[1] - 0.5, p.b[1] - 0.5);
    for (const q of kept)
      expect(Math.hypot(q.w - 0.5, q.b - 0.5)).toBeLessThanOrEqual(EARLY_REACH * reach);
    const win = fitWindow([p]);
    expect(inWindow(win, { w: 2, b: 0 })).toBe(true); // the minimum
    expect(inWindow(win, { w: 0.5, b: 0.5 })).toBe(true); // the start
    expect(win.w[1] - win.w[0]).toBeLessThan(30);
  });

  it('puts every compared path’s start and end in frame', () => {
    const slow = gd(0.01, 30);
    const far = { w: [0.5, 3, 6, 9], b: [0.5, -1, -3, -4] };
    const win = fitWindow([slow, far]);
    for (const p of [slow, far]) {
      expect(inWindow(win, { w: p.w[0], b: p.b[0] })).toBe(true);
      expect(inWindow(win, { w: p.w.at(-1)!, b: p.b.at(-1)! })).toBe(true);
    }
  });

  it('skips non-finite states and falls back to a default window with nothing to fit', () => {
    expect(pointsToFrame({ w: [NaN], b: [0], divergedAt: 0 })).toEqual([]);
    const win = fitWindow([]);
    expect(win.w[1] - win.w[0]).toBeCloseTo(2, 10);
  });
});

describe('pathInFrame', () => {
  const box = { x0: 0, x1: 100, y0: 0, y1: 100 };
  const zigzag: [number, number][] = [
    [50, 50],
    [60, 40],
    [30, 70],
    [90, 10],
    [-200, 300],
    [900, -800],
  ];

  it('draws a converging path as it is (clipping is the caller’s)', () => {
    const f = pathInFrame(zigzag, 6, false, box);
    expect(f.points).toEqual(zigzag);
    expect(f.exit).toBeNull();
  });

  it('cuts a diverged path where it leaves the frame for good, and marks the exit on the border', () => {
    const f = pathInFrame(zigzag, 6, true, box);
    expect(f.points).toHaveLength(5);
    expect(f.points.slice(0, 4)).toEqual(zigzag.slice(0, 4));
    const [x, y] = f.points[4];
    // (90, 10) → (−200, 300) crosses x = 0 at y = 100 (the corner): on the border, not beyond.
    expect(x).toBeGreaterThanOrEqual(0);
    expect(y).toBeLessThanOrEqual(100);
    expect(x === 0 || y === 100).toBe(true);
    expect(f.exit).toMatchObject({ x, y });
    expect(f.exit!.angle).toBeCloseTo(Math.atan2(290, -290), 10);
  });

  it('shows no exit before the replay reaches the leaving step', () => {
    const f = pathInFrame(zigzag, 4, true, box);
    expect(f.points).toEqual(zigzag.slice(0, 4));
    expect(f.exit).toBeNull();
  });

  it('heads the way the last step went when the next state is not finite', () => {
    const f = pathInFrame(
      [
        [40, 50],
        [60, 50],
        [Infinity, NaN],
      ],
      3,
      true,
      box,
    );
    expect(f.exit).toMatchObject({ x: 100, y: 50, angle: 0 });
  });

  it('leaves a path that never enters the frame to the caller', () => {
    const f = pathInFrame(
      [
        [-5, -5],
        [-50, 500],
      ],
      2,
      true,
      box,
    );
    expect(f.exit).toBeNull();
  });

  it('keeps the label inside the frame, on the side away from the crossed border', () => {
    const right = exitLabel({ x: 100, y: 50 }, box);
    expect(right.anchor).toBe('end');
    expect(right.x).toBeLessThan(100);
    const top = exitLabel({ x: 10, y: 0 }, box);
    expect(top.anchor).toBe('start');
    expect(top.y).toBeGreaterThan(10);
  });
});

describe('path styles', () => {
  it('gives each of the five paths its own colour and dash, with no orange beside vermillion', () => {
    expect(new Set(PATH_STYLES.map((s) => s.color)).size).toBe(PATH_STYLES.length);
    expect(new Set(PATH_STYLES.map((s) => s.dash)).size).toBe(PATH_STYLES.length);
    const colors = PATH_STYLES.map((s) => s.color.toUpperCase());
    expect(colors).toContain('#E69F00');
    expect(colors).not.toContain('#D55E00');
  });
});
