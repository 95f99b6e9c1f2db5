// Pure geometry of the optimizers' paths on the (w, b) landscape (no DOM): the window that keeps
// every path's start and end (and a diverging run's early steps, which straddle the minimum) in
// frame, the point where a diverging path leaves the frame, and the part of a path to draw.
// Parameter space in, parameter space out, except `pathInFrame`, which works on pixels.
import { clippedPath, plotBox, type Box } from '../charts/clip';
import { windowAround, type Window } from './surfaceGeometry';

export interface PathPoints {
  w: number[];
  b: number[];
  divergedAt?: number;
}

type P = { w: number; b: number };

/**
 * Colours and dashes of the paths on the viridis heatmap, this run first: Okabe & Ito (2008)
 * hues that stay apart in deuteranopia and protanopia and against viridis, each with its own dash
 * so colour is never the only cue (no orange beside vermillion).
 */
export const PATH_STYLES: readonly { color: string; dash: string }[] = [
  { color: '#E69F00', dash: '' },
  { color: '#56B4E9', dash: '7 4' },
  { color: '#CC79A7', dash: '2 3' },
  { color: '#FFFFFF', dash: '10 3 2 3' },
  { color: '#009E73', dash: '4 2' },
];

export const pathStyle = (i: number) => PATH_STYLES[i % PATH_STYLES.length];

/** How far a diverging run may wander from its start, in units of its first steps' reach. */
export const EARLY_REACH = 2.5;

const finite = (p: P) => Number.isFinite(p.w) && Number.isFinite(p.b);

/**
 * The states of a path that the view must hold. A converging path: all of them (start, the way
 * down, the end). A diverging one: its start and its early steps, up to EARLY_REACH times the
 * length of its first step (gradient descent past the limit oscillates across the minimum with
 * growing amplitude, so these straddle it); the rest is clipped and marked where it leaves.
 */
export function pointsToFrame(path: PathPoints): P[] {
  const n = Math.min(path.w.length, path.divergedAt ?? path.w.length);
  const pts: P[] = [];
  for (let k = 0; k < n; k++) pts.push({ w: path.w[k], b: path.b[k] });
  if (path.divergedAt === undefined) return pts.filter(finite);
  const start = pts[0];
  if (!start || !finite(start)) return [];
  const dist = (p: P) => Math.hypot(p.w - start.w, p.b - start.b);
  const reach = pts[1] && finite(pts[1]) ? dist(pts[1]) : 0;
  const early: P[] = [start];
  for (const p of pts.slice(1)) {
    if (!finite(p) || dist(p) > EARLY_REACH * reach) break;
    early.push(p);
  }
  return early;
}

/** The window that frames every path (start, end, a diverging run's early steps). */
export function fitWindow(paths: PathPoints[], minSpan = 2): Window {
  return windowAround(paths.flatMap(pointsToFrame), minSpan);
}

/** True when (w, b) lies in the window. */
export function inWindow(win: Window, p: P): boolean {
  return p.w >= win.w[0] && p.w <= win.w[1] && p.b >= win.b[0] && p.b <= win.b[1];
}

export interface FramedPath {
  /** The points to draw (pixels): the path's prefix, ending where it leaves the frame. */
  points: [number, number][];
  /** Where a diverging path leaves the frame for good (pixels), with its direction (radians). */
  exit: { x: number; y: number; angle: number } | null;
}

const inside = (q: [number, number], b: Box) =>
  Number.isFinite(q[0]) &&
  Number.isFinite(q[1]) &&
  q[0] >= b.x0 &&
  q[0] <= b.x1 &&
  q[1] >= b.y0 &&
  q[1] <= b.y1;

/** Where segment p→q (p inside the box) crosses the box's border. */
function borderCrossing(p: [number, number], q: [number, number], b: Box): [number, number] {
  let t = 1;
  const [dx, dy] = [q[0] - p[0], q[1] - p[1]];
  if (dx > 0) t = Math.min(t, (b.x1 - p[0]) / dx);
  if (dx < 0) t = Math.min(t, (b.x0 - p[0]) / dx);
  if (dy > 0) t = Math.min(t, (b.y1 - p[1]) / dy);
  if (dy < 0) t = Math.min(t, (b.y0 - p[1]) / dy);
  t = Math.max(0, t);
  return [p[0] + t * dx, p[1] + t * dy];
}

