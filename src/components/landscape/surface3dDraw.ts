// Drawing the 3-D scene on a 2-D canvas (the geometry comes from surface3dGeometry): the mesh
// far quads first, then the axes on the box edges nearest the viewer, the grid minimum and the
// paths on top. Subsampled to at most MAX_SIDE quads a side, a frame stays under ~10 ms.
import { colorFor } from './colorScale';
import type { LandscapePath } from './SurfaceHeatmap';
import {
  axisEdges,
  edgeTicks,
  fitBox,
  heightOf,
  lossTicks,
  project,
  type AxisEdge,
  type Camera,
  type Vec3,
} from './surface3dGeometry';
import { gridMinimum, sampleGrid, type Grid, type ValueTransform } from './surfaceGeometry';
import { fmt } from '../charts/format';

export interface SceneLabels {
  w: string;
  b: string;
  loss: string;
  minimum: string;
}

export interface Scene {
  grid: Grid;
  tr: ValueTransform;
  paths: LandscapePath[];
  step: number;
  view: Camera;
  width: number;
  height: number;
  labels: SceneLabels;
}

const MAX_SIDE = 56;
const MARGIN = 34;
type Ctx = CanvasRenderingContext2D;
type ToScreen = (p: Vec3) => { x: number; y: number; depth: number };

export function drawScene(ctx: Ctx, scene: Scene): void {
  const { view, width, height } = scene;
  const { s, cx, cy } = fitBox(view, width, height, MARGIN);
  const toScreen: ToScreen = (p) => {
    const q = project(view, p);
    return { x: cx + q.x * s, y: cy + q.y * s, depth: q.depth };
  };
  drawFloor(ctx, toScreen);
  drawMesh(ctx, scene, toScreen);
  drawAxes(ctx, scene, toScreen);
  drawMinimum(ctx, scene, toScreen);
  drawPaths(ctx, scene, toScreen);
}

/** Model x of w (and y of b) on the grid's axes. */
const unit = (v: number, a: number, b: number) => ((v - a) / (b - a)) * 2 - 1;

function drawMesh(ctx: Ctx, { grid, tr }: Scene, toScreen: ToScreen) {
  const gw = grid.w.length;
  const gb = grid.b.length;
  const stride = Math.max(1, Math.ceil(Math.max(gw, gb) / MAX_SIDE));
  const js = Array.from({ length: Math.ceil(gw / stride) }, (_, k) => Math.min(k * stride, gw - 1));
  const is = Array.from({ length: Math.ceil(gb / stride) }, (_, k) => Math.min(k * stride, gb - 1));
  const color = colorFor(tr);
  const at = (i: number, j: number) =>
    toScreen([
      (j / (gw - 1)) * 2 - 1,
      (i / (gb - 1)) * 2 - 1,
      heightOf(tr, grid.values[i * gw + j]),
    ]);
  const quads: { pts: { x: number; y: number }[]; depth: number; fill: string }[] = [];
  for (let a = 0; a + 1 < is.length; a++) {
    for (let c = 0; c + 1 < js.length; c++) {
      const pts = [
        at(is[a], js[c]),
        at(is[a], js[c + 1]),
        at(is[a + 1], js[c + 1]),
        at(is[a + 1], js[c]),
      ];
      quads.push({
        pts,
        depth: pts.reduce((d, p) => d + p.depth, 0) / 4,
        fill: color(grid.values[is[a] * gw + js[c]]),
      });
    }
  }
  // Painter's algorithm: far (small depth) first, near over it.
  quads.sort((p, q) => p.depth - q.depth);
  for (const q of quads) {
    ctx.beginPath();
    q.pts.forEach((p, k) => (k ? ctx.lineTo(p.x, p.y) : ctx.moveTo(p.x, p.y)));
    ctx.closePath();
    ctx.fillStyle = q.fill;
    ctx.strokeStyle = q.fill;
    ctx.fill();
    ctx.stroke();
  }
}

/** The floor's outline under the surface (drawn first: the mesh covers what it hides). */
function drawFloor(ctx: Ctx, toScreen: ToScreen) {
  const z = -0.55;
  const pts = (
    [
      [-1, -1],
      [1, -1],
      [1, 1],
      [-1, 1],
    ] as const
  ).map(([x, y]) => toScreen([x, y, z]));
  ctx.beginPath();
  pts.forEach((p, k) => (k ? ctx.lineTo(p.x, p.y) : ctx.moveTo(p.x, p.y)));
  ctx.closePath();
  ctx.strokeStyle = 'rgba(128,128,128,0.6)';
  ctx.lineWidth = 1;
  ctx.stroke();
}

function axisColor(ctx: Ctx): string {
  const css = getComputedStyle(ctx.canvas).color;
  return css || '#333';
}

