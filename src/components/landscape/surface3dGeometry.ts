// Pure geometry of the 3-D surface (no DOM): the orthographic camera, the scale and centre that
// make the box fill its canvas, the box edges that carry the w, b and loss axes (the ones nearest
// the viewer), and their ticks. Model space: w and b map to [−1, 1], the loss to [Z0, Z1].
import { scaleLinear } from 'd3-scale';
import type { ValueTransform } from './surfaceGeometry';

export interface Camera {
  az: number;
  el: number;
  zoom: number;
}

export type Vec3 = [number, number, number];

/** The loss axis's span in model units (the surface's height against its [−1, 1] base). */
export const Z0 = -0.55;
export const Z1 = 0.55;

/**
 * Orthographic projection: screen x, y (y down, unit scale) and depth along the direction to the
 * viewer (larger = nearer: the camera looks down from elevation `el`, so near points sit lower).
 */
export function project(view: Camera, p: Vec3): { x: number; y: number; depth: number } {
  const [ca, sa, ce, se] = [
    Math.cos(view.az),
    Math.sin(view.az),
    Math.cos(view.el),
    Math.sin(view.el),
  ];
  const rx = p[0] * ca - p[1] * sa;
  const ry = p[0] * sa + p[1] * ca;
  return { x: rx, y: -(p[2] * ce - ry * se), depth: ry * ce + p[2] * se };
}

/** The eight corners of the box. */
export function boxCorners(): Vec3[] {
  const out: Vec3[] = [];
  for (const x of [-1, 1]) for (const y of [-1, 1]) for (const z of [Z0, Z1]) out.push([x, y, z]);
  return out;
}

/**
 * The scale and centre that fit the projected box into width × height less `margin` on every
 * side (room for tick labels), times the user's zoom: the surface fills its canvas at any angle.
 */
export function fitBox(
  view: Camera,
  width: number,
  height: number,
  margin: number,
): { s: number; cx: number; cy: number } {
  const pts = boxCorners().map((c) => project(view, c));
  const xs = pts.map((p) => p.x);
  const ys = pts.map((p) => p.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const s =
    Math.max(
      1,
      Math.min((width - 2 * margin) / (x1 - x0 || 1), (height - 2 * margin) / (y1 - y0 || 1)),
    ) * view.zoom;
  return { s, cx: width / 2 - ((x0 + x1) / 2) * s, cy: height / 2 - ((y0 + y1) / 2) * s };
}

export interface AxisEdge {
  /** The edge's ends in model space. */
  from: Vec3;
  to: Vec3;
  /** The model-space direction in which ticks and labels stand off the box. */
  out: Vec3;
}

/**
 * The edges that carry the axes: w along the floor edge at the b side nearer the viewer, b along
 * the floor edge at the nearer w side, the loss up the vertical edge at the corner that is
 * leftmost on screen (beside the surface, not in front of it).
 */
export function axisEdges(view: Camera): { w: AxisEdge; b: AxisEdge; loss: AxisEdge } {
  const depth = (p: Vec3) => project(view, p).depth;
  const yNear = depth([0, -1, Z0]) >= depth([0, 1, Z0]) ? -1 : 1;
  const xNear = depth([-1, 0, Z0]) >= depth([1, 0, Z0]) ? -1 : 1;
  const corners: [number, number][] = [
    [-1, -1],
    [-1, 1],
    [1, -1],
    [1, 1],
  ];
  const [cx, cy] = corners.reduce((best, c) =>
    project(view, [c[0], c[1], Z0]).x < project(view, [best[0], best[1], Z0]).x ? c : best,
  );
  return {
    w: { from: [-1, yNear, Z0], to: [1, yNear, Z0], out: [0, yNear, 0] },
    b: { from: [xNear, -1, Z0], to: [xNear, 1, Z0], out: [xNear, 0, 0] },
    loss: { from: [cx, cy, Z0], to: [cx, cy, Z1], out: [cx, cy, 0] },
  };
}

/** Ticks of [lo, hi] at round values, with their place t ∈ [0, 1] along the edge. */
export function edgeTicks(lo: number, hi: number, n = 5): { value: number; t: number }[] {
  if (!(hi > lo)) return [];
  const s = scaleLinear().domain([lo, hi]).range([0, 1]);
  return s.ticks(n).map((value) => ({ value, t: s(value) }));
}

/**
 * Ticks of the loss axis in loss units, placed by the colour/height transform: round values on a
 * linear scale; on a log scale (values spanning decades) one per decade of the distance above the
 * minimum, so the labels read 0.1, 1, 10 … above it.
 */
export function lossTicks(tr: ValueTransform, n = 4): { value: number; t: number }[] {
  const [a, b] = [tr.f(tr.lo), tr.f(tr.hi)];
  if (!(b > a)) return [];
  if (!tr.log) return edgeTicks(tr.lo, tr.hi, n);
  const out: { value: number; t: number }[] = [];
  const span = tr.hi - tr.lo;
  for (let k = Math.ceil(Math.log10(span * 1e-3)); k <= Math.floor(Math.log10(span)); k++) {
    const value = tr.lo + 10 ** k;
    const t = (tr.f(value) - a) / (b - a);
    if (t >= 0 && t <= 1) out.push({ value, t });
  }
  const step = Math.max(1, Math.ceil(out.length / n));
  return out.filter((_, i) => (out.length - 1 - i) % step === 0);
}

/** Height in model space of a loss value, by the transform (non-finite: the top). */
export function heightOf(tr: ValueTransform, v: number): number {
  const [a, b] = [tr.f(tr.lo), tr.f(tr.hi)];
  const u = Number.isFinite(v) && b > a ? (tr.f(v) - a) / (b - a) : 1;
  return Z0 + u * (Z1 - Z0);
}
