// The replay's painted frame (replayPaint) and React's render share their geometry; these pin the
// pure parts: the path at a step, the epoch marker, a path row's pulls, and the attribute writes.
import { describe, expect, it } from 'vitest';
import { clippedPath, plotBox } from '../charts/clip';
import { pathAtStep, pathInFrame } from '../landscape/pathGeometry';
import { epochCursor } from './epochGeometry';
import { rowPull, stepView, type ViewInput } from './modelView';
import { paintCursor, setAttrs, show } from './svgPaint';
import type { MathBackend } from '../../state/backendLoader';

const frame = { x0: 0, x1: 100, y0: 0, y1: 100 };

describe('pathAtStep', () => {
  const all: [number, number][] = [
    [10, 10],
    [20, 30],
    [40, 50],
    [60, 55],
  ];
  it('draws the prefix up to the step, its head the step’s point', () => {
    const at = pathAtStep(all, 2, false, frame);
    expect(at.n).toBe(3);
    expect(at.points).toEqual(all.slice(0, 3));
    expect(at.d).toBe(clippedPath(all.slice(0, 3), plotBox(100, 100)));
    expect(at.head).toEqual([40, 50]);
    expect(at.exit).toBeNull();
  });
  it('clamps the step to the path and draws a lone start as a point', () => {
    expect(pathAtStep(all, 99, false, frame).n).toBe(4);
    const first = pathAtStep(all, 0, false, frame);
    expect(first.n).toBe(1);
    expect(first.d).toBe(clippedPath([all[0], all[0]], plotBox(100, 100)));
  });
  it('hides the head out of the frame, and where a diverged path has left it', () => {
    const out: [number, number][] = [...all, [150, 60]];
    expect(pathAtStep(out, 4, false, frame).head).toBeNull();
    const gone: [number, number][] = [...all, [500, 60], [5000, 70]];
    const at = pathAtStep(gone, 5, true, frame);
    expect(at.exit).not.toBeNull();
    expect(at.head).toBeNull();
    expect(at.points).toEqual(pathInFrame(gone, 6, true, frame).points);
  });
});

describe('epochCursor', () => {
  const sx = (e: number) => e * 10;
  const sy = (v: number) => 100 - v;
  it('puts the line at the epoch and the dot at the value', () => {
    expect(epochCursor(sx, sy, (v) => v, 2.5, 40)).toEqual({ x: 25, y: 60 });
    expect(epochCursor(sx, sy, (v) => Math.max(v, 1), 1, 0)).toEqual({ x: 10, y: 99 });
  });
  it('has no dot without a finite value', () => {
    expect(epochCursor(sx, sy, (v) => v, 1, undefined).y).toBeNull();
    expect(epochCursor(sx, sy, (v) => v, 1, NaN).y).toBeNull();
  });
});

describe('rowPull', () => {
  const view: ViewInput = {
    model: 'linear',
    loss: 'mse',
    l2: 0,
    points: [
      { x: 0, y: 1 },
      { x: 1, y: 2 },
      { x: 2, y: 2 },
    ],
    trainIdx: [0, 2],
    heldIdx: [1],
  };
  const noMath = {} as MathBackend;
  it('is the pull stepView gives for the same row (held-out points NaN)', () => {
    const row = new Float32Array([0.5, -1.25]);
    const pull = rowPull(view, row);
    expect(pull).toEqual(stepView(noMath, view, 1, 0, 0.3, row).pull);
    expect(pull[0]).toBe(0.5);
    expect(pull[1]).toBeNaN();
    expect(pull[2]).toBe(-1.25);
  });
  it('is all NaN for a missing or out-of-range row', () => {
    expect(rowPull(view, null).every(Number.isNaN)).toBe(true);
    const nan = new Float32Array([NaN, NaN]);
    expect(rowPull(view, nan)).toEqual(stepView(noMath, view, 1, 0, 0.3, nan).pull);
  });
});

/** A stand-in element that records its attribute writes. */
function fakeElement(attrs: Record<string, string> = {}, next: Element | null = null) {
  const a = new Map(Object.entries(attrs));
  const writes: string[] = [];
  const el = {
    writes,
    getAttribute: (n: string) => a.get(n) ?? null,
    hasAttribute: (n: string) => a.has(n),
    setAttribute: (n: string, v: string) => {
      writes.push(`${n}=${v}`);
      a.set(n, v);
    },
    removeAttribute: (n: string) => {
      writes.push(`-${n}`);
      a.delete(n);
    },
    matches: (sel: string) => sel === 'circle.now-dot' && a.get('class') === 'now-dot',
    nextElementSibling: next,
  };
  return el as unknown as Element & { writes: string[] };
}

describe('svgPaint', () => {
  it('writes only the attributes that differ, as React writes numbers', () => {
    const el = fakeElement({ x1: '12.5', d: 'M0,0' });
    setAttrs(el, { x1: 12.5, d: 'M1,1', y1: 3 });
    expect(el.writes).toEqual(['d=M1,1', 'y1=3']);
    setAttrs(el, { x1: 12.5, d: 'M1,1', y1: 3 });
    expect(el.writes).toHaveLength(2);
  });
  it('hides with visibility and shows by removing it', () => {
    const el = fakeElement();
    show(el, true);
    expect(el.writes).toEqual([]);
    show(el, false);
    show(el, true);
    expect(el.writes).toEqual(['visibility=hidden', '-visibility']);
  });
  it('moves the epoch marker and its dot, hiding the dot without a value', () => {
    const dot = fakeElement({ class: 'now-dot', cx: '1', cy: '2' });
    const line = fakeElement({ x1: '1', x2: '1' }, dot);
    paintCursor(line as unknown as SVGLineElement, { x: 30, y: 40 });
    expect(line.writes).toEqual(['x1=30', 'x2=30']);
    expect(dot.writes).toEqual(['cx=30', 'cy=40']);
    paintCursor(line as unknown as SVGLineElement, { x: 31, y: null });
    expect(dot.writes.slice(2)).toEqual(['visibility=hidden']);
  });
});
