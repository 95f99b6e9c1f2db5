// One optimizer path painted at a replayed step outside React (replayPaint): the prefix's line
// and halo, the current point and the data attributes OnePath renders, from pathAtStep (the
// geometry OnePath renders with). The "diverges" mark is React's alone: while the path is out of
// the frame the head is hidden, and the mark appears with the next render (pause or the end).
import { setAttrs, show } from '../train/svgPaint';
import type { PathAtStep } from './pathGeometry';

export function paintPath(g: SVGGElement | null, at: PathAtStep) {
  if (!g) return;
  setAttrs(g, {
    'data-points': at.n,
    'data-exit': at.exit ? at.points.length - 2 : null,
  });
  for (const el of g.querySelectorAll(':scope > path.path-halo, :scope > path.path-line'))
    setAttrs(el, { d: at.d });
  const head = g.querySelector(':scope > circle.path-now');
  show(head, at.head !== null);
  if (at.head) setAttrs(head, { cx: at.head[0], cy: at.head[1] });
}
