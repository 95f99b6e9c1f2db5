// Attribute writes for the replay's painters (replayPaint): a value is written only when it
// differs from the element's (React writes numbers as String(n), and so does this), so painting
// React's own picture again after a commit changes nothing, and no write reads layout.
import type { PullGeom } from './dataGeometry';

type Attrs = Record<string, string | number>;

/** Sets each attribute that differs; null removes it. */
export function setAttrs(
  el: Element | null | undefined,
  attrs: Record<string, string | number | null>,
) {
  if (!el) return;
  for (const name in attrs) {
    const v = attrs[name];
    if (v === null) {
      if (el.hasAttribute(name)) el.removeAttribute(name);
      continue;
    }
    const s = String(v);
    if (el.getAttribute(name) !== s) el.setAttribute(name, s);
  }
}

/** Shows or hides an element React rendered (visibility, which React never sets here). */
export function show(el: Element | null | undefined, on: boolean) {
  setAttrs(el, { visibility: on ? null : 'hidden' });
}

/**
 * The data chart's fit layer at a step: the fit line's d, and each pull mark (a <g> of the
 * residual and, where React drew it, the arrow; in the order of `shown`, the pulls React
 * rendered) moved to the step's geometry; marks without one at this step are hidden.
 */
export function paintFitLayer(
  layer: SVGGElement | null,
  fit: string,
  pulls: PullGeom[],
  shown: PullGeom[],
) {
  if (!layer) return;
  setAttrs(layer.querySelector(':scope > path.fit'), { d: fit });
  const byIndex = new Map(pulls.map((g) => [g.i, g]));
  const marks = layer.querySelectorAll(':scope > g');
  marks.forEach((mark, j) => {
    const g = shown[j] ? byIndex.get(shown[j].i) : undefined;
    show(mark, !!g);
    if (!g) return;
    const residual: Attrs = { x1: g.x, x2: g.x, y1: g.y0, y2: g.y1 };
    setAttrs(mark.querySelector(':scope > line.residual'), residual);
    const arrow = mark.querySelector(':scope > line.pull');
    show(arrow, g.pull !== 0);
    if (g.pull !== 0) setAttrs(arrow, { x1: g.x, x2: g.x, y1: g.y0, y2: g.y0 + g.pull });
  });
}

/** An epoch chart's marker (EpochChart): the line at x and the dot after it, where React drew it. */
export function paintCursor(line: SVGLineElement | null, c: { x: number; y: number | null }) {
  if (!line) return;
  setAttrs(line, { x1: c.x, x2: c.x });
  const next = line.nextElementSibling;
  const dot = next?.matches('circle.now-dot') ? next : null;
  show(dot, c.y !== null);
  if (c.y !== null) setAttrs(dot, { cx: c.x, cy: c.y });
}