/**
 * The part of a path to draw, `shown` states of it (the replay's prefix), in pixels. A path that
 * did not diverge is drawn whole (the caller clips it to the box). A diverged one ends at the last
 * time it leaves the frame: its last state inside, then the border point towards the next state,
 * where `exit` marks the divergence; the steps beyond, far out and crossing the view back and
 * forth, are not drawn.
 */
export function pathInFrame(
  pts: [number, number][],
  shown: number,
  diverged: boolean,
  box: Box,
): FramedPath {
  const prefix = pts.slice(0, Math.max(0, Math.min(shown, pts.length)));
  if (!diverged) return { points: prefix, exit: null };
  let last = -1;
  for (let k = pts.length - 1; k >= 0; k--)
    if (inside(pts[k], box)) {
      last = k;
      break;
    }
  // Never inside, or inside at its last state: nothing leaves the frame.
  if (last < 0 || last === pts.length - 1) return { points: prefix, exit: null };
  if (prefix.length <= last + 1) return { points: prefix, exit: null };
  const p = pts[last];
  const next = pts[last + 1];
  // A non-finite next state (the overflowing step): head the way the last step went.
  const prev = pts[last - 1] ?? p;
  const to: [number, number] = Number.isFinite(next[0] + next[1])
    ? next
    : [p[0] + 1e6 * (p[0] - prev[0]), p[1] + 1e6 * (p[1] - prev[1])];
  const q = borderCrossing(p, to, box);
  const angle = Math.atan2(to[1] - p[1], to[0] - p[0]);
  return {
    points: [...pts.slice(0, last + 1), q],
    exit: { x: q[0], y: q[1], angle: Number.isFinite(angle) ? angle : 0 },
  };
}

/**
 * Where the "diverges" label goes: inside the box, beside the exit point, on the side away from
 * the border it crosses (so it is never cut), anchored to read towards the exit.
 */
export function exitLabel(
  exit: { x: number; y: number },
  box: Box,
): { x: number; y: number; anchor: 'start' | 'end' } {
  const right = exit.x > (box.x0 + box.x1) / 2;
  const below = exit.y > (box.y0 + box.y1) / 2;
  const x = Math.min(box.x1 - 4, Math.max(box.x0 + 4, exit.x + (right ? -10 : 10)));
  const y = Math.min(box.y1 - 6, Math.max(box.y0 + 14, exit.y + (below ? -10 : 18)));
  return { x, y, anchor: right ? 'end' : 'start' };
}

/** One path as drawn at a step: what PathLayer renders and the replay paints (replayPaint). */
export interface PathAtStep {
  /** States shown (the prefix's length). */
  n: number;
  /** The line's d, clipped near the frame. */
  d: string;
  /** The shown points (pixels). */
  points: [number, number][];
  exit: FramedPath['exit'];
  /** The current point, where it is drawn (in the frame, and no exit). */
  head: [number, number] | null;
}

const inFrame = (q: [number, number] | undefined, b: Box): q is [number, number] =>
  !!q && q[0] >= b.x0 && q[0] <= b.x1 && q[1] >= b.y0 && q[1] <= b.y1;

/** The path of pixel states `all` as drawn at `step` in the frame (from 0, 0). */
export function pathAtStep(
  all: [number, number][],
  step: number,
  diverged: boolean,
  frame: Box,
): PathAtStep {
  const n = Math.max(0, Math.min(step + 1, all.length));
  const { points, exit } = pathInFrame(all, n, diverged, frame);
  // Clipped near the view: far points would otherwise put coordinates in the millions into the
  // layout.
  const d = clippedPath(
    points.length === 1 ? [points[0], points[0]] : points,
    plotBox(frame.x1, frame.y1),
  );
  const now = all[n - 1];
  return { n, d, points, exit, head: !exit && inFrame(now, frame) ? now : null };
}

/** Whether a pixel point lies in the frame. */
export const pointInFrame = inFrame;
