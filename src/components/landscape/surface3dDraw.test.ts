// The 3-D scene drawn on a recording 2-D context (no canvas in Node): the mesh quads (subsampled,
// far first), the axes' tick labels and names, the minimum and the paths, read back from the calls.
import { interpolateViridis } from 'd3-scale-chromatic';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { drawScene, type Scene } from './surface3dDraw';
import { fitBox, heightOf, project } from './surface3dGeometry';
import { axis, valueTransform, type Grid } from './surfaceGeometry';

interface Call {
  op: string;
  args: unknown[];
  fillStyle?: unknown;
  strokeStyle?: unknown;
  dash?: number[];
}

/** A context that records every call with the styles in force. */
function recorder() {
  const calls: Call[] = [];
  const state = { fillStyle: '', strokeStyle: '', dash: [] as number[] };
  const ctx: Record<string, unknown> = {
    canvas: {},
    lineWidth: 1,
    font: '',
    textAlign: 'start',
    lineJoin: 'miter',
    setLineDash: (d: number[]) => {
      state.dash = d;
      calls.push({ op: 'setLineDash', args: [d] });
    },
  };
  for (const op of [
    'beginPath',
    'moveTo',
    'lineTo',
    'closePath',
    'fill',
    'stroke',
    'arc',
    'fillText',
    'save',
    'restore',
  ])
    ctx[op] = (...args: unknown[]) =>
      calls.push({
        op,
        args,
        fillStyle: state.fillStyle,
        strokeStyle: state.strokeStyle,
        dash: state.dash,
      });
  for (const key of ['fillStyle', 'strokeStyle'] as const)
    Object.defineProperty(ctx, key, {
      get: () => state[key],
      set: (v: string) => (state[key] = v),
    });
  return { ctx: ctx as unknown as CanvasRenderingContext2D, calls };
}

/** 1 + w² + b² over [−2, 2]²: losses 1 … 9, a linear colour scale. */
function bowl(n: number): Grid {
  const w = axis([-2, 2], n);
  const b = axis([-2, 2], n);
  const values = new Float32Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) values[i * n + j] = 1 + w[j] ** 2 + b[i] ** 2;
  return { w, b, values };
}

const labels = { w: 'weight w', b: 'bias b', loss: 'loss', minimum: 'min' };
const view = { az: 0.6, el: 0.5, zoom: 1 };

function scene(grid: Grid, extra: Partial<Scene> = {}): Scene {
  return {
    grid,
    tr: valueTransform(grid.values),
    paths: [],
    step: 0,
    view,
    width: 400,
    height: 300,
    labels,
    ...extra,
  };
}

