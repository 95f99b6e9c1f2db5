// The rendered size of an element, kept current with a ResizeObserver (charts reflow with their
// container, from a 360 px phone to a projector). The first size is read before the first paint,
// so a chart never shows one frame at the fallback size: on a 360 px phone a 420 px fallback
// scrolled the page sideways until the observer's first report.
import { useLayoutEffect, useRef, useState } from 'react';

type Size = { width: number; height: number };

/** The element's content box (what ResizeObserver's contentRect reports), rounded. */
function contentBox(el: HTMLElement): Size {
  const cs = getComputedStyle(el);
  const px = (v: string) => parseFloat(v) || 0;
  return {
    width: Math.round(el.clientWidth - px(cs.paddingLeft) - px(cs.paddingRight)),
    height: Math.round(el.clientHeight - px(cs.paddingTop) - px(cs.paddingBottom)),
  };
}

/** The next size from a measured box: a zero height keeps the last one (as before layout). */
function next(s: Size, width: number, height: number): Size {
  const w = Math.round(width);
  const h = Math.round(height || s.height);
  return s.width === w && s.height === h ? s : { width: w, height: h };
}

export function useSize<T extends HTMLElement>(fallback = { width: 480, height: 300 }) {
  const ref = useRef<T>(null);
  const [size, setSize] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const box = contentBox(el);
    if (box.width > 0) setSize((s) => next(s, box.width, box.height));
    const ro = new ResizeObserver(([entry]) => {
      const { width, height } = entry.contentRect;
      if (width > 0) setSize((s) => next(s, width, height));
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, size] as const;
}
