// The rendered size of an element, kept current with a ResizeObserver (charts reflow with their
// container, from a 360 px phone to a projector).
import { useEffect, useRef, useState } from 'react';

export function useSize<T extends HTMLElement>(fallback = { width: 480, height: 300 }) {
  const ref = useRef<T>(null);
  const [size, setSize] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(([entry]) => {
      const { width, height } = entry.contentRect;
      if (width > 0)
        setSize((s) =>
          s.width === Math.round(width) && s.height === Math.round(height || s.height)
            ? s
            : { width: Math.round(width), height: Math.round(height || s.height) },
        );
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, size] as const;
}