beforeEach(() => {
  vi.stubGlobal('getComputedStyle', () => ({ color: 'rgb(10, 20, 30)' }));
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('drawScene', () => {
  it('fills one quad per grid cell, each in the viridis colour of its corner value', () => {
    const grid = bowl(5);
    expect(valueTransform(grid.values).log).toBe(false);
    const { ctx, calls } = recorder();
    drawScene(ctx, scene(grid));
    const fills = calls.filter((c) => c.op === 'fill');
    // 5 × 5 points: 4 × 4 cells, no path dots.
    expect(fills).toHaveLength(16);
    const viridis = new Set(Array.from(grid.values, (v) => interpolateViridis((v - 1) / 8)));
    for (const f of fills) expect(viridis.has(f.fillStyle as string)).toBe(true);
    // Every quad's outline is stroked in its own fill colour (no seams).
    const meshStrokes = calls.filter(
      (c) => c.op === 'stroke' && viridis.has(c.strokeStyle as string),
    );
    expect(meshStrokes).toHaveLength(16);
  });

  it('subsamples a large grid to at most 56 quads a side', () => {
    const { ctx, calls } = recorder();
    drawScene(ctx, scene(bowl(120)));
    // stride ⌈120 / 56⌉ = 3: 40 samples a side, 39 × 39 quads.
    expect(calls.filter((c) => c.op === 'fill')).toHaveLength(39 * 39);
  });

  it('labels the three axes with their names and round ticks, in the canvas text colour', () => {
    const { ctx, calls } = recorder();
    drawScene(ctx, scene(bowl(9)));
    const texts = calls.filter((c) => c.op === 'fillText');
    const words = texts.map((c) => c.args[0]);
    for (const name of ['weight w', 'bias b', 'loss']) expect(words).toContain(name);
    // w and b run from −2 to 2: ticks at −2 … 2 on each edge (fmt writes the minus sign).
    for (const v of ['−2', '−1', '0', '1', '2'])
      expect(words.filter((w) => w === v).length).toBeGreaterThanOrEqual(2);
    // Loss 1 … 9 on a linear scale: ticks 2, 4, 6, 8.
    expect(words).toContain('8');
    for (const t of texts) expect(t.fillStyle).toBe('rgb(10, 20, 30)');
  });

  it('marks the grid minimum with a white cross and ring at its projected place', () => {
    const grid = bowl(5);
    const tr = valueTransform(grid.values);
    const { ctx, calls } = recorder();
    drawScene(ctx, scene(grid));
    // Minimum at (0, 0): model point (0, 0, height + 0.01), mapped as the scene maps it.
    const { s, cx, cy } = fitBox(view, 400, 300, 34);
    const q = project(view, [0, 0, heightOf(tr, 1) + 0.01]);
    const [px, py] = [cx + q.x * s, cy + q.y * s];
    const ring = calls.find((c) => c.op === 'arc' && c.args[2] === 9);
    expect(ring).toBeDefined();
    expect(ring?.args[0] as number).toBeCloseTo(px, 6);
    expect(ring?.args[1] as number).toBeCloseTo(py, 6);
    const cross = calls.find(
      (c) => c.op === 'moveTo' && Math.abs((c.args[0] as number) - (px - 7)) < 1e-6,
    );
    expect(cross).toBeDefined();
    expect(ring?.strokeStyle).toBe('#fff');
  });

  it('draws a path up to the replayed step, dashed in its colour, with a dot at its head', () => {
    const grid = bowl(9);
    const path = {
      id: 'run',
      label: 'run',
      color: '#e41a1c',
      dash: '6 3',
      w: [1.5, 1, 0.5, 0.2],
      b: [1.5, 1, 0.5, 0.2],
    };
    const { ctx, calls } = recorder();
    drawScene(ctx, scene(grid, { paths: [path], step: 2 }));
    // After the mesh and the minimum: the halo, then the line in the path's colour, dashed 6 3.
    const line = calls.filter((c) => c.op === 'stroke' && c.strokeStyle === '#e41a1c');
    expect(line).toHaveLength(1);
    expect(line[0].dash).toEqual([6, 3]);
    const dot = calls.filter((c) => c.op === 'fill' && c.fillStyle === '#e41a1c');
    expect(dot).toHaveLength(1);
    // Step 2: three points (one moveTo, two lineTo) before the path's strokes.
    const start = calls.findIndex((c) => c.op === 'stroke' && c.strokeStyle === 'rgba(0,0,0,0.6)');
    const segment = calls.slice(0, start).reverse();
    const sinceBegin = segment.slice(
      0,
      segment.findIndex((c) => c.op === 'beginPath'),
    );
    expect(sinceBegin.filter((c) => c.op === 'lineTo')).toHaveLength(2);
    expect(sinceBegin.filter((c) => c.op === 'moveTo')).toHaveLength(1);
  });

  it('breaks a path where it leaves the grid and puts its dot at the last point on it', () => {
    const grid = bowl(9);
    // Points 2 and 3 are off the grid (|w| > 2): the line stops, then restarts at point 4.
    const path = {
      id: 'x',
      label: 'x',
      color: '#377eb8',
      w: [1, 1.5, 9, 50, 0.5],
      b: [1, 1, 1, 1, 0.5],
    };
    const { ctx, calls } = recorder();
    drawScene(ctx, scene(grid, { paths: [path], step: 10 }));
    const begin = calls
      .map((c) => c.op)
      .lastIndexOf(
        'beginPath',
        calls.findIndex((c) => c.strokeStyle === 'rgba(0,0,0,0.6)' && c.op === 'stroke'),
      );
    const ops = calls.slice(begin + 1, begin + 4).map((c) => c.op);
    expect(ops).toEqual(['moveTo', 'lineTo', 'moveTo']);
    // No dash for a path without one.
    const line = calls.find((c) => c.op === 'stroke' && c.strokeStyle === '#377eb8');
    expect(line?.dash).toEqual([]);
    const dot = calls.find((c) => c.op === 'arc' && c.args[2] === 5);
    const lastMove = calls[begin + 3];
    expect(dot?.args.slice(0, 2)).toEqual(lastMove.args);
  });
});