function drawEdge(
  ctx: Ctx,
  toScreen: ToScreen,
  edge: AxisEdge,
  ticks: { value: number; t: number }[],
  name: string,
) {
  const lerp = (t: number): Vec3 => [
    edge.from[0] + (edge.to[0] - edge.from[0]) * t,
    edge.from[1] + (edge.to[1] - edge.from[1]) * t,
    edge.from[2] + (edge.to[2] - edge.from[2]) * t,
  ];
  const [a, b] = [toScreen(edge.from), toScreen(edge.to)];
  ctx.beginPath();
  ctx.moveTo(a.x, a.y);
  ctx.lineTo(b.x, b.y);
  ctx.stroke();
  // The screen direction in which ticks stand off the box.
  const o0 = toScreen([0, 0, edge.from[2]]);
  const o1 = toScreen([edge.out[0], edge.out[1], edge.from[2]]);
  let [dx, dy] = [o1.x - o0.x, o1.y - o0.y];
  const len = Math.hypot(dx, dy) || 1;
  [dx, dy] = [dx / len, dy / len];
  for (const k of ticks) {
    const p = toScreen(lerp(k.t));
    ctx.beginPath();
    ctx.moveTo(p.x, p.y);
    ctx.lineTo(p.x + dx * 5, p.y + dy * 5);
    ctx.stroke();
    ctx.textAlign = dx > 0.3 ? 'left' : dx < -0.3 ? 'right' : 'center';
    ctx.fillText(fmt(k.value), p.x + dx * 9, p.y + dy * 9 + 4);
  }
  const m = toScreen(lerp(0.5));
  ctx.textAlign = dx > 0.3 ? 'left' : dx < -0.3 ? 'right' : 'center';
  ctx.font = 'bold 12px system-ui, sans-serif';
  ctx.fillText(name, m.x + dx * 24, m.y + dy * 24 + 4);
  ctx.font = '11px system-ui, sans-serif';
}

function drawAxes(ctx: Ctx, { grid, tr, view, labels }: Scene, toScreen: ToScreen) {
  const edges = axisEdges(view);
  const gw = grid.w.length;
  const gb = grid.b.length;
  const color = axisColor(ctx);
  ctx.save();
  ctx.strokeStyle = color;
  ctx.fillStyle = color;
  ctx.lineWidth = 1;
  ctx.font = '11px system-ui, sans-serif';
  drawEdge(ctx, toScreen, edges.w, edgeTicks(grid.w[0], grid.w[gw - 1], 4), labels.w);
  drawEdge(ctx, toScreen, edges.b, edgeTicks(grid.b[0], grid.b[gb - 1], 4), labels.b);
  drawEdge(ctx, toScreen, edges.loss, lossTicks(tr, 4), labels.loss);
  ctx.restore();
}

function drawMinimum(ctx: Ctx, { grid, tr }: Scene, toScreen: ToScreen) {
  const m = gridMinimum(grid);
  if (!m) return;
  const gw = grid.w.length;
  const gb = grid.b.length;
  const p = toScreen([
    unit(m.w, grid.w[0], grid.w[gw - 1]),
    unit(m.b, grid.b[0], grid.b[gb - 1]),
    heightOf(tr, m.value) + 0.01,
  ]);
  ctx.save();
  ctx.strokeStyle = '#fff';
  ctx.lineWidth = 2.5;
  ctx.beginPath();
  ctx.moveTo(p.x - 7, p.y);
  ctx.lineTo(p.x + 7, p.y);
  ctx.moveTo(p.x, p.y - 7);
  ctx.lineTo(p.x, p.y + 7);
  ctx.stroke();
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  ctx.arc(p.x, p.y, 9, 0, 2 * Math.PI);
  ctx.stroke();
  ctx.restore();
}

function drawPaths(ctx: Ctx, { grid, tr, paths, step }: Scene, toScreen: ToScreen) {
  const gw = grid.w.length;
  const [w0, w1] = [grid.w[0], grid.w[gw - 1]];
  const [b0, b1] = [grid.b[0], grid.b[grid.b.length - 1]];
  ctx.save();
  ctx.lineJoin = 'round';
  for (const p of paths) {
    const n = Math.min(step + 1, p.w.length);
    ctx.beginPath();
    let pen = false;
    let last: { x: number; y: number } | null = null;
    for (let k = 0; k < n; k++) {
      const v = sampleGrid(grid, p.w[k], p.b[k]);
      // Off the grid (a diverging run's later steps): the line breaks there.
      if (!Number.isFinite(v)) {
        pen = false;
        continue;
      }
      const q = toScreen([unit(p.w[k], w0, w1), unit(p.b[k], b0, b1), heightOf(tr, v) + 0.01]);
      if (pen) ctx.lineTo(q.x, q.y);
      else ctx.moveTo(q.x, q.y);
      pen = true;
      last = q;
    }
    ctx.setLineDash([]);
    ctx.lineWidth = 4.5;
    ctx.strokeStyle = 'rgba(0,0,0,0.6)';
    ctx.stroke();
    ctx.setLineDash(p.dash ? p.dash.split(' ').map(Number) : []);
    ctx.lineWidth = 2.2;
    ctx.strokeStyle = p.color;
    ctx.stroke();
    if (last) {
      ctx.setLineDash([]);
      ctx.beginPath();
      ctx.arc(last.x, last.y, 5, 0, 2 * Math.PI);
      ctx.fillStyle = p.color;
      ctx.fill();
      ctx.lineWidth = 2;
      ctx.strokeStyle = '#fff';
      ctx.stroke();
    }
  }
  ctx.restore();
}
