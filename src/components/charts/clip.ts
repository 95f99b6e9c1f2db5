// Geometry kept near the view. SVG coordinates in the millions (a diverged run, a steep fit) are
// clipped visually by a clipPath but not in layout: getBoundingClientRect grows with them, and
// tools that grid the page by element boxes (axe-core) stall on boxes of 1e8 px. So lines are
// clipped to a box a little larger than the plot before they reach the DOM.

export interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** The part of segment p→q inside the box (Liang–Barsky), or null. */
export function clipSegment(
  p: [number, number],
  q: [number, number],
  b: Box,
): [[number, number], [number, number]] | null {
  let t0 = 0;
  let t1 = 1;
  const dx = q[0] - p[0];
  const dy = q[1] - p[1];
  const edges: [number, number][] = [
    [-dx, p[0] - b.x0],
    [dx, b.x1 - p[0]],
    [-dy, p[1] - b.y0],
    [dy, b.y1 - p[1]],
  ];
  for (const [pk, qk] of edges) {
    if (pk === 0) {
      if (qk < 0) return null;
    } else {
      const r = qk / pk;
      if (pk < 0) t0 = Math.max(t0, r);
      else t1 = Math.min(t1, r);
      if (t0 > t1) return null;
    }
  }
  return [
    [p[0] + t0 * dx, p[1] + t0 * dy],
    [p[0] + t1 * dx, p[1] + t1 * dy],
  ];
}

/** An SVG path through the points, clipped to the box; non-finite points break the line. */
export function clippedPath(points: [number, number][], b: Box): string {
  let d = '';
  let last: [number, number] | null = null;
  for (let k = 0; k + 1 < points.length; k++) {
    const [p, q] = [points[k], points[k + 1]];
    if (![...p, ...q].every(Number.isFinite)) {
      last = null;
      continue;
    }
    const seg = clipSegment(p, q, b);
    if (!seg) {
      last = null;
      continue;
    }
    const [a, c] = seg;
    if (!last || last[0] !== a[0] || last[1] !== a[1])
      d += `M${a[0].toFixed(1)},${a[1].toFixed(1)}`;
    d += `L${c[0].toFixed(1)},${c[1].toFixed(1)}`;
    last = c;
  }
  return d;
}

/** A box around a w×h plot with `m` plot-sizes of margin on every side. */
export const plotBox = (w: number, h: number, m = 1): Box => ({
  x0: -m * w,
  x1: (1 + m) * w,
  y0: -m * h,
  y1: (1 + m) * h,
});

export const clampTo = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));
