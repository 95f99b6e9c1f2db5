// The y range of Explore's overlaid curves (issue 14.5): wide enough that every curve but the
// steepest lies wholly inside, and the steepest reaches at least twice the next one's extent,
// so a fast-growing loss (MSE) cannot flatten the others into the axis; it leaves the chart
// (clipped) instead. Undefined when the curves give no finite span (the chart then picks its own).

/** The ends of one side: the largest extent, capped at twice the second largest. */
function side(extents: number[]): number {
  const s = [...extents].sort((a, b) => b - a);
  if (s.length < 2 || s[1] <= 0) return Math.max(0, s[0] ?? 0);
  return Math.min(s[0], 2 * s[1]);
}

export function curveYDomain(curves: ArrayLike<number>[]): [number, number] | undefined {
  const ups: number[] = [];
  const downs: number[] = [];
  for (const c of curves) {
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < c.length; i++) {
      const v = c[i];
      if (!Number.isFinite(v)) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    if (lo > hi) continue;
    ups.push(hi);
    downs.push(-lo);
  }
  if (!ups.length) return undefined;
  const top = side(ups);
  const bottom = -side(downs) + 0;
  if (!(top > bottom)) return undefined;
  const pad = 0.05 * (top - bottom);
  return [bottom < 0 ? bottom - pad : bottom, top + pad];
}
